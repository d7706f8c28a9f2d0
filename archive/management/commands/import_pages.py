import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from tqdm import tqdm

from archive.models import SourcePage
from archive.pipeline.store import (
    ImportContext,
    ImportRejected,
    PreparedPage,
    parse_date_option,
    prepare_bytes,
    read_limited,
    reparse_page,
    sha256_of,
    store_batch,
)

# Parsing is pure and CPU-bound: with many files it runs in worker processes (forked after
# the gazetteer is built, so they inherit it) while this process stores the results.
PARALLEL_MIN_FILES = 40
# Pages stored per transaction: each batch is all-or-nothing, and a few bulk statements.
BATCH_PAGES = 50
PARALLEL_WINDOW = 4 * BATCH_PAGES
_worker_state = {}


def _prepare_file(path):
    try:
        data = read_limited(path)
    except (OSError, ImportRejected) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return path, PreparedPage(file_name=path.name, error=reason)
    state = _worker_state
    return path, prepare_bytes(
        data, path.name, gazetteer=state["gazetteer"], issue_date=state["issue_date"], known_digests=state["known"]
    )


def prepared_pages(files, gazetteer, issue_date, jobs):
    """Yield ``(path, PreparedPage)`` in file order, parsing in ``jobs`` processes when worth it."""
    known = frozenset(SourcePage.objects.values_list("sha256", flat=True))
    _worker_state.update(gazetteer=gazetteer, issue_date=issue_date, known=known)
    if jobs <= 1 or len(files) < PARALLEL_MIN_FILES:
        yield from map(_prepare_file, files)
        return
    connections.close_all()  # never share a database handle with forked children
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        # A bounded window of pages in flight: parsed pages never pile up in memory when
        # storing is slower than parsing.
        remaining = iter(files)
        window = deque(pool.submit(_prepare_file, path) for path in islice(remaining, PARALLEL_WINDOW))
        while window:
            yield window.popleft().result()
            following = next(remaining, None)
            if following is not None:
                window.append(pool.submit(_prepare_file, following))


def batched(iterable, n):
    """itertools.batched, which arrives in Python 3.12."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, n)):
        yield batch


def collect_files(paths):
    """Files named directly, plus every regular non-hidden file under named directories."""
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts))
            )
        else:
            files.append(path)
    return files


class Command(BaseCommand):
    help = (
        "Import OCR'd newspaper pages (plain-text files or directories of them) into articles. "
        "Re-importing a file already in the archive changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="page files or directories")
        parser.add_argument("--newspaper", default="", help="newspaper name for these pages, e.g. 中国高新技术产业导报")
        parser.add_argument("--date", default="", help="issue date YYYY-MM-DD; articles get this date (not estimated)")
        parser.add_argument("--page", default="", dest="page_label", help="page label, e.g. 第3版")
        parser.add_argument("--publish", action="store_true", help="publish the new articles at once")
        parser.add_argument(
            "--reparse",
            action="store_true",
            help="re-run the parser on stored pages (the given files', or all pages when no path is given); "
            "articles an editor has changed are left alone",
        )
        parser.add_argument("--dry-run", action="store_true", help="parse and report, write nothing")
        parser.add_argument("--if-empty", action="store_true", help="do nothing if the archive already has pages")
        parser.add_argument(
            "--jobs",
            type=int,
            default=os.cpu_count() or 1,
            help="parser processes for large imports (default: number of CPUs)",
        )

    def handle(self, paths, newspaper, date, page_label, publish, reparse, dry_run, if_empty, jobs, **options):
        self.verbosity = options["verbosity"]
        try:
            issue_date = parse_date_option(date)
        except ImportRejected as exc:
            raise CommandError(str(exc)) from exc
        if if_empty and SourcePage.objects.exists():
            self.say("档案中已有版面，跳过导入（--if-empty）。")
            return
        if not paths and not reparse:
            raise CommandError("请给出要导入的文件或目录（give files or directories to import）")

        context = ImportContext()
        if reparse:
            return self.reparse(paths, context)

        files = collect_files(paths)
        totals = {"imported": 0, "duplicate": 0, "failed": 0, "dry-run": 0}
        articles = reporters = parks = warnings = 0
        failures = []
        progress = tqdm(
            prepared_pages(files, context.gazetteer, issue_date, jobs),
            total=len(files),
            unit="页",
            disable=self.verbosity < 1 or len(files) < 10,
            file=sys.stderr,
        )
        for batch in batched(progress, BATCH_PAGES):
            outcomes = store_batch(
                [prepared for _path, prepared in batch],
                newspaper=newspaper,
                issue_date=issue_date,
                page_label=page_label,
                publish=publish,
                dry_run=dry_run,
                context=context,
            )
            for (path, _prepared), outcome in zip(batch, outcomes, strict=True):
                totals[outcome.status] += 1
                if outcome.status == "failed":
                    failures.append((path, outcome.error))
                    continue
                if outcome.status in ("imported", "dry-run"):
                    articles += len(outcome.articles) if outcome.status == "imported" else len(outcome.parsed.articles)
                    reporters += outcome.new_reporters
                    parks += outcome.new_parks
                    warnings += len(outcome.warnings)
                if self.verbosity >= 2:
                    self.say(f"{path}: {outcome.status}, {len(outcome.articles)} 篇")
                    for warning in outcome.warnings:
                        self.say(f"  提示: {warning}")

        for path, reason in failures:
            self.stderr.write(f"失败 {path}: {reason}")
        self.say(
            f"版面：导入 {totals['imported']}，已存在 {totals['duplicate']}，失败 {totals['failed']}"
            + (f"，试运行 {totals['dry-run']}" if dry_run else "")
            + f"；文章 {articles}；新记者 {reporters}；新发现园区 {parks}；提示 {warnings}。"
        )
        if failures:
            raise CommandError(f"{len(failures)} 个文件导入失败", returncode=1)

    def reparse(self, paths, context):
        if paths:
            digests = []
            for path in collect_files(paths):
                try:
                    digests.append(sha256_of(read_limited(path)))
                except (OSError, ImportRejected) as exc:
                    self.stderr.write(f"失败 {path}: {exc}")
            pages = SourcePage.objects.filter(sha256__in=digests)
        else:
            pages = SourcePage.objects.all()
        pages = list(pages.order_by("pk"))
        updated = skipped = 0
        for page in tqdm(pages, unit="页", disable=self.verbosity < 1 or len(pages) < 10, file=sys.stderr):
            outcome = reparse_page(page, context)
            updated += len(outcome.articles) - outcome.skipped_touched
            skipped += outcome.skipped_touched
        self.say(f"重新解析 {len(pages)} 个版面：更新文章 {updated}，编辑已修改而保留 {skipped}。")

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

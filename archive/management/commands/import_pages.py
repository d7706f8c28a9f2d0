"""``import_pages``: the command-line face of the import pipeline (``archive.pipeline.runner``)."""

import datetime
import os

from django.core.management.base import BaseCommand, CommandError

from archive.faults import is_disk_full
from archive.models import SourcePage
from archive.pipeline.decode import DecodeError, decode_page
from archive.pipeline.explain import explain, format_decisions
from archive.pipeline.locate import ManifestError, read_manifest
from archive.pipeline.prepare import ImportRejected, read_limited
from archive.pipeline.runner import ImportTotals, collect_files, import_files, reparse_files
from archive.pipeline.store import ImportContext
from archive.pipeline.types import PageInfo


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
        parser.add_argument(
            "--manifest",
            help="CSV with columns path,newspaper,date,page (more columns ignored) naming the pages to import; "
            "paths are relative to the manifest's folder",
        )
        parser.add_argument("--publish", action="store_true", help="publish the new articles at once")
        parser.add_argument(
            "--reparse",
            action="store_true",
            help="re-run the parser on stored pages (the given files', or all pages when no path is given); "
            "articles an editor has changed are left alone",
        )
        parser.add_argument("--dry-run", action="store_true", help="parse and report, write nothing")
        parser.add_argument(
            "--explain",
            metavar="FILE",
            help="print, line by line, what the parser made of FILE (headline, byline, paragraph, joined with "
            "the line above, caption, furniture…) and why; writes nothing",
        )
        parser.add_argument("--if-empty", action="store_true", help="do nothing if the archive already has pages")
        parser.add_argument(
            "--jobs",
            type=int,
            default=os.cpu_count() or 1,
            help="processes that parse a large import, the one that stores included (default: number of CPUs)",
        )

    def handle(
        self, paths, newspaper, date, page_label, manifest, publish, reparse, dry_run, if_empty, jobs, **options
    ):
        self.verbosity = options["verbosity"]
        if options.get("explain"):
            return self.explain(options["explain"])
        info = PageInfo(newspaper=newspaper, issue_date=parse_date_option(date), page_label=page_label)
        if if_empty and SourcePage.objects.exists():
            self.say("档案中已有版面，跳过导入（--if-empty）。")
            return
        if not paths and not reparse and not manifest:
            raise CommandError("请给出要导入的文件或目录（give files or directories to import）")

        if reparse:
            return self.reparse(paths)

        files = collect_files(paths)
        listed, problems = {}, []
        if manifest:
            try:
                rows, problems = read_manifest(manifest)
            except ManifestError as exc:
                raise CommandError(str(exc)) from exc
            listed = {row.path: row.info for row in rows}
            files += [row.path for row in rows if row.path not in set(files)]
        totals = ImportTotals()
        outcomes = import_files(
            files,
            info=info,
            listed=listed,
            publish=publish,
            dry_run=dry_run,
            jobs=jobs,
            show_progress=self.verbosity >= 1,
        )
        try:
            for path, outcome in outcomes:
                totals.add(path, outcome)
                if outcome.status != "failed" and self.verbosity >= 2:
                    self.say(f"{path}: {outcome.status}, {len(outcome.articles)} 篇")
                    for warning in outcome.warnings:
                        self.say(f"  提示: {warning}")
        except Exception as error:
            if not is_disk_full(error):
                raise
            # The batch in hand was rolled back whole: no page is half stored.
            raise CommandError(
                f"磁盘空间不足，导入中止（disk full: {error}）。本次已存入 {totals.statuses['imported']} 个版面；"
                "正在存入的那一批已整批撤销，没有留下半个版面。腾出空间后重新运行同一命令即可，已导入的版面会被跳过。"
            ) from error

        for problem in problems:
            self.stderr.write(f"清单有误 {problem}")
        for path, reason in totals.failures:
            self.stderr.write(f"失败 {path}: {reason}")
        counts = totals.statuses
        self.say(
            f"版面：导入 {counts['imported']}，已存在 {counts['duplicate']}，失败 {counts['failed']}"
            + (f"，试运行 {counts['dry-run']}" if dry_run else "")
            + f"；文章 {totals.articles}；跨版接续 {totals.joined}；新记者 {totals.new_reporters}；"
            f"新发现园区 {totals.new_parks}；"
            f"提示 {totals.warnings}。"
        )
        if totals.failures or problems:
            raise CommandError(f"{len(totals.failures)} 个文件导入失败，清单中 {len(problems)} 行有误", returncode=1)

    def explain(self, path):
        try:
            text, encoding = decode_page(read_limited(path))
        except (OSError, ImportRejected, DecodeError) as exc:
            raise CommandError(f"无法读取 {path}: {exc}") from exc
        context = ImportContext()
        decisions = explain(text, gazetteer=context.gazetteer, newspapers=context.newspaper_names)
        self.stdout.write(f"{path}（{encoding}）：行号  判定  文章  内容  ← 理由")
        self.stdout.write(format_decisions(decisions))

    def reparse(self, paths):
        pages, updated, skipped = reparse_files(
            paths,
            show_progress=self.verbosity >= 1,
            on_error=lambda path, exc: self.stderr.write(f"失败 {path}: {exc}"),
        )
        self.say(f"重新解析 {pages} 个版面：更新文章 {updated}，编辑已修改而保留 {skipped}。")

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)


def parse_date_option(value):
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"日期格式应为 YYYY-MM-DD：{value!r}") from exc

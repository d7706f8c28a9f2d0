"""Running an import: which files, in what batches, in which processes, with what progress.

``import_files`` is the whole import of ``import_pages``: it collects nothing itself
(``collect_files`` does), prepares pages (``prepare``) in worker processes when there are
enough of them, and stores them (``store``) in batches in this process. ``import_bytes``
is one page given as bytes, all in this process (the admin's upload). ``reparse_files``
re-cuts stored pages (``reparse``). The command and the admin only turn options into
calls and outcomes into output.
"""

import gc
import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.db import connection, connections
from tqdm import tqdm

from archive.models import SourcePage
from archive.pipeline.locate import info_from_path
from archive.pipeline.park_names import load_tagger
from archive.pipeline.prepare import ImportRejected, prepare_bytes, prepare_file, read_limited, sha256_of
from archive.pipeline.reparse import reparse_page
from archive.pipeline.store import ImportContext, store_batch, store_prepared
from archive.pipeline.types import PageInfo

# Parsing is pure and CPU-bound: with many files it runs in worker processes (forked after
# the gazetteer is built, so they inherit it) while this process stores the results.
PARALLEL_MIN_FILES = 40
# Pages stored per transaction: each batch is all-or-nothing, and a few bulk statements.
BATCH_PAGES = 50
PARALLEL_WINDOW = 4 * BATCH_PAGES
# Pages a parser process prepares per task: one message each way per ten pages instead of
# per page, which cut the storer process's share of sending and receiving them (its
# result thread, ~1.1 -> ~0.85 s of CPU a 1,000 pages; docs/benchmarks.md).
PAGES_PER_TASK = 10
# The storer's SQLite settings while it imports (``BulkLoadSettings``): a 64 MB page cache
# instead of SQLite's 2 MB, so the index pages every batch writes into (figures, articles,
# tags: ~20 indexes) stay in memory instead of being read back from the file; and a WAL
# checkpoint every 10,000 pages (~40 MB) instead of every 1,000, so a page that several
# batches change is copied into the database file once, not after each batch. Measured:
# -12 to -15 % of the import's CPU at 20,000 pages, nothing at 2,000 (docs/benchmarks.md).
# The data written is the same.
BULK_PRAGMAS = {"cache_size": -65536, "wal_autocheckpoint": 10000}
# Python's cyclic collector while an import runs (``collector_for_bulk_load``): the objects
# alive when it starts (Django, the gazetteer, jieba's tagger: the bulk of the heap) are
# frozen out of its walks, and it runs after 10,000 new container objects instead of 700.
# The storer process spent ~0.5 s of CPU a 1,000 pages in it, mostly walking that heap
# again in full collections while prepared pages piled up in its window; the forked parser
# processes walked (and so copied) their inherited heap the same way. Nothing the import
# keeps is a cycle; what the collector still finds is collected later, not missed.
YOUNG_COLLECTION_THRESHOLD = 10_000
_worker_state = {}


@contextmanager
def collector_for_bulk_load():
    """``YOUNG_COLLECTION_THRESHOLD`` and a frozen heap for the length of an import, and
    the collector as it was after it (a process that froze its own heap keeps it so)."""
    previous = gc.get_threshold()
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        if ours:
            gc.unfreeze()


class BulkLoadSettings:
    """``BULK_PRAGMAS`` on this process's SQLite connection while an import stores, and the
    connection's own values back after it (the web's connections never see them). Applied
    before each batch: the connection is closed and opened again around the fork of the
    parser processes. Nothing on other databases."""

    def __init__(self):
        self.previous = {}

    def apply(self):
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            for name, value in BULK_PRAGMAS.items():
                cursor.execute(f"PRAGMA {name}")
                current = cursor.fetchone()[0]
                if current != value:
                    self.previous.setdefault(name, current)
                    cursor.execute(f"PRAGMA {name} = {int(value)}")

    def restore(self):
        if connection.vendor != "sqlite" or connection.connection is None:
            return
        with connection.cursor() as cursor:
            for name, value in self.previous.items():
                cursor.execute(f"PRAGMA {name} = {int(value)}")


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


def progress(iterable, total, *, show):
    """A progress bar on stderr, shown only when asked and worth it (ten pages or more)."""
    return tqdm(iterable, total=total, unit="页", disable=not show or total < 10, file=sys.stderr)


def import_files(
    files, *, info=None, listed=None, publish=False, dry_run=False, jobs=1, context=None, show_progress=False
):
    """Import page files: yield ``(path, ImportOutcome)`` in file order, batch by batch.

    ``info`` (the command's options) applies to every file, ``listed`` maps a path to its
    manifest row's ``PageInfo``; see ``page_info``. Pages are prepared in ``jobs`` worker
    processes when there are at least ``PARALLEL_MIN_FILES`` of them, and stored
    ``BATCH_PAGES`` to a transaction.
    """
    context = context or ImportContext()
    pages = progress(_prepared_pages(files, context, info, listed, jobs), len(files), show=show_progress)
    settings = BulkLoadSettings()
    if _parallel(files, jobs):
        # Loaded once here, before the heap is frozen and the parser processes are forked:
        # they share it (else ~2 s of CPU in each).
        load_tagger()
    try:
        with collector_for_bulk_load():
            for batch in _batched(pages, BATCH_PAGES):
                settings.apply()
                outcomes = store_batch(
                    [prepared for _path, prepared in batch], publish=publish, dry_run=dry_run, context=context
                )
                for (path, _prepared), outcome in zip(batch, outcomes, strict=True):
                    yield path, outcome
    finally:
        settings.restore()


def import_bytes(data, file_name, *, info=None, publish=False, dry_run=False, context=None):
    """Import one page file given as bytes, in this process. Never raises for bad input: see ``status``."""
    context = context or ImportContext()
    known = _stored_digests([sha256_of(data)])  # a page already stored is not parsed again
    prepared = prepare_bytes(
        data, file_name, gazetteer=context.gazetteer, info=info, known_digests=known, newspapers=context.newspaper_names
    )
    return store_prepared(prepared, publish=publish, dry_run=dry_run, context=context)


def reparse_files(paths, *, context=None, show_progress=False, on_error=None):
    """Re-parse the stored pages of the given files (all stored pages when none are given).

    Returns ``(pages, articles updated, articles kept because an editor touched them)``.
    A file that can't be read is passed to ``on_error(path, reason)`` and skipped.
    """
    context = context or ImportContext()
    if paths:
        digests = []
        for path in collect_files(paths):
            try:
                digests.append(sha256_of(read_limited(path)))
            except (OSError, ImportRejected) as exc:
                if on_error is not None:
                    on_error(path, exc)
        pages = SourcePage.objects.filter(sha256__in=digests)
    else:
        pages = SourcePage.objects.all()
    pages = list(pages.order_by("pk"))
    updated = skipped = 0
    for page in progress(pages, len(pages), show=show_progress):
        outcome = reparse_page(page, context)
        updated += len(outcome.articles) - outcome.skipped_touched
        skipped += outcome.skipped_touched
    return len(pages), updated, skipped


@dataclass
class ImportTotals:
    """What a run of ``import_files`` did, for the summary line."""

    statuses: dict = field(default_factory=lambda: {"imported": 0, "duplicate": 0, "failed": 0, "dry-run": 0})
    articles: int = 0
    new_reporters: int = 0
    new_parks: int = 0
    warnings: int = 0
    joined: int = 0
    failures: list = field(default_factory=list)  # (path, reason)

    def add(self, path, outcome):
        self.statuses[outcome.status] += 1
        if outcome.status == "failed":
            self.failures.append((path, outcome.error))
        elif outcome.status in ("imported", "dry-run"):
            self.articles += len(outcome.articles) if outcome.status == "imported" else len(outcome.parsed.articles)
            self.joined += outcome.joined
            self.new_reporters += outcome.new_reporters
            self.new_parks += outcome.new_parks
            self.warnings += len(outcome.warnings)


def _stored_digests(digests):
    return frozenset(SourcePage.objects.filter(sha256__in=digests).values_list("sha256", flat=True))


def page_info(path, given=None, listed=None):
    """What is known of a file's page before its text is read: the command's options first,
    then its manifest row, then its path (``<newspaper>/<YYYY-MM-DD>/<page>.txt``)."""
    return (given or PageInfo()).merged(listed, info_from_path(path))


def _prepare_in_worker(path):
    state = _worker_state
    info = page_info(path, state["info"], state["listed"].get(path))
    return path, prepare_file(
        path, gazetteer=state["gazetteer"], info=info, known_digests=state["known"], newspapers=state["newspapers"]
    )


def _prepare_chunk_in_worker(paths):
    """``_prepare_in_worker`` for a few pages in turn (``PAGES_PER_TASK``)."""
    return [_prepare_in_worker(path) for path in paths]


def _parallel(files, jobs):
    return jobs > 1 and len(files) >= PARALLEL_MIN_FILES


def _prepared_pages(files, context, info, listed, jobs):
    """Yield ``(path, PreparedPage)`` in file order, preparing in ``jobs`` processes when worth it:
    ``jobs - 1`` parser processes and this one, which stores and, whenever the next pages it
    must store are not ready yet, prepares pages itself (``_take_back``) instead of waiting.

    Storing is one process's work, and on two cores two parser processes beside it made
    three busy processes: the storer got two thirds of a core, the parsers ran ahead until
    the window was full and then both slept while one core idled (the 1,000-page timeline
    used 1.67 of the 2 cores). One parser process and a storer that parses in its gaps keep
    both cores busy (docs/benchmarks.md)."""
    known = frozenset(SourcePage.objects.values_list("sha256", flat=True))
    _worker_state.update(
        gazetteer=context.gazetteer, newspapers=context.newspaper_names, info=info, listed=listed or {}, known=known
    )
    if not _parallel(files, jobs):
        yield from map(_prepare_in_worker, files)
        return
    connections.close_all()  # never share a database handle with forked children
    with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
        # A bounded window of pages in flight: prepared pages never pile up in memory when
        # storing is slower than parsing.
        chunks = _batched(files, PAGES_PER_TASK)
        window = deque(
            (chunk, pool.submit(_prepare_chunk_in_worker, chunk))
            for chunk in islice(chunks, PARALLEL_WINDOW // PAGES_PER_TASK)
        )
        while window:
            chunk, task = window.popleft()
            if task.cancel():  # not started by a parser process: prepared here
                prepared = _prepare_chunk_in_worker(chunk)
            else:
                while not task.done() and _take_back(window):
                    pass
                prepared = task.result()
            following = next(chunks, None)
            if following is not None:
                window.append((following, pool.submit(_prepare_chunk_in_worker, following)))
            yield from prepared


def _take_back(window):
    """Prepare in this process the last chunk in ``window`` (``(chunk, task)`` pairs) that no
    parser process has started: its task is cancelled and replaced by one done here. False
    when every chunk is started or done."""
    for i in range(len(window) - 1, -1, -1):
        chunk, task = window[i]
        if task.cancel():
            done = Future()
            done.set_result(_prepare_chunk_in_worker(chunk))
            window[i] = (chunk, done)
            return True
    return False


def _batched(iterable, n):
    """itertools.batched, which arrives in Python 3.12."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, n)):
        yield batch

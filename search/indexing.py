"""The one index writer: queue, drain, rebuild, verify.

Web requests never write to the index. Changes are recorded as ``PendingUpdate`` rows
(``search.signals``); ``process_queue()`` - run in a loop by ``manage.py index_worker``,
one process started by gunicorn - re-reads those articles and adds or removes their
documents in one Whoosh commit, then deletes exactly the rows it read. Killed at any
point, it loses nothing: uncommitted index writes are discarded by Whoosh and the rows
are still there. Every writer (the worker, ``rebuild()``, haystack's own commands via the
backend) holds ``writer_lock()``, an OS file lock, so there is never a second writer and
never a Whoosh ``LockError``.
"""

import fcntl
import logging
import multiprocessing
import os
import queue as queue_module
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connections as db_connections
from django.db import transaction
from haystack import connections
from haystack.utils import get_identifier

from archive.models import Article
from search import analysis
from search.models import PendingUpdate

log = logging.getLogger(__name__)

_lock_state = threading.local()


def backend(using="default"):
    return connections[using].get_backend()


def article_index(using="default"):
    return connections[using].get_unified_index().get_index(Article)


def _lock_path():
    path = settings.HAYSTACK_CONNECTIONS["default"].get("PATH")
    base = Path(path).parent if path else Path(settings.DATA_DIR)
    base.mkdir(parents=True, exist_ok=True)
    return base / "search-writer.lock"


@contextmanager
def writer_lock(timeout=None):
    """Hold the index writer lock (re-entrant within a thread). Blocks until it is free."""
    depth = getattr(_lock_state, "depth", 0)
    if depth:
        _lock_state.depth += 1
        try:
            yield
        finally:
            _lock_state.depth -= 1
        return
    with open(_lock_path(), "a+") as fh:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline else 0))
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError("the search index writer lock is held by another process") from None
                time.sleep(0.1)
        _lock_state.depth = 1
        try:
            yield
        finally:
            _lock_state.depth = 0
            fcntl.flock(fh, fcntl.LOCK_UN)


# --- the queue ---------------------------------------------------------------------------


def enqueue(article_ids):
    """Record that these articles' search documents must be refreshed (same transaction)."""
    ids = sorted({int(i) for i in article_ids if i is not None})
    if ids:
        PendingUpdate.objects.bulk_create([PendingUpdate(article_id=i) for i in ids], batch_size=500)
    return len(ids)


_dictionary_loaded = 0.0


def refresh_dictionary(max_age=None):
    """Park and reporter names from the database as known words (cheap; new names only).

    With ``max_age`` (seconds) it does nothing if the names were loaded more recently:
    web processes segment queries with the same dictionary as the writer.
    """
    global _dictionary_loaded
    if max_age is not None and time.monotonic() - _dictionary_loaded < max_age:
        return
    try:
        analysis.load_database_words()
        _dictionary_loaded = time.monotonic()
    except Exception:  # tables not migrated yet: the built-in dictionary still works
        log.debug("could not load names into the segmenter", exc_info=True)


def index_articles(article_ids):
    """Make the index agree with the database for these articles, in one commit."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    index = article_index()
    objs = list(index.index_queryset().filter(pk__in=ids))
    remove = [get_identifier(f"archive.article.{pk}") for pk in ids]
    backend().apply_changes(index, objs, remove_ids=remove)
    return len(ids)


def process_queue(batch_size=500, max_batches=None):
    """Drain the queue now; returns the number of articles re-indexed. Used by tests too."""
    done = 0
    batches = 0
    if not PendingUpdate.objects.exists():
        return 0
    with writer_lock():
        refresh_dictionary()
        while max_batches is None or batches < max_batches:
            rows = list(PendingUpdate.objects.order_by("id").values_list("id", "article_id")[:batch_size])
            if not rows:
                break
            done += index_articles(a for _, a in rows)
            # Only the rows we read: a change queued meanwhile is processed next time.
            with transaction.atomic():
                PendingUpdate.objects.filter(id__in=[r for r, _ in rows]).delete()
            batches += 1
    if done:
        # Park and reporter pages count from the index: recount now that it has changed.
        from archive import stats

        stats.invalidate()
    return done


def queue_length():
    return PendingUpdate.objects.count()


# --- verify --------------------------------------------------------------------------------


def warm_search():
    """Read what every search needs - field lengths, dates, facet values - into the
    backend's segment store, then close the index files. Run in gunicorn's master before
    it forks: the workers share these arrays and open their own files."""
    from search.backends import FACET_FIELDS

    be = backend()
    snap = be.snapshot()
    for fieldname in ("text", "headline", "chars"):
        snap.field_lengths(fieldname)
    snap.column("published_on")
    if "article_id" in snap.schema:
        snap.column("article_id")
    for fieldname in FACET_FIELDS:
        snap.facet(fieldname)
    be.close_readers()


def index_is_current():
    """False when the Whoosh index on disk was written with another schema or posting
    format than this code writes (after an upgrade): it must be rebuilt."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import exists_in

    be = backend()
    path = getattr(be, "path", None)
    if not path or not exists_in(path):
        return True  # nothing to compare (or not a Whoosh index)
    if not be.setup_complete:
        be.setup()
    stored = FileStorage(path).open_index().schema
    ours = be.schema
    if sorted(stored.names()) != sorted(ours.names()):
        return False
    return all(type(stored[name].format) is type(ours[name].format) for name in ours.names())


def _version(updated):
    return updated.isoformat() if updated else ""


def verify():
    """Differences between the index and ``Article.objects.published()``."""
    published = {pk: _version(u) for pk, u in Article.objects.published().values_list("pk", "updated")}
    indexed = backend().indexed_versions()
    missing = sorted(set(published) - set(indexed))
    extra = sorted(set(indexed) - set(published))
    stale = sorted(pk for pk in set(published) & set(indexed) if (indexed[pk] or "") != published[pk])
    return {"published": len(published), "indexed": len(indexed), "missing": missing, "extra": extra, "stale": stale}


def repair(report=None):
    report = report or verify()
    ids = report["missing"] + report["extra"] + report["stale"]
    with writer_lock():
        for start in range(0, len(ids), 500):
            index_articles(ids[start : start + 500])
    return len(ids)


# --- full rebuild ----------------------------------------------------------------------------


def _build_segments(build_path, ids, batch_size, segment_docs, report):
    """Index ``ids`` into new segments of the index at ``build_path``, ``segment_docs``
    articles per segment; return the segments."""
    from whoosh.filedb.filestore import FileStorage

    from search.bulkwrite import BulkSegmentWriter

    be = backend()
    if not be.setup_complete:
        be.setup()
    index = article_index()
    ix = FileStorage(build_path).open_index(schema=be.schema)
    qs = index.index_queryset()
    segments = []
    writer = None
    for start in range(0, len(ids), batch_size):
        if writer is None:
            writer = BulkSegmentWriter(ix, _lk=False, compression=be.postings_compression)
        chunk = ids[start : start + batch_size]
        for obj in qs.filter(pk__in=chunk):
            writer.add_document(**be.prepare_document(index, obj))
        report(len(chunk))
        if writer.docnum >= segment_docs:
            segments.append(writer.finish_segment())
            writer = None
    if writer is not None:
        if writer.docnum:
            segments.append(writer.finish_segment())
        else:
            writer.cancel()
    return segments


def _build_part(build_path, ids, batch_size, segment_docs, queue):
    """Child process of ``rebuild()``."""
    db_connections.close_all()
    segments = _build_segments(build_path, ids, batch_size, segment_docs, lambda n: queue.put(("n", n)))
    queue.put(("segments", segments))


def rebuild(procs=None, batch_size=500, segment_docs=25_000, progress=None):
    """Build a fresh index from ``published()`` next to the live one, then swap it in.

    Each of ``procs`` processes writes its own segments (no merge); searches keep using
    the old index until the swap. Returns the number of documents.
    """
    from whoosh.filedb.filestore import FileStorage
    from whoosh.writing import SegmentWriter

    be = backend()
    if not be.setup_complete:
        be.setup()
    procs = procs or min(4, os.cpu_count() or 1)
    refresh_dictionary()
    path = Path(be.path)
    build_path = path.with_name(path.name + ".building")
    old_path = path.with_name(path.name + ".old")
    with writer_lock():
        # Queued changes up to here are covered by the rebuild (it reads the database after).
        covered = PendingUpdate.objects.order_by("-id").values_list("id", flat=True).first()
        ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
        old_generation = be.index.refresh().latest_generation() if path.exists() else -1
        shutil.rmtree(build_path, ignore_errors=True)
        storage = FileStorage(str(build_path)).create()
        ix = storage.create_index(be.schema)
        chunks = [ids[i::procs] for i in range(procs)] if len(ids) >= procs * batch_size else [ids]
        chunks = [sorted(c) for c in chunks if c]
        segments = []
        if len(chunks) == 1:
            segments.extend(
                _build_segments(str(build_path), chunks[0], batch_size, segment_docs, progress or (lambda n: None))
            )
        elif chunks:
            db_connections.close_all()
            ctx = multiprocessing.get_context("fork")
            queue = ctx.Queue()
            workers = [
                ctx.Process(target=_build_part, args=(str(build_path), c, batch_size, segment_docs, queue))
                for c in chunks
            ]
            for w in workers:
                w.start()
            pending = len(workers)
            while pending:
                try:
                    kind, value = queue.get(timeout=1)
                except queue_module.Empty:
                    failed = [w.exitcode for w in workers if w.exitcode]
                    if failed:
                        for w in workers:
                            w.kill()
                        raise RuntimeError(f"index build process failed with exit code {failed[0]}") from None
                    continue
                if kind == "n":
                    if progress:
                        progress(value)
                else:
                    pending -= 1
                    segments.extend(value)
            for w in workers:
                w.join()
                if w.exitcode:
                    raise RuntimeError(f"index build process failed with exit code {w.exitcode}")
        writer = SegmentWriter(ix)
        writer.generation = max(writer.generation, old_generation + 1)
        writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
        shutil.rmtree(old_path, ignore_errors=True)
        if path.exists():
            os.rename(path, old_path)
        os.rename(build_path, path)
        shutil.rmtree(old_path, ignore_errors=True)
        be.reset()
        from archive import stats

        stats.invalidate()
        if covered is not None:
            PendingUpdate.objects.filter(id__lte=covered).delete()
    return len(ids)

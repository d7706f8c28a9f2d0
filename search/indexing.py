"""The change queue and its one index writer: enqueue, drain, rebuild, verify.

This module and ``search.query`` are what the rest of the site uses of search.

Web requests never write to the index. Changes are recorded as ``PendingUpdate`` rows
(``search.signals``, or ``enqueue()`` by code that bypasses model signals);
``process_queue()`` - run in a loop by ``manage.py index_worker``, one process started by
gunicorn - re-reads those articles and has the backend add or remove their documents in
one commit, then deletes exactly the rows it read. Killed at any point, it loses nothing:
an uncommitted index write is discarded and the rows are still there. Every writer (the
worker, ``rebuild()``, haystack's own commands) holds ``writer_lock()``, an OS file lock,
so there is never a second writer.

After each change it applied, the writer sends ``index_changed``: what is computed from
the index (the archive's cached counts) connects to it.
"""

import logging

from django.db import InterfaceError, OperationalError, connection, transaction
from django.dispatch import Signal
from django.utils import timezone

from archive.models import Article
from search.analysis import refresh_dictionary
from search.backends import get_backend
from search.backends.base import IndexState
from search.models import PendingUpdate
from search.search_indexes import ArticleIndex

log = logging.getLogger(__name__)

# Sent (sender: this module's name) after the index writer has changed the index.
index_changed = Signal()


def writer_lock(timeout=None, shared=False):
    """Hold the index writer lock (re-entrant within a thread). Blocks until it is free.
    ``shared``: queue workers, which may run side by side where the engine allows it."""
    return get_backend().writer_lock(timeout, shared=shared)


def _changed():
    index_changed.send(sender=__name__)


# --- the queue ---------------------------------------------------------------------------


def enqueue(article_ids):
    """Record that these articles' search documents must be refreshed (same transaction)."""
    ids = sorted({int(i) for i in article_ids if i is not None})
    if ids:
        # One ``executemany`` of plain rows: ``bulk_create`` built and prepared a model per
        # row, ~4 % of the importer's storing CPU (every imported article is queued here).
        table = connection.ops.quote_name(PendingUpdate._meta.db_table)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} (article_id, created) VALUES (%s, %s)", [(i, now) for i in ids])
    return len(ids)


def index_articles(article_ids):
    """Make the index agree with the database for these articles, in one commit."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    articles = ArticleIndex().index_queryset().filter(pk__in=ids)
    get_backend().apply_changes(articles, remove_ids=ids)
    return len(ids)


def _claim(batch_size):
    """``[(row id, article id)]``: the next queued changes, claimed for this transaction.

    Where the database locks rows (PostgreSQL), ``SELECT ... FOR UPDATE SKIP LOCKED``:
    index writers on several hosts each take rows no other has taken, and a row stays
    claimed until the transaction that applies it commits (then it is deleted) or dies
    (then it is free again). The articles are locked too, in id order, before they are
    read: two writers holding changes of the same article apply them one after the
    other, the second reading what the first saw committed. SQLite has one writer and
    no row locks: the rows are read as they are.
    """
    rows = PendingUpdate.objects.order_by("id").values_list("id", "article_id")
    if connection.features.has_select_for_update_skip_locked:
        rows = rows.select_for_update(skip_locked=True)
    rows = list(rows[:batch_size])
    if rows and connection.features.has_select_for_update:
        ids = sorted({a for _r, a in rows})
        list(Article.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))
    return rows


def _apply_batch(batch_size):
    """Apply one batch of the queue; the number of articles, or ``None`` when it is empty."""
    if connection.features.has_select_for_update_skip_locked:
        # The index write, if the engine keeps the index in this database, and the rows'
        # deletion commit together: a change is applied exactly once.
        with transaction.atomic():
            rows = _claim(batch_size)
            if not rows:
                return None
            done = index_articles(a for _, a in rows)
            PendingUpdate.objects.filter(id__in=[r for r, _ in rows]).delete()
        return done
    rows = _claim(batch_size)
    if not rows:
        return None
    done = index_articles(a for _, a in rows)
    # Only the rows we read: a change queued meanwhile is processed next time.
    with transaction.atomic():
        PendingUpdate.objects.filter(id__in=[r for r, _ in rows]).delete()
    return done


def process_queue(batch_size=500, max_batches=None):
    """Drain the queue now; returns the number of articles re-indexed. Used by tests too.

    Several processes may run it at once (one index worker per host): each claims its own
    batches (``_claim``)."""
    done = 0
    batches = 0
    if not PendingUpdate.objects.exists():
        return 0
    with writer_lock(shared=True):
        refresh_dictionary()
        while max_batches is None or batches < max_batches:
            n = _apply_batch(batch_size)
            if n is None:
                break
            done += n
            batches += 1
    if done:
        _changed()
    return done


def queue_length():
    return PendingUpdate.objects.count()


def lag():
    """How far the index is behind the database: ``(changes waiting, seconds the oldest has waited)``."""
    oldest = PendingUpdate.objects.order_by("id").values_list("created", flat=True).first()
    waiting = PendingUpdate.objects.count() if oldest else 0
    return waiting, (timezone.now() - oldest).total_seconds() if oldest else 0.0


def is_transient(error):
    """A database error worth waiting out: SQLite busy or locked past its timeout, or a
    PostgreSQL server restarting or a dropped connection. Both engines report these as
    OperationalError or InterfaceError (a constraint or a bad query is neither)."""
    return isinstance(error, (OperationalError, InterfaceError))


def clear():
    """Empty the index (tests; a real archive rebuilds instead)."""
    backend = get_backend()
    backend.clear()
    backend.reset()


# --- the index's state -------------------------------------------------------------------


def index_state():
    """``"current"``, ``"missing"`` (never built) or ``"outdated"`` (written in another
    format by an earlier version): either of the last two needs ``search_rebuild``."""
    return get_backend().index_state()


def index_is_current():
    """False when the index on disk was written in another format than this code writes
    (after an upgrade): it must be rebuilt."""
    return index_state() != IndexState.OUTDATED


def _version(updated):
    return updated.isoformat() if updated else ""


def verify():
    """Differences between the index and ``Article.objects.published()``."""
    published = {pk: _version(u) for pk, u in Article.objects.published().values_list("pk", "updated")}
    indexed = get_backend().indexed_versions()
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


def rebuild(procs=None, batch_size=500, progress=None, **options):
    """Build a fresh index from ``published()`` and swap it in (``SearchBackend.rebuild``;
    ``options``: the backend's own, e.g. Whoosh's ``segment_docs``). Queued changes up to
    the start are covered by it. Returns the number of documents."""
    backend = get_backend()
    refresh_dictionary()
    with writer_lock():
        # Queued changes up to here are covered by the rebuild (it reads the database after).
        covered = PendingUpdate.objects.order_by("-id").values_list("id", flat=True).first()
        ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
        backend.rebuild(ids, procs=procs, batch_size=batch_size, progress=progress, **options)
        _changed()
        if covered is not None:
            PendingUpdate.objects.filter(id__lte=covered).delete()
    return len(ids)

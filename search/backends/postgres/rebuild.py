"""Full rebuilds of the PostgreSQL index: the rows analysed in parallel, then swapped in.

A new table (``schema.BUILDING``) is filled by ``procs`` forked processes, each with its
own database connection, analysing and copying (``COPY``) every ``procs``-th batch of
articles (committed as it goes: nobody reads the table yet; in this process inside a
transaction, whose rows other connections can't see). The sampled articles go first, so
that the processes can gather the common character terms' lists as they write the rest
(``char_lists``). Then PostgreSQL works in three connections side by side
(``_server_parts``): ``chars``' GIN index; the other indexes, then the counts
(``counts.build``); the character terms' lists, the common words' lists
(``impacts.build``) and the listings. The table is then renamed into place with them in
one transaction (``schema.swap``). Analysis is Python (``documents``: rjieba and the character terms,
about 2 ms of CPU an article), so it is what parallel processes speed up; PostgreSQL's
``COPY``, the GIN builds, the lists and the counts are the rest (docs/benchmarks.md).
"""

import gc
import multiprocessing
import os

from django.db import connections, transaction

from search.backends.postgres import char_lists, counts, impacts, listing, schema
from search.backends.processes import run_parts
from search.search_indexes import ArticleIndex


def _fill(backend, ids, batch_size, report, collector=None):
    queryset = ArticleIndex().index_queryset()
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        rows = backend.document_rows(queryset.filter(pk__in=chunk).order_by("pk"), collector)
        with transaction.atomic(using=backend.alias), backend.connection.cursor() as cursor:
            backend.copy_rows(cursor, schema.BUILDING, rows)
            if collector is not None:
                collector.write(cursor)
        report(len(chunk))


# The parent's connections, as a child inherited them: kept referenced and never closed,
# since closing (or freeing) one would end the parent's session on the server, and with it
# the index writers' advisory lock the parent holds (``schema.advisory_lock``).
_inherited = []


def _fill_part(backend, ids, batch_size, cuts, queue):
    """Child process of ``rebuild()``: it opens connections of its own; its result is
    what its ``char_lists.Collector`` counted. What it inherited is frozen out of the
    garbage collector's passes, as the importer does: with the collector's counts, 3,000
    articles in one process took 7.0 s with the passes and 6.4 s without (a full build at
    100k showed no difference beyond its noise, 274.6 and 274.2 s)."""
    gc.freeze()
    _own_connections()
    collector = char_lists.Collector(cuts)
    try:
        _fill(backend, ids, batch_size, lambda n: queue.put(("n", n)), collector)
    finally:
        connections.close_all()
    queue.put(("done", collector.summary()))


def _fill_in_processes(backend, ids, procs, batch_size, progress, cuts):
    """``ids`` written by ``procs`` processes (every ``procs``-th batch to each: each gets
    old and new articles alike); the processes' ``Collector`` summaries."""
    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    parts = [[pk for batch in batches[n::procs] for pk in batch] for n in range(procs)]
    parts = [p for p in parts if p]
    ctx = multiprocessing.get_context("fork")
    return run_parts(ctx, ctx.Queue(), _fill_part, [(backend, p, batch_size, cuts) for p in parts], progress)


def _fill_with_char_lists(backend, ids, procs, batch_size, progress):
    """The rows, the sampled articles first (``char_lists``); the common character terms."""
    with backend.connection.cursor() as cursor:
        char_lists.start(cursor)
    first = [pk for pk in ids if char_lists.sampled(pk)]
    rest = [pk for pk in ids if not char_lists.sampled(pk)]
    summaries = _fill_in_processes(backend, first, procs, batch_size, progress, {}) if first else []
    with backend.connection.cursor() as cursor:
        cuts = char_lists.cuts(cursor, schema.BUILDING, len(ids))
    if rest:
        summaries += _fill_in_processes(backend, rest, procs, batch_size, progress, cuts)
    return char_lists.common_terms(summaries)


def _own_connections():
    for connection in connections.all(initialized_only=True):
        _inherited.append(connection.connection)
        connection.connection = None


def _server_part(backend, steps, queue):
    """Child process of ``rebuild()``: runs ``steps`` (SQL, or functions of a cursor) on a
    connection of its own, each committed as it goes (nobody reads the tables before the swap)."""
    _own_connections()
    try:
        with backend.connection.cursor() as cursor:
            for step in steps:
                if callable(step):
                    step(cursor)
                else:
                    cursor.execute(step)
    finally:
        connections.close_all()
    queue.put(("done", None))


def _build_counts(cursor):
    counts.build(cursor, schema.BUILDING, schema.SUFFIX)


def _build_word_lists(cursor):
    impacts.build(cursor, schema.BUILDING, impacts.WORDS, schema.SUFFIX)


def _build_listing(cursor):
    listing.build(cursor, schema.BUILDING, schema.SUFFIX)


def _server_parts(common_chars):
    """What PostgreSQL builds after the rows, in three connections side by side (one
    statement runs on one core; one after the other they took ~8 of the 28 minutes at
    100k): ``chars``' GIN index; the other indexes, then the counts (read through
    ``words``' GIN index); the common character terms' lists from what the analysing
    processes gave (``char_lists``: no pass over the rows), the common words' lists (they
    read every row, no index), then each facet value's listing."""
    chars, others = schema.index_statements(schema.BUILDING)

    def build_char_lists(cursor):
        char_lists.build(cursor, common_chars, schema.SUFFIX)

    return [[*chars], [*others, _build_counts], [build_char_lists, _build_word_lists, _build_listing]]


def _server_in_processes(backend, common_chars):
    ctx = multiprocessing.get_context("fork")
    run_parts(ctx, ctx.Queue(), _server_part, [(backend, part) for part in _server_parts(common_chars)])


def rebuild(backend, ids, procs=None, batch_size=500, progress=None):
    procs = procs or min(4, os.cpu_count() or 1)
    progress = progress or (lambda n: None)
    with backend.connection.cursor() as cursor:
        schema.start_building(cursor)
    # Processes of their own can't see what this transaction hasn't committed (tests).
    in_processes = procs > 1 and not backend.connection.in_atomic_block
    if in_processes:
        common_chars = _fill_with_char_lists(backend, ids, procs, batch_size, progress)
        _server_in_processes(backend, common_chars)
    elif ids:
        _fill(backend, ids, batch_size, progress)
    with backend.connection.cursor() as cursor:
        if not in_processes:
            impacts.build_all(cursor, schema.BUILDING, schema.SUFFIX)
            counts.build(cursor, schema.BUILDING, schema.SUFFIX)
            listing.build(cursor, schema.BUILDING, schema.SUFFIX)
        if not backend.connection.in_atomic_block:  # the visibility map: counts skip the rows
            cursor.execute(f"VACUUM {schema.BUILDING}")
            cursor.execute(f"VACUUM {listing.LISTING}{schema.SUFFIX}")
    with transaction.atomic(using=backend.alias), backend.connection.cursor() as cursor:
        schema.swap(cursor, indexed=in_processes)

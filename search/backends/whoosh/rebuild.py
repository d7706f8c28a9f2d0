"""Full rebuilds of the Whoosh index: whole segments written in parallel, then swapped in.

A fresh index is built next to the live one (``<path>.building``); each of ``procs``
forked processes writes its own segments with ``bulk.BulkSegmentWriter`` (no merge),
one TOC makes them the new index, and the directories are renamed. Searches keep using
the old index until the swap. The caller (``search.indexing.rebuild``) holds the writer
lock and decides which articles go in.
"""

import multiprocessing
import os
import shutil
from pathlib import Path

from django.db import connections as db_connections
from whoosh.filedb.filestore import FileStorage

from search.backends.processes import run_parts
from search.backends.whoosh.bulk import BulkSegmentWriter
from search.backends.whoosh.writing import commit_segments


def _build_segments(be, build_path, ids, batch_size, segment_docs, report):
    """Index ``ids`` into new segments of the index at ``build_path``, ``segment_docs``
    articles per segment; return the segments."""
    haystack = be.haystack
    index = be.article_index()
    ix = FileStorage(build_path).open_index(schema=be.schema)
    qs = index.index_queryset()
    segments = []
    writer = None
    for start in range(0, len(ids), batch_size):
        if writer is None:
            writer = BulkSegmentWriter(ix, _lk=False, compression=be.postings_compression)
        chunk = ids[start : start + batch_size]
        for obj in qs.filter(pk__in=chunk):
            writer.add_document(**haystack.prepare_document(index, obj))
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


def _build_part(be, build_path, ids, batch_size, segment_docs, queue):
    """Child process of ``rebuild()``."""
    db_connections.close_all()
    segments = _build_segments(be, build_path, ids, batch_size, segment_docs, lambda n: queue.put(("n", n)))
    queue.put(("segments", segments))


def _build_in_processes(be, build_path, chunks, batch_size, segment_docs, progress):
    db_connections.close_all()
    ctx = multiprocessing.get_context("fork")
    parts = [(be, build_path, c, batch_size, segment_docs) for c in chunks]
    return [segment for done in run_parts(ctx, ctx.Queue(), _build_part, parts, progress) for segment in done]


def rebuild(be, ids, procs=None, batch_size=500, segment_docs=25_000, progress=None):
    """Build an index of ``ids`` aside with backend ``be``'s schema and swap it in."""
    schema = be.schema
    procs = procs or min(4, os.cpu_count() or 1)
    path = Path(be.path)
    build_path = path.with_name(path.name + ".building")
    old_path = path.with_name(path.name + ".old")
    old_generation = be.haystack.index.refresh().latest_generation() if path.exists() else -1
    shutil.rmtree(build_path, ignore_errors=True)
    try:
        _build(be, schema, ids, build_path, procs, batch_size, segment_docs, progress, old_generation)
    except BaseException:
        # A failed build (a full disk) must not keep the space the live index may need.
        shutil.rmtree(build_path, ignore_errors=True)
        raise
    shutil.rmtree(old_path, ignore_errors=True)
    if path.exists():
        os.rename(path, old_path)
    os.rename(build_path, path)
    shutil.rmtree(old_path, ignore_errors=True)


def _build(be, schema, ids, build_path, procs, batch_size, segment_docs, progress, old_generation):
    ix = FileStorage(str(build_path)).create().create_index(schema)
    chunks = [ids[i::procs] for i in range(procs)] if len(ids) >= procs * batch_size else [ids]
    chunks = [sorted(c) for c in chunks if c]
    if len(chunks) == 1:
        segments = _build_segments(
            be, str(build_path), chunks[0], batch_size, segment_docs, progress or (lambda n: None)
        )
    elif chunks:
        segments = _build_in_processes(be, str(build_path), chunks, batch_size, segment_docs, progress)
    else:
        segments = []
    commit_segments(ix, segments, min_generation=old_generation + 1)

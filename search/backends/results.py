"""Answers of the search engine, kept in the shared cache and reused while the index is
unchanged: a repeated search, the next page of a result set and the facet counts beside it
cost a cache read instead of the engine's work.

Every gunicorn worker of a machine shares the cache (diskcache in the data dir), and on
PostgreSQL every web host does (the database cache): what one worker or host worked out,
the others read. An answer is filed under

* the index's **generation token** (``SearchBackend.generation()``): it changes with every
  change the index writer applies, with a rebuild and with a clear, and differs between
  two indexes, so an answer is never read after the index it came from has changed (no
  expiry or invalidation needed: the old entries are simply never asked for again and
  age out of the cache);
* the **compiled query** as the engine runs it (``repr``): the terms after segmentation,
  expansion of names and pinyin, the filters - everything the answer depends on;
* for the ids, the sort order and the window (``offset``, ``limit``); the count and facet
  counts are filed apart from the ids, so every page of a result set shares them.

An engine that can't give a token (``generation()`` is ``None``) is asked every time; so is
any engine when ``settings.SEARCH_RESULTS_CACHE`` is off (the engine benchmarks measure the
engine). A cache that fails costs nothing but the reuse: the engine answers.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from search.backends.base import Found

log = logging.getLogger(__name__)

# Seconds an answer is kept at most. Entries of an old generation are never read again;
# this only bounds how long they take up room before the cache's own eviction.
RESULTS_TTL = 60 * 60


def search(backend, parsed, filters, **options):
    """``backend.search(parsed, filters, **options)``, answered from the shared cache when
    it can be (what ``search.query`` asks of the engine)."""
    return run_cached(backend, backend.compile(parsed, filters), **options)


def run_cached(backend, compiled, *, sort="relevance", offset=0, limit=20, facets=True, facet_limit=30):
    """``backend.run(compiled, ...)``, answered from the shared cache when it can be."""
    options = {"sort": sort, "offset": offset, "limit": limit, "facets": facets, "facet_limit": facet_limit}
    if compiled is None:
        return backend.run(compiled, **options)
    token = backend.generation() if getattr(settings, "SEARCH_RESULTS_CACHE", True) else None
    if token is None:
        return backend.run(compiled, **options)
    base = hashlib.blake2b(repr((backend.name, token, compiled)).encode("utf-8"), digest_size=16).hexdigest()
    page_key = f"search:page:{base}:{sort}:{offset}:{limit}"
    facets_key = f"search:facets:{base}:{facet_limit}"
    kept = _get_many([page_key, facets_key] if facets else [page_key])
    page, counts = kept.get(page_key), kept.get(facets_key)
    if page is not None and (counts is not None or not facets):
        return Found(page[0], list(page[1]), counts or {})
    fresh = {}
    if page is None:
        found = backend.run(compiled, **{**options, "facets": facets and counts is None})
        page = fresh[page_key] = (found.count, list(found.ids))
        if facets and counts is None:
            counts = fresh[facets_key] = found.facets
    else:  # the ids are kept, the facet counts are not: only those are worked out
        counts = fresh[facets_key] = backend.run(compiled, **{**options, "limit": 0, "offset": 0}).facets
    _set_many(fresh)
    return Found(page[0], list(page[1]), (counts or {}) if facets else {})


def _get_many(keys):
    try:
        return cache.get_many(keys)
    except Exception:  # a cache that can't be read: the engine answers
        log.warning("search results cache unreadable", exc_info=True)
        return {}


def _set_many(entries):
    try:
        cache.set_many(entries, RESULTS_TTL)
    except Exception:  # a full disk or a busy database: the answer is simply not kept
        log.warning("search results not cached", exc_info=True)

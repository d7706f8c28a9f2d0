"""The page cache of a one-machine archive: diskcache's Django backend (SQLite-indexed
files that every gunicorn worker shares, bounded by size, least recently stored evicted
first), made so that the cache can never take a page down.

A cache is an optimisation: when its disk is full, or another worker holds a shard's
write lock for longer than ``DATABASE_TIMEOUT``, a write is skipped and a read misses
(the page computes what it needs), with a warning in the log, instead of an error page.
Writes never wait in a retry loop (diskcache's default for Django is to retry forever).

Its connections stay open from one request to the next: Django closes every cache at the
end of each request (``close_caches``), after which diskcache opened its four shards'
SQLite files again and re-read their settings (1.5-3 ms of every request's CPU at 100,000
articles). diskcache's connections are per thread and per process (it checks the process
id, so a forked worker never uses its parent's).
"""

import logging
import sqlite3

from diskcache import DjangoCache
from django.core.cache.backends.base import DEFAULT_TIMEOUT

log = logging.getLogger(__name__)
FAILURES = (OSError, sqlite3.Error)


class PageCache(DjangoCache):
    def _failed(self, what, key, exc):
        log.warning("page cache %s of %r skipped: %s", what, key, exc)

    def get(self, key, default=None, version=None, **kwargs):
        try:
            return super().get(key, default, version, **kwargs)
        except FAILURES as exc:
            self._failed("read", key, exc)
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, **kwargs):
        kwargs.setdefault("retry", False)
        try:
            return super().set(key, value, timeout, version, **kwargs)
        except FAILURES as exc:
            self._failed("write", key, exc)
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, **kwargs):
        kwargs.setdefault("retry", False)
        try:
            return super().add(key, value, timeout, version, **kwargs)
        except FAILURES as exc:
            self._failed("write", key, exc)
            return False

    def close(self, **kwargs):
        """Keep the connections for the next request (see above)."""

    def delete(self, key, version=None, **kwargs):
        kwargs.setdefault("retry", False)
        try:
            return super().delete(key, version, **kwargs)
        except FAILURES as exc:
            self._failed("delete", key, exc)
            return False

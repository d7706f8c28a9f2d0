"""The page cache of a one-machine archive: diskcache's Django backend (SQLite-indexed
files that every gunicorn worker shares, bounded by size, least recently stored evicted
first), made so that the cache can never take a page down.

A cache is an optimisation: when its disk is full, or another worker holds a shard's
write lock for longer than ``DATABASE_TIMEOUT``, a write is skipped and a read misses
(the page computes what it needs), with a warning in the log, instead of an error page.
Writes never wait in a retry loop (diskcache's default for Django is to retry forever).
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

    def delete(self, key, version=None, **kwargs):
        kwargs.setdefault("retry", False)
        try:
            return super().delete(key, version, **kwargs)
        except FAILURES as exc:
            self._failed("delete", key, exc)
            return False

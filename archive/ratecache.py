"""The rate limits' counters: Django's file cache, counted under a lock.

django-ratelimit counts with ``cache.add`` and ``cache.incr``. Django's file cache does
each as a read followed by a write, so two gunicorn workers counting the same client at
once could both read 7 and both write 8. Here both run under an exclusive ``flock`` on
one lock file in the cache folder, which makes them atomic for every process on this
machine (the lock is held for one small read and write, about 0.1 ms). Each counter
lives one window; expired files are removed before any live one is culled.
"""

import fcntl
import os
import pickle
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.filebased import FileBasedCache


class LockedFileCache(FileBasedCache):
    @contextmanager
    def _locked(self):
        self._createdir()
        fd = os.open(os.path.join(self._dir, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def add(self, key, value, timeout=None, version=None):
        with self._locked():
            return super().add(key, value, timeout if timeout is not None else self.default_timeout, version)

    def incr(self, key, delta=1, version=None):
        with self._locked():
            fname = self._key_to_file(key, version)
            try:
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)  # the file cache's layout: expiry, then the value
                    if expiry is not None and expiry < time.time():
                        raise FileNotFoundError
                    value = pickle.loads(zlib.decompress(f.read())) + delta
            except FileNotFoundError:
                raise ValueError(f"Key '{key}' not found") from None
            # Same expiry as before: a counter lives one window however often it is counted.
            timeout = None if expiry is None else max(expiry - time.time(), 0.001)
            self.set(key, value, timeout, version)
            return value

    def _cull(self):
        files = self._list_cache_files()
        if len(files) < self._max_entries:
            return
        for fname in files:
            try:
                with open(fname, "rb") as f:
                    self._is_expired(f)  # deletes the file when it has expired
            except FileNotFoundError:
                pass
        super()._cull()

"""The cache in the database (on PostgreSQL: every web host shares it), one statement a write.

Django's ``DatabaseCache`` counts the table's rows before every write (``SELECT COUNT(*)``,
to cull when over ``MAX_ENTRIES``), then looks the key up, then inserts or updates: three
statements a write, the first of which reads the whole table. With the archive's 50,000
entries a write took 2.3-2.7 ms on PostgreSQL (the count 25-50 ms where the table's
visibility map was stale), and a park page's first visit writes a dozen entries and reads
two dozen: 85 statements, p50 / p95 53-61 / 75-87 ms at 100k articles, against 49
statements and 35-37 / 42-48 ms with this backend (``bench/dbcache_bench.py``,
docs/benchmarks.md). Here a write is one upsert
(``INSERT … ON CONFLICT (cache_key) DO UPDATE``, PostgreSQL and SQLite alike), and the
table is counted, and culled as Django culls it, once every ``CULL_EVERY`` writes of a
process: it can hold up to ``CULL_EVERY`` entries a process more than ``MAX_ENTRIES``
before the next cull. On PostgreSQL an entry that expires is committed asynchronously
(it does not wait for the WAL's flush to disk).
"""

import base64
import pickle
from contextlib import nullcontext
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import DatabaseError, connections, router, transaction
from django.utils.timezone import now as tz_now

CULL_EVERY = 100


class DatabaseCache(DjangoDatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        self._writes = 0

    def _base_set(self, mode, key, value, timeout=DEFAULT_TIMEOUT):
        if mode == "touch":
            return super()._base_set(mode, key, value, timeout)
        return self._write(mode, {key: value}, timeout)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """Every entry in one upsert (Django's writes them one by one); returns the keys not
        written, as Django's does: all of them when the statement failed."""
        if not data:
            return []
        keys = {self.make_and_validate_key(key, version=version): key for key in data}
        if self._write("set", {made: data[key] for made, key in keys.items()}, timeout):
            return []
        return list(data)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        """Django's, less its second read: an ``add`` that wrote the value (its upsert says
        so) returns it; only one that found a live entry, another caller's, reads that."""
        value = self.get(key, self._missing_key, version=version)
        if value is not self._missing_key:
            return value
        if callable(default):
            default = default()
        if self.add(key, default, timeout=timeout, version=version):
            return default
        return self.get(key, default, version=version)

    def _write(self, mode, entries, timeout):
        """``entries`` (``{made key: value}``) in one statement; True when every one was
        written (``add`` writes only over a missing or expired entry)."""
        timeout = self.get_backend_timeout(timeout)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote_name = connection.ops.quote_name
        table = quote_name(self._table)
        key_column, value_column, expires_column = map(quote_name, ("cache_key", "value", "expires"))
        now = tz_now().replace(microsecond=0)
        if timeout is None:
            expires = datetime.max
        else:
            expires = datetime.fromtimestamp(timeout, tz=UTC if settings.USE_TZ else None)
        expires = connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0))
        params = []
        for key, value in entries.items():
            params += [key, base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1"), expires]
        rows = ", ".join(["(%s, %s, %s)"] * len(entries))
        # ``add`` replaces only an entry that has expired.
        only_expired = f" WHERE {table}.{expires_column} < %s" if mode == "add" else ""
        values = f"VALUES {rows}"
        if connection.vendor == "postgresql" and timeout is not None and not connection.in_atomic_block:
            # An entry that expires is written without waiting for the WAL to reach the disk
            # (``synchronous_commit`` off for this statement's own transaction only): a
            # server crash can lose the last cache writes, never committed data. The
            # versions that invalidate the other entries never expire: written durably.
            values = f"SELECT v.* FROM ({values}) AS v, (SELECT set_config('synchronous_commit', 'off', true)) AS async"
        sql = (
            f"INSERT INTO {table} ({key_column}, {value_column}, {expires_column}) {values} "
            f"ON CONFLICT ({key_column}) DO UPDATE SET {value_column} = EXCLUDED.{value_column}, "
            f"{expires_column} = EXCLUDED.{expires_column}{only_expired}"
        )
        if mode == "add":
            params.append(connection.ops.adapt_datetimefield_value(now))
        self._writes += len(entries)
        try:
            # Inside a transaction, a savepoint: a failed write must not abort it.
            with transaction.atomic(using=db) if connection.in_atomic_block else nullcontext():
                with connection.cursor() as cursor:
                    if self._writes // CULL_EVERY != (self._writes - len(entries)) // CULL_EVERY:
                        cursor.execute(f"SELECT COUNT(*) FROM {table}")
                        count = cursor.fetchone()[0]
                        if count > self._max_entries:
                            self._cull(db, cursor, now, count)
                    cursor.execute(sql, params)
                    return cursor.rowcount >= len(entries)
        except DatabaseError:
            # As Django's: a write that fails (a concurrent cull, a lock) is not an error.
            return False

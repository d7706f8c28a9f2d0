"""The cache in the database (``archive.dbcache``): one statement a write, Django's
semantics for set, add and expiry, a cull every ``CULL_EVERY`` writes."""

import warnings

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from archive import dbcache

TABLE = "test_dbcache"


@pytest.fixture
def cache(db):
    call_command("createcachetable", TABLE, verbosity=0)
    return dbcache.DatabaseCache(TABLE, {"OPTIONS": {"MAX_ENTRIES": 5, "CULL_FREQUENCY": 2}})


def statements(queries):
    """The statements of ``queries`` but savepoints (a write inside the test's transaction takes one)."""
    return [q["sql"] for q in queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]


def rows():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {TABLE}")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_a_write_is_one_statement():
    call_command("createcachetable", TABLE, verbosity=0)
    cache = dbcache.DatabaseCache(TABLE, {})
    try:
        with CaptureQueriesContext(connection) as queries:
            cache.set("panel", {"n": 1})
            cache.set("panel", {"n": 2})
        assert len(queries) == 2
        assert "COUNT" not in queries[0]["sql"]
        assert cache.get("panel") == {"n": 2}
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {TABLE}")


def test_set_many_writes_every_entry_in_one_statement(cache):
    with CaptureQueriesContext(connection) as queries:
        assert cache.set_many({"page": [1, 2], "facets": {"park": []}}, timeout=60) == []
    assert len(statements(queries)) == 1
    assert cache.get_many(["page", "facets"]) == {"page": [1, 2], "facets": {"park": []}}
    cache.set_many({"page": [3]})  # replaces
    assert cache.get("page") == [3]


def test_get_or_set_on_a_miss_reads_once_and_writes_once(cache):
    with CaptureQueriesContext(connection) as queries:
        assert cache.get_or_set("totals", lambda: {"articles": 5}, 60) == {"articles": 5}
    assert [sql.split()[0] for sql in statements(queries)] == ["SELECT", "INSERT"]
    with CaptureQueriesContext(connection) as queries:
        assert cache.get_or_set("totals", lambda: {"articles": 6}, 60) == {"articles": 5}
    assert len(statements(queries)) == 1


def test_get_or_set_returns_the_value_another_caller_added_meanwhile(cache):
    def compute():
        cache.add("totals", "theirs")  # another worker, between our read and our add
        return "ours"

    assert cache.get_or_set("totals", compute, 60) == "theirs"
    assert cache.get("totals") == "theirs"


def test_set_replaces_an_entry_and_add_keeps_a_live_one(cache):
    cache.set("a", 1)
    cache.set("a", 2)
    assert cache.get("a") == 2
    assert cache.add("a", 3) is False
    assert cache.get("a") == 2
    assert cache.add("b", 4) is True
    assert cache.get("b") == 4


def test_add_replaces_an_expired_entry(cache):
    cache.set("a", 1, timeout=60)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET expires = %s", [connection.ops.adapt_datetimefield_value(_past())])
    assert cache.get("a") is None
    cache.set("a", 1, timeout=60)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET expires = %s", [connection.ops.adapt_datetimefield_value(_past())])
    assert cache.add("a", 5) is True
    assert cache.get("a") == 5


def test_an_entry_without_timeout_never_expires(cache):
    cache.set("forever", "x", timeout=None)
    assert cache.get("forever") == "x"


def test_the_table_is_culled_once_every_cull_every_writes(cache, monkeypatch):
    monkeypatch.setattr(dbcache, "CULL_EVERY", 10)
    for n in range(9):
        cache.set(f"k{n}", n)
    assert rows() == 9  # over MAX_ENTRIES (5) until the next cull
    cache.set("k9", 9)  # the 10th write counts 9 and culls 9 // 2 of them first
    assert rows() == 6


def test_a_failed_write_leaves_the_transaction_usable(cache):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite keeps a key of any length")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert cache.add("x" * 300, 1) is False  # longer than the cache_key column
    cache.set("after", 1)
    assert cache.get("after") == 1


def _past():
    from datetime import UTC, datetime, timedelta

    return (datetime.now(UTC) - timedelta(hours=1)).replace(microsecond=0)


@pytest.mark.django_db(transaction=True)
def test_on_postgresql_an_expiring_entry_is_committed_without_waiting_for_the_disk_and_only_it():
    if connection.vendor != "postgresql":
        pytest.skip("synchronous_commit is PostgreSQL's")
    call_command("createcachetable", TABLE, verbosity=0)
    cache = dbcache.DatabaseCache(TABLE, {})
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = on")  # the throw-away test cluster's is off
        with CaptureQueriesContext(connection) as queries:
            cache.set("panel", "html", timeout=60)
            cache.set("version", 7, timeout=None)
        assert "synchronous_commit" in queries[0]["sql"]
        assert "synchronous_commit" not in queries[1]["sql"]  # never expires: durable
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone()[0] == "on"  # the session's own setting is untouched
        with transaction.atomic(), CaptureQueriesContext(connection) as queries:
            cache.set("inside", 1, timeout=60)  # the caller's transaction commits durably
        assert not any("synchronous_commit" in q["sql"] for q in queries)
        assert (cache.get("panel"), cache.get("version"), cache.get("inside")) == ("html", 7, 1)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {TABLE}")

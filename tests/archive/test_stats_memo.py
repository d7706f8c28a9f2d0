"""Within one request the stats version, the derived names' token and each cached value
are read from the shared cache once (``archive.stats``); outside a request, every ask
reads it; an invalidation in a request is seen by the rest of that request."""

import pytest

from archive import stats

pytestmark = pytest.mark.django_db


class CountingCache:
    """The cache, with its reads of each key counted."""

    def __init__(self, cache):
        self.cache = cache
        self.reads = {}

    def get(self, key, *args, **kwargs):
        self.reads[key] = self.reads.get(key, 0) + 1
        return self.cache.get(key, *args, **kwargs)

    def get_or_set(self, key, *args, **kwargs):
        self.reads[key] = self.reads.get(key, 0) + 1
        return self.cache.get_or_set(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


@pytest.fixture
def counted(monkeypatch):
    stats.cache.clear()
    wrapper = CountingCache(stats.cache)
    monkeypatch.setattr(stats, "cache", wrapper)
    yield wrapper
    stats.request_finished()


def test_within_a_request_the_version_and_a_value_are_read_once(counted):
    stats.version()  # the version and the token exist before the request, as on a running site
    stats.derived_park_names()
    counted.reads.clear()
    stats.request_started()
    assert len({stats.version() for _ in range(4)}) == 1
    assert [stats.cached("answer", lambda: 42) for _ in range(3)] == [42, 42, 42]
    stats.derived_park_names()
    stats.derived_park_names()
    assert counted.reads[stats.VERSION_KEY] == 1
    assert counted.reads[f"archive:stats:{stats.version()}:answer"] == 1
    assert counted.reads[stats.DERIVED_NAMES_KEY] == 1


def test_outside_a_request_every_ask_reads_the_cache(counted):
    stats.request_finished()
    stats.version()
    counted.reads.clear()
    stats.version()
    stats.version()
    assert counted.reads[stats.VERSION_KEY] == 2


def test_an_invalidation_within_a_request_is_seen_by_the_rest_of_it(counted):
    stats.request_started()
    before = stats.version()
    assert stats.cached("answer", lambda: "old") == "old"
    stats.invalidate()
    assert stats.version() != before
    assert stats.cached("answer", lambda: "new") == "new"


def test_a_new_request_reads_the_version_again(counted):
    stats.request_started()
    first = stats.version()
    stats.request_finished()
    stats.invalidate()  # by another process, between the requests
    stats.request_started()
    assert stats.version() != first

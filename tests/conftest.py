"""Fixtures for every test."""

import pytest
from django.core.cache import caches

from tests.processes import archives  # noqa: F401  (real archives for the tests that run manage.py)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Each test starts with no requests counted against the rate limits (archive/throttling.py)."""
    caches["ratelimit"].clear()
    yield


@pytest.fixture(autouse=True)
def _no_kept_values():
    """Each test starts with no per-process kept values (``archive.stats.kept_by_counts``):
    tests rolled back to the same counts generation would otherwise see another test's
    drawn maps, as a fresh worker never does."""
    from archive import stats

    stats.forget_kept()
    yield
    stats.forget_kept()

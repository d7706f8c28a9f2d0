"""Fixtures for every test."""

import pytest
from django.core.cache import caches

from tests.processes import archives  # noqa: F401  (real archives for the tests that run manage.py)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Each test starts with no requests counted against the rate limits (archive/throttling.py)."""
    caches["ratelimit"].clear()
    yield

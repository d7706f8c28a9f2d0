"""Fixtures for every test."""

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Each test starts with no requests counted against the rate limits (archive/throttling.py)."""
    caches["ratelimit"].clear()
    yield

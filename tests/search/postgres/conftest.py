import pytest


@pytest.fixture
def search_backend(settings):
    """The PostgreSQL backend's own tests run on it alone."""
    settings.SEARCH_BACKEND = "postgres"
    return "postgres"

import pytest


@pytest.fixture
def search_backend(settings):
    """The Whoosh backend's own tests run on it alone."""
    settings.SEARCH_BACKEND = "whoosh"
    return "whoosh"

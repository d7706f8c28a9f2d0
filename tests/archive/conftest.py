import io
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.models import Article

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


@pytest.fixture
def archive():
    """The gazetteer and the five fixture pages, published (with their figures)."""
    call_command("load_parks", verbosity=0)
    call_command("import_pages", str(PAGES), "--publish", "--jobs", "1", stdout=io.StringIO(), stderr=io.StringIO())
    return Article.objects.published()

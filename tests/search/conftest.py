"""A small named world for the search tests, built in code. The index lives in the
test run's temporary data dir and is emptied before every test.

Every test here runs once per search backend present (``search_backend``), through the
interface only; ``tests/search/whoosh/`` holds the Whoosh backend's own tests."""

import datetime
import re
from pathlib import Path

import pytest

from archive.models import Article, ArticlePark, Byline, Park, Reporter
from search import indexing
from search.backends import get_backend, present

FIXTURE_PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


@pytest.fixture(params=present())
def search_backend(request, settings):
    """The name of the backend under test: every one present, in turn."""
    settings.SEARCH_BACKEND = request.param
    return request.param


@pytest.fixture(autouse=True)
def empty_index(db, search_backend):
    be = get_backend()
    be.clear()
    be.reset()
    yield be


@pytest.fixture
def engine_runs(monkeypatch):
    """Every call of the engine's own ``run`` (the real one runs), as its options."""
    backend = get_backend()
    calls = []
    real = backend.run

    def counted(compiled, **options):
        calls.append(options)
        return real(compiled, **options)

    monkeypatch.setattr(backend, "run", counted)
    return calls


def make_park(name, short_name="", province="", aliases="", slug=None, **kwargs):
    return Park.objects.create(
        name=name, short_name=short_name, province=province, aliases=aliases, slug=slug or "", **kwargs
    )


def make_reporter(name, slug=None):
    return Reporter.objects.create(name=name, slug=slug or "")


def make_article(
    headline,
    body="",
    parks=(),
    reporters=(),
    published_on=datetime.date(2021, 3, 1),
    status=Article.Status.PUBLISHED,
    **kwargs,
):
    article = Article.objects.create(headline=headline, body=body, status=status, published_on=published_on, **kwargs)
    for i, park in enumerate(parks):
        ArticlePark.objects.create(article=article, park=park, is_primary=i == 0, mentions=1)
    for i, reporter in enumerate(reporters):
        Byline.objects.create(article=article, reporter=reporter, role=Byline.Role.STAFF, order=i)
    return article


def fixture_articles():
    """``[(headline, body)]`` cut crudely from the fixture pages at their heading lines."""
    out = []
    for path in sorted(FIXTURE_PAGES.glob("*.txt")):
        headline, paragraphs = None, []
        for chunk in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            chunk = chunk.strip()
            if chunk.startswith("#"):
                level_text = chunk.lstrip("#").strip()
                if chunk.startswith("## ") or chunk.startswith("### "):
                    if headline and paragraphs:
                        out.append((headline, "\n\n".join(paragraphs)))
                    headline, paragraphs = level_text, []
                elif headline:
                    paragraphs.append(level_text)
            elif chunk and headline:
                paragraphs.append(chunk)
        if headline and paragraphs:
            out.append((headline, "\n\n".join(paragraphs)))
        if headline is None:  # a page without heading marks: one article, first line as headline
            chunks = [c.strip() for c in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if c.strip()]
            out.append((chunks[0], "\n\n".join(chunks[1:])))
    return out


def index_now():
    return indexing.process_queue()


@pytest.fixture
def archive(db):
    """The fixture pages, imported and published by the real importer, and indexed."""
    from django.core.management import call_command

    call_command("import_pages", "fixtures/pages", "--publish", verbosity=0)
    index_now()

"""A facet value's articles by date on PostgreSQL (``listing``): the page and count of the
general statement. Needs a PostgreSQL DATABASE_URL."""

import datetime

import pytest
from django.db import connection

from search import indexing
from search.backends import get_backend
from search.backends.base import Filters
from search.backends.postgres import compiler
from search.language import parse

from ..conftest import index_now, make_article, make_park, make_reporter

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")


@pytest.fixture
def dated(db, settings):
    settings.SEARCH_BACKEND = "postgres"
    zj = make_park("张江高新技术产业开发区", short_name="张江高新区", slug="zhangjiang")
    wh = make_park("武汉东湖新技术开发区", short_name="东湖高新区", slug="donghu")
    reporter = make_reporter("于大勇", slug="yu-dayong")
    days = [datetime.date(2020, 1, 1) + datetime.timedelta(days=7 * (n % 5)) for n in range(14)]
    articles = [
        make_article(
            f"第{n}篇",
            "园区新增项目。",
            parks=[zj] if n % 3 else [zj, wh],
            reporters=[reporter] if n % 2 else [],
            published_on=None if n == 4 else days[n],
        )
        for n in range(14)
    ]
    indexing.rebuild(procs=1)
    return articles


def listed_and_general(value_filters, sort, offset, limit, monkeypatch):
    """(``run`` through the listing, ``run`` of the general statement) for a filter alone."""
    backend = get_backend()
    compiled = backend.compile(parse(""), Filters(**value_filters))
    assert compiled.listing_value is not None
    listed = backend.run(compiled, sort=sort, offset=offset, limit=limit, facets=False)
    monkeypatch.setattr(compiled, "listing_value", None)
    general = backend.run(compiled, sort=sort, offset=offset, limit=limit, facets=False)
    return (listed.count, listed.ids), (general.count, general.ids)


CASES = [{"parks": ["zhangjiang"]}, {"parks": ["donghu"]}, {"reporters": ["yu-dayong"]}, {"years": [2020]}]


@pytest.mark.parametrize("value_filters", CASES)
@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_a_facet_values_page_from_the_listing_is_the_general_statements(dated, value_filters, sort, monkeypatch):
    for offset, limit in [(0, 5), (3, 5), (10, 20), (0, 0)]:
        listed, general = listed_and_general(value_filters, sort, offset, limit, monkeypatch)
        assert listed == general, (offset, limit)
    assert listed_and_general(value_filters, sort, 0, 20, monkeypatch)[0][0] > 0


def test_the_listing_follows_articles_as_they_change(dated, monkeypatch):
    from archive.models import Article, Park

    first, second = dated[1], dated[2]
    first.published_on = datetime.date(2030, 1, 1)
    first.save()
    second.status = Article.Status.REJECTED
    second.save()
    make_article("新的一篇", parks=[Park.objects.get(slug="zhangjiang")], published_on=datetime.date(2031, 1, 1))
    index_now()
    listed, general = listed_and_general({"parks": ["zhangjiang"]}, "newest", 0, 3, monkeypatch)
    assert listed == general
    newest = Article.objects.get(headline="新的一篇")
    assert listed[1][:2] == [newest.pk, first.pk] and second.pk not in listed[1]


def test_only_one_facet_value_alone_is_listed():
    def value(text="", **filters):
        return compiler.compile_query(parse(text), Filters(**filters)).listing_value

    assert value(parks=["zhangjiang"]) == "park:zhangjiang"
    assert value(reporters=["yu-dayong"]) == "reporter:yu-dayong"
    assert value("张江", parks=["zhangjiang"]) is None
    assert value(parks=["zhangjiang", "donghu"]) is None
    assert value(parks=["zhangjiang"], reporters=["yu-dayong"]) is None
    assert value(parks=["zhangjiang"], date_from=datetime.date(2020, 1, 1)) is None
    assert value("-张江", parks=["zhangjiang"]) is None

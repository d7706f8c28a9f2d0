"""Counts kept by the index writer on PostgreSQL (``counts``): a lone word's count and
facets, and the document frequencies, equal counting the matches. Needs a PostgreSQL
DATABASE_URL."""

import dataclasses
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article
from search import indexing
from search.backends import get_backend
from search.backends.base import Filters
from search.backends.postgres import counts, schema
from search.language import parse

from ..conftest import index_now, make_article, make_park, make_reporter

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")

WORDS = ["发展", "企业", "创新", "园区", "项目", "瞪羚企业"]


@pytest.fixture
def faceted_words(db, settings, monkeypatch):
    """Every word is faceted; articles with parks, reporters, provinces and years."""
    settings.SEARCH_BACKEND = "postgres"
    monkeypatch.setattr(counts, "FACETED_MIN", 1)
    monkeypatch.setattr(counts, "FACETED_SHARE", 0)
    monkeypatch.setattr(counts, "FACETED_VALUE_MIN", 1)
    parks = [make_park(f"第{n}高新区", province=p, slug=f"park{n}") for n, p in enumerate(["江苏", "浙江", "广东"])]
    reporters = [make_reporter(name, slug=f"r{n}") for n, name in enumerate(["王明", "李华"])]
    articles = [
        make_article(
            f"第{n}篇报道",
            "高质量发展。" * (n % 4) + "企业创新。" * (n % 3) + "瞪羚企业。" * (n % 2) + "园区今年新增项目多个。",
            parks=parks[n % 3 : n % 3 + 1 + n % 2],
            reporters=reporters[: n % 3],
            published_on=datetime.date(2018 + n % 4, 3, 1),
        )
        for n in range(1, 15)
    ]
    indexing.rebuild(procs=1)
    return articles


def both_ways(backend, text, **options):
    """``run`` of ``text`` with the counts, and counting every match instead."""
    compiled = backend.compile(parse(text), Filters())
    kept = backend.run(compiled, **options)
    counted = backend.run(dataclasses.replace(compiled, lone_word=None), **options)
    return compiled, kept, counted


def kept_rows():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT lexeme, value, n FROM {counts.COUNTS} WHERE n <> 0 ORDER BY 1, 2")
        return cursor.fetchall()


def recounted_rows():
    """The counts built from the table as it is now, of the words faceted when it was built
    (a word first seen since then is faceted from its matches until a rebuild)."""
    with connection.cursor() as cursor:
        counts.build(cursor, schema.TABLE, "_check")
        cursor.execute(
            f"SELECT lexeme, value, n FROM {counts.COUNTS}_check WHERE (value = '' AND lexeme NOT LIKE '%:%') "
            f"OR lexeme IN (SELECT lexeme FROM {counts.FACETED}) ORDER BY 1, 2"
        )
        rows = cursor.fetchall()
        cursor.execute(f"DROP TABLE {counts.COUNTS}_check, {counts.FACETED}_check")
    return rows


def test_a_lone_words_kept_count_and_facets_equal_counting_its_matches(faceted_words):
    backend = get_backend()
    for text in WORDS:
        for options in ({}, {"facet_limit": 1}, {"limit": 0}, {"facets": False, "offset": 3}):
            compiled, kept, counted = both_ways(backend, text, **options)
            assert kept == counted, (text, options)
    compiled, kept, _ = both_ways(backend, "发展")
    assert compiled.lone_word and kept.count > 3 and kept.facets["park"] and kept.facets["reporter"]
    assert backend.compile(parse("发展 企业"), Filters()).lone_word is None
    assert backend.compile(parse("发展"), Filters(parks=["park1"])).lone_word is None
    assert backend.compile(parse("发展 -企业"), Filters()).lone_word is None


VALUES = [Filters(parks=["park1"]), Filters(reporters=["r0"]), Filters(provinces=["江苏"]), Filters(years=[2019])]


def value_both_ways(backend, filters, **options):
    """``run`` of one facet value with the counts, and counting every match instead."""
    compiled = backend.compile(parse(""), filters)
    kept = backend.run(compiled, **options)
    counted = backend.run(dataclasses.replace(compiled, listing_value=None), **options)
    return compiled, kept, counted


def test_a_lone_facet_values_kept_count_and_facets_equal_counting_its_matches(faceted_words):
    backend = get_backend()
    options = (
        {},
        {"limit": 0},
        {"sort": "newest"},
        {"sort": "oldest", "offset": 3},
        {"facet_limit": 1},
        {"facets": False},
    )
    for filters in VALUES:
        for option in options:
            compiled, kept, counted = value_both_ways(backend, filters, **option)
            assert compiled.listing_value and kept == counted and kept.count > 0, (filters, option)
    _compiled, kept, _counted = value_both_ways(backend, Filters(parks=["park1"]), limit=0)
    assert kept.facets["park"][0] == ("park1", kept.count) and kept.facets["year"] and kept.facets["province"]


def test_a_facet_values_facets_are_read_from_the_counts(faceted_words):
    backend = get_backend()
    compiled = backend.compile(parse(""), Filters(parks=["park1"]))
    backend.run(compiled, limit=0)  # the table's format is read once
    with CaptureQueriesContext(connection) as queries:
        backend.run(compiled, limit=0)
        backend.run(compiled, sort="newest")
    assert not any(f"FROM {schema.TABLE}" in q["sql"] for q in queries.captured_queries)


def test_the_counts_follow_edited_new_and_withdrawn_articles(faceted_words):
    backend = get_backend()
    first, second = faceted_words[0], faceted_words[1]
    first.body = "发展。" * 5 + "新的瞪羚企业。"
    first.save()
    second.status = Article.Status.REJECTED
    second.save()
    make_article("新增报道", "企业发展创新。", parks=[make_park("新区", province="四川", slug="new")])
    index_now()
    assert kept_rows() == recounted_rows()
    for text in WORDS:
        _compiled, kept, counted = both_ways(backend, text)
        assert kept == counted, text
    for filters in VALUES:
        _compiled, kept, counted = value_both_ways(backend, filters)
        assert kept == counted, filters


def test_document_frequencies_are_the_numbers_of_articles_with_each_word(faceted_words):
    backend = get_backend()
    words = [w for w in WORDS if w != "瞪羚企业"]  # not one word: 瞪, 羚, 企业
    found = counts.doc_frequencies(backend._read, [*words, "没有的词"])
    for word in words:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {schema.TABLE} WHERE words @@ %s::tsquery", [f"'{word}'"])
            assert found.get(word, 0) == cursor.fetchone()[0] > 0, word
    assert "没有的词" not in found


def test_the_number_of_articles_is_kept_through_new_and_withdrawn_articles(faceted_words):
    backend = get_backend()
    faceted_words[0].status = Article.Status.REJECTED
    faceted_words[0].save()
    make_article("新增报道", "企业发展创新。")
    make_article("又一篇报道", "园区项目。")
    index_now()
    with CaptureQueriesContext(connection) as queries:
        n = backend.doc_count()
    assert not any("count(*)" in q["sql"].lower() for q in queries.captured_queries)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {schema.TABLE}")
        assert n == cursor.fetchone()[0] == len(faceted_words) + 1

"""Answers kept while the index is unchanged (search/backends/results.py), on every engine:
a repeat, the next page and the facet counts cost no engine work, and any change to the
index is seen by the very next search."""

import datetime

import pytest

from archive.models import Article
from search import query
from search.backends import get_backend, results
from search.query import Filters

from .conftest import index_now, make_article, make_park


@pytest.fixture
def world(db):
    park = make_park("上海张江高新技术产业开发区", "上海张江高新区", "上海", slug="zhangjiang-gxq")
    for i in range(25):
        make_article(
            f"张江药物实验室第{i}次开放日",
            f"上海张江高新区的药物实验室第{i}次向市民开放。",
            parks=[park],
            published_on=datetime.date(2021, 1, 1) + datetime.timedelta(days=i),
        )
    index_now()
    return park


def test_a_repeated_search_is_answered_without_the_engine(world, engine_runs):
    first = query.search("药物实验室")
    again = query.search("药物实验室")
    assert len(engine_runs) == 1
    assert [a.pk for a in again.articles] == [a.pk for a in first.articles]
    assert again.count == first.count == 25
    assert again.facets == first.facets and again.facets["park"][0]["count"] == 25


def test_the_next_page_reuses_the_count_and_facets_of_the_first(world, engine_runs):
    first = query.search("药物实验室", page=1)
    second = query.search("药物实验室", page=2)
    assert [o["facets"] for o in engine_runs] == [True, False]  # page 2 asked the engine for its ids only
    assert second.count == 25 and second.facets == first.facets
    assert len(second.articles) == 5 and not {a.pk for a in first.articles} & {a.pk for a in second.articles}


def test_a_park_pages_counts_and_list_are_kept_too(world, engine_runs):
    filters = Filters(parks=[world.slug])
    assert query.facet_counts(filters) == query.facet_counts(filters)
    assert query.listing(filters, 0, 10) == query.listing(filters, 0, 10)
    assert len(engine_runs) == 2


def test_an_article_published_after_a_search_is_found_by_the_next_one(world):
    assert query.search("量子计算").count == 0
    article = make_article("量子计算中心落户张江", "量子计算中心今天揭牌。", parks=[world])
    index_now()
    assert [a.pk for a in query.search("量子计算").articles] == [article.pk]


def test_an_article_withdrawn_after_a_search_is_gone_from_the_next_one(world):
    found = query.search("第3次开放日")
    withdrawn = Article.objects.get(pk=found.articles[0].pk)
    withdrawn.status = Article.Status.REVIEW
    withdrawn.save()
    index_now()
    again = query.search("第3次开放日")
    assert withdrawn.pk not in [a.pk for a in again.articles]
    assert again.count == found.count - 1


def test_the_generation_token_changes_with_every_change_to_the_index(world):
    backend = get_backend()
    before = backend.generation()
    assert before is not None and backend.generation() == before  # stable while nothing changes
    make_article("新的一篇", "内容。", parks=[world])
    index_now()
    changed = backend.generation()
    assert changed != before
    backend.clear()
    assert backend.generation() not in (before, changed)


def test_with_the_cache_off_every_search_asks_the_engine(world, engine_runs, settings):
    settings.SEARCH_RESULTS_CACHE = False
    query.search("药物实验室")
    query.search("药物实验室")
    assert len(engine_runs) == 2


class BrokenCache:
    def get_many(self, keys):
        raise OSError("cache unreadable")

    def set_many(self, entries, timeout=None):
        raise OSError("No space left on device")


def test_a_cache_that_fails_still_gets_an_answer(world, engine_runs, monkeypatch):
    monkeypatch.setattr(results, "cache", BrokenCache())
    assert query.search("药物实验室").count == 25
    assert query.search("药物实验室").count == 25
    assert len(engine_runs) == 2

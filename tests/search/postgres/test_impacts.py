"""Ranking among bounded candidates on PostgreSQL (``impacts``, ``related``): the page is
the page of ranking every match. Needs a PostgreSQL DATABASE_URL."""

import random

import pytest
from django.db import connection

from search import indexing
from search.backends import get_backend
from search.backends.base import Filters
from search.backends.postgres import backend as engine
from search.backends.postgres import impacts, related
from search.language import parse

from ..conftest import index_now, make_article, make_park

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")

FILLER = "园区今年新增项目多个。"


@pytest.fixture
def common_words(db, settings, monkeypatch):
    """Every word is common and keeps two articles, so the lists bound almost every query."""
    settings.SEARCH_BACKEND = "postgres"
    for name, value in {"COMMON_MIN": 1, "COMMON_SHARE": 0, "KEPT": 2, "SAMPLE": 1}.items():
        monkeypatch.setattr(impacts, name, value)
    articles = [
        make_article(f"第{n}篇报道", "高质量发展。" * (n % 4) + "企业创新。" * (n % 3) + FILLER * (n % 5 + 1))
        for n in range(1, 13)
    ]
    indexing.rebuild(procs=1)
    return articles


def pages(backend, monkeypatch, text, offset=0, limit=3):
    """(the page as run, whether the lists answered it, the page ranking every match)."""
    compiled = backend.compile(parse(text), Filters())
    bounded = backend._bounded_page(compiled, offset, limit)
    found = backend.run(compiled, offset=offset, limit=limit, facets=False)
    with monkeypatch.context() as m:
        m.setattr(engine.PostgresBackend, "_bounded_page", lambda *args: None)
        exact = backend.run(compiled, offset=offset, limit=limit, facets=False)
    return found.ids, bounded is not None, exact.ids


def test_a_page_ranked_among_the_common_words_lists_is_the_page_of_ranking_every_match(common_words, monkeypatch):
    backend = get_backend()
    ids, bounded, exact = pages(backend, monkeypatch, "发展", limit=1)
    assert bounded and ids == exact and len(ids) == 1
    for text, offset in [("发展", 0), ("发展", 2), ("发展 企业", 0), ("创新", 1)]:
        ids, _bounded, exact = pages(backend, monkeypatch, text, offset)
        assert ids == exact, text


def test_a_page_of_character_terms_ranked_among_their_lists_is_the_page_of_ranking_every_match(
    common_words, monkeypatch
):
    backend = get_backend()
    # The sum of a query's lists' floors bounds the others: one article far above them.
    first = make_article("第13篇报道", "高质量发展。" * 40 + FILLER)
    index_now()
    ids, bounded, exact = pages(backend, monkeypatch, "量发展", limit=1)
    assert bounded and ids == exact == [first.pk]
    for text, offset in [('"高质量发展"', 0), ("量发展", 2), ("质量发 创新", 0), ("业创新", 1), ('"今年新增"', 1)]:
        ids, _bounded, exact = pages(backend, monkeypatch, text, offset)
        assert ids == exact, text


def test_a_rank_of_character_terms_is_within_the_bound_of_their_own_ranks(db):
    """``impacts.bound`` against PostgreSQL's ``ts_rank_cd``: three lexemes (and others) at
    random positions - alternating, repeated, apart - in 400 vectors; their AND at most
    three times the least of their own ranks, their phrase at most the sum."""
    rng = random.Random(14)
    vectors = []
    for _ in range(400):
        terms = {}
        for position in sorted(rng.sample(range(1, 60), rng.randint(3, 40))):
            terms.setdefault(rng.choice("abcxy"), []).append(str(position))
        vectors.append(" ".join(f"{t}:{','.join(ps)}" for t, ps in terms.items()))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_rank_cd(v, 'a & b & c', 1), ts_rank_cd(v, 'a <-> b <-> c', 1), ts_rank_cd(v, 'a', 1), "
            "ts_rank_cd(v, 'b', 1), ts_rank_cd(v, 'c', 1) FROM unnest(%s::tsvector[]) v",
            [vectors],
        )
        ranks = cursor.fetchall()
    assert sum(1 for and_rank, *_ in ranks if and_rank > 0) > 100
    for and_rank, phrase_rank, *alone in ranks:
        assert and_rank <= impacts.bound(alone, required=3)
        assert phrase_rank <= impacts.bound(alone)


def test_the_lists_follow_an_edited_article(common_words, monkeypatch):
    backend = get_backend()
    last = common_words[-1]
    last.body = "高质量发展。" * 30
    last.save()  # queued, and applied by the writer
    index_now()
    for text in ["发展", "量发展"]:  # a word's list and a character term's
        ids, bounded, exact = pages(backend, monkeypatch, text, limit=1)
        assert ids == exact == [last.pk], text
        assert bounded, text


def test_related_articles_scored_a_few_at_a_time_are_the_exact_best(db, settings, monkeypatch):
    settings.SEARCH_BACKEND = "postgres"
    park = make_park("宿迁高新技术产业开发区", slug="suqian")
    for n in range(12):
        make_article(
            f"第{n}篇", "瞪羚企业。" * (n % 3) + "孵化器。" * (n % 4) + FILLER, parks=[park] if n % 5 == 0 else []
        )
    index_now()
    backend = get_backend()
    n = backend.doc_count()
    args = (n, ["瞪羚企业", "孵化器"], ["suqian"], None, 4)
    monkeypatch.setattr(related, "SCORED", 1000)
    everything = related.more_like(backend._read_indexed, *args)
    monkeypatch.setattr(related, "SCORED", 1)  # forces the bound to reject and score again
    assert related.more_like(backend._read_indexed, *args) == everything
    assert len(everything) == 4

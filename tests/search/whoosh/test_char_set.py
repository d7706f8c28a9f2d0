"""The ``char_set`` field: each Han character of an article once, where a lone character
(京) is looked up as one term instead of every char term starting with it."""

from haystack.constants import DJANGO_ID

from search import analysis, indexing
from search.backends import get_backend
from search.backends.whoosh import compiler
from search.backends.whoosh.fields import CHAR_SET_FIELD

from ..conftest import index_now, make_article


def char_set_of(article):
    """The terms of ``article`` in ``char_set``, from Whoosh's own reader."""
    searcher = get_backend().searcher()
    reader = searcher.reader()
    docnum = searcher.document_number(**{DJANGO_ID: str(article.pk)})
    return {
        t.decode("utf-8")
        for t in reader.lexicon(CHAR_SET_FIELD)
        if docnum in reader.postings(CHAR_SET_FIELD, t).all_ids()
    }


def test_it_holds_each_han_character_of_the_headline_and_text_once(db):
    article = make_article("京津冀协同發展", "会议在京召开，SMC公司2024年签约。\n京")
    index_now()
    expected = set("京津冀协同发展会议在召开公司年签约")
    assert char_set_of(article) == expected


def test_its_postings_are_document_numbers_only(db):
    make_article("京京京", "京")
    make_article("北京", "正文")
    index_now()
    reader = get_backend().searcher().reader()
    field = reader.schema[CHAR_SET_FIELD]
    m = reader.postings(CHAR_SET_FIELD, "京".encode())
    weights = []
    while m.is_active():
        weights.append((m.weight(), m.value()))
        m.next()
    assert weights == [(1.0, None), (1.0, None)]  # no frequencies, no positions
    assert not field.scorable and not field.format.supports("positions")


def test_a_lone_character_scores_the_char_weight_once_in_every_document_with_it(db):
    once = make_article("新闻", "在京")
    often = make_article("京京京", "京城北京")
    make_article("上海", "沪")
    index_now()
    be = get_backend()
    snap = be.snapshot()
    hits = snap.run(compiler.char_query(analysis.query_term("京")))
    article = {d: int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in hits.ids.tolist()}
    assert sorted(article.values()) == sorted([once.pk, often.pk])
    assert hits.scores.tolist() == [compiler.CHAR_WEIGHT, compiler.CHAR_WEIGHT]


def test_a_full_rebuild_writes_it_too(db):
    article = make_article("京津冀", "协同发展，京")
    index_now()
    indexing.rebuild(procs=1)
    assert char_set_of(article) == set("京津冀协同发展")

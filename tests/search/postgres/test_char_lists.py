"""The common character terms' lists gathered while a rebuild in processes writes the rows
(``char_lists``) are the lists ``impacts.build`` makes in SQL. Needs a PostgreSQL
DATABASE_URL."""

import pytest
from django.db import connection

from archive.models import Article
from search import indexing
from search.backends.postgres import char_lists, documents, impacts, schema
from search.search_indexes import ArticleIndex

from ..conftest import make_article

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")

TEXTS = [
    "高质量发展。企业创新。",
    "园区今年新增项目多个。" * 3 + "高质量发展。",
    "它说：'营商环境'是\\关键\\。",  # a quote and backslashes: the literal's slow path
    "创新" * 300 + "。",  # over 256 positions of a lexeme
    "京",
    "4191.83亿元，同比增长12.5%。SMC公司在张江。",
]


def lists():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT lexeme, score, article_id FROM {impacts.CHARS.impact} ORDER BY 1, 2, 3")
        kept = cursor.fetchall()
        cursor.execute(f"SELECT lexeme, floor FROM {impacts.CHARS.common} ORDER BY 1")
        return kept, cursor.fetchall()


@pytest.mark.django_db
def test_a_score_gathered_while_writing_is_the_score_postgresql_computes(settings):
    settings.SEARCH_BACKEND = "postgres"
    for n, text in enumerate(TEXTS):
        make_article(f"第{n}篇报道", text)
    indexing.rebuild(procs=1)
    index = ArticleIndex()
    gathered = []
    for article in Article.objects.order_by("pk"):
        counts = {}
        documents.chars_vector(index.full_prepare(article)["chars"], counts)
        collector = char_lists.Collector(dict.fromkeys(counts, float("-inf")))
        collector.add(article.pk, counts)
        gathered += collector.pairs
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT lexeme, score, article_id FROM ({impacts.scores(schema.TABLE, impacts.CHARS)}) s")
        computed = cursor.fetchall()
    assert len(gathered) > 50
    assert sorted(gathered) == sorted(computed)  # the same floats, to the last bit


@pytest.mark.django_db(transaction=True)
def test_lists_gathered_from_a_sample_are_the_lists_built_in_sql(settings, monkeypatch):
    settings.SEARCH_BACKEND = "postgres"
    for name, value in {"COMMON_MIN": 1, "COMMON_SHARE": 0.3, "KEPT": 4, "SAMPLE": 3}.items():
        monkeypatch.setattr(impacts, name, value)
    # Which articles are sampled depends on their ids (``id % SAMPLE``), which depend on the
    # tests run before: every term is in most articles of each class of ``n % SAMPLE``.
    for n in range(1, 31):
        make_article(f"第{n}篇", "高质量发展。" * (n % 4) + "企业创新。" * (n % 7) + "园区新增项目。" * (n % 5 + 1))
    indexing.rebuild(procs=2, batch_size=4)
    gathered = lists()
    indexing.rebuild(procs=1)
    built_in_sql = lists()
    assert gathered == built_in_sql
    assert {lexeme for lexeme, _s, _a in gathered[0]} >= {"质量", "发展", "创新", "项目"}
    assert len({a for _l, _s, a in gathered[0]}) > 4  # sampled articles and the others


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_in_processes_leaves_no_work_tables(settings):
    settings.SEARCH_BACKEND = "postgres"
    make_article("宿迁高新区", "拿地即开工。")
    indexing.rebuild(procs=2, batch_size=1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s), to_regclass(%s)", [char_lists.PAIRS, char_lists.CUTS])
        assert cursor.fetchone() == (None, None)

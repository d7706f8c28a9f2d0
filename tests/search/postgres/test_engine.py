"""The PostgreSQL engine's own behaviour (the shared behaviour is in ``tests/search/``):
its table's life cycle and the literals it writes. Needs a PostgreSQL DATABASE_URL."""

import pytest
from django.db import connection

from archive.models import Article
from search import analysis, indexing, query
from search.backends import get_backend
from search.backends.base import Filters, IndexOutdated, IndexState
from search.backends.postgres import counts, documents, impacts, schema
from search.positions import unit_positions, word_positions

from ..conftest import index_now, make_article, make_park

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")


@pytest.fixture
def backend(db, settings):
    settings.SEARCH_BACKEND = "postgres"
    be = get_backend()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {schema.TABLE}")
    be.reset()
    return be


def test_a_fresh_database_has_no_index_and_searches_find_nothing(backend):
    make_article("宿迁高新区拿地即开工", "正文")
    assert indexing.index_state() == IndexState.MISSING
    assert query.search("拿地即开工").count == 0
    assert query.index_size() == 0


def test_the_first_change_creates_the_table_and_a_rebuild_replaces_it(backend):
    article = make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    assert indexing.index_state() == IndexState.CURRENT
    assert query.search("拿地即开工").count == 1
    Article.objects.filter(pk=article.pk).update(headline="宿迁高新区瞪羚企业")  # no signal
    indexing.rebuild()
    assert query.search("瞪羚企业").count == 1 and query.search("拿地即开工").count == 0


def test_a_table_of_another_format_is_outdated_until_rebuilt(backend):
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    with connection.cursor() as cursor:
        cursor.execute(f"COMMENT ON TABLE {schema.TABLE} IS 'archive search index, format 0'")
    assert not indexing.index_is_current()
    indexing.rebuild()
    assert indexing.index_state() == IndexState.CURRENT


def test_lexemes_with_quotes_and_backslashes_round_trip(backend):
    odd = "l'o\\r:* & !张江"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT %s::tsvector @@ %s::tsquery, %s::tsvector @@ %s::tsquery",
            [documents.quote(odd) + ":1", documents.quote(odd), documents.quote(odd) + ":1", documents.quote("张江")],
        )
        assert cursor.fetchone() == (True, False)


def test_positions_beyond_postgresqls_limit_are_clamped_not_refused(backend):
    article = make_article("长文", "。".join(["园区"] * 9000) + "。瞪羚企业")
    index_now()
    assert query.search("瞪羚企业").count == 1
    assert article.pk in [a.pk for a in query.search("园区").articles]


def positions_in(literal):
    """``{lexeme: [(position, weight)]}`` of a ``tsvector`` literal, as PostgreSQL keeps it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT lexeme, positions, weights FROM unnest(%s::tsvector)", [literal])
        return {lexeme: list(zip(p, w, strict=True)) for lexeme, p, w in cursor.fetchall()}


def as_kept(pairs):
    """``(position, weight)`` pairs as PostgreSQL keeps them: clamped to its last position,
    one a position (its highest weight), in order, the first 256."""
    best = {}
    for p, w in pairs:
        p = min(p, documents.MAX_POSITION)
        best[p] = min(best.get(p, w), w)  # "A" before "D"
    return sorted(best.items())[: documents.MAX_POSITIONS_PER_TERM]


@pytest.mark.parametrize(
    "text",
    ["宿迁高新区拿地即开工，园区企业创新。", "园区l'o\\r企业", "园区。" * 300, "园区企业。" * 9000 + "瞪羚企业"],
    ids=["plain", "quotes", "over-256", "over-16383"],
)
def test_the_vectors_hold_the_analyzers_positions_from_one_as_postgresql_keeps_them(backend, text):
    units = unit_positions(analysis.normalize(text))
    assert positions_in(documents.chars_vector(text)) == {
        t: as_kept((p + 1, "D") for p in ps) for t, ps in units.items()
    }
    head = word_positions(analysis.normalize("园区新闻"))
    body = word_positions(analysis.normalize(text))
    after = max(p[-1] for p in head.values()) + 2
    assert positions_in(documents.words_vector("园区新闻", text)) == {
        t: as_kept([(p + 1, "A") for p in head.get(t, [])] + [(p + 1 + after, "D") for p in body.get(t, [])])
        for t in head | body
    }


def test_the_headline_weighs_more_than_the_text(backend):
    in_text = make_article("一篇报道", "文中提到光谷。")
    in_headline = make_article("光谷一篇报道", "正文。")
    index_now()
    assert [a.pk for a in query.search("光谷").articles] == [in_headline.pk, in_text.pk]


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_in_two_processes_indexes_every_article_in_the_same_session(settings):
    settings.SEARCH_BACKEND = "postgres"
    articles = [make_article(f"第{n}篇报道", f"宿迁高新区第{n}批项目拿地即开工。") for n in range(5)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        session = cursor.fetchone()[0]
    assert indexing.rebuild(procs=2, batch_size=2) == 5
    assert {a.pk for a in query.search("拿地即开工", per_page=10).articles} == {a.pk for a in articles}
    with connection.cursor() as cursor:  # the children never closed the parent's session (its writer lock)
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] == session


def test_a_search_on_a_table_of_another_format_says_to_rebuild(backend):
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    with connection.cursor() as cursor:
        cursor.execute(f"COMMENT ON TABLE {schema.TABLE} IS 'archive search index, format 3'")
    backend.reset()
    with pytest.raises(IndexOutdated, match="search_rebuild"):
        query.search("拿地即开工")


def test_the_table_keeps_words_and_facets_in_the_row_and_compresses_the_text_columns(backend):
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    with connection.cursor() as cursor:
        method = schema.compression(cursor)[0]  # l(z4) where the server has it, else p(glz)
        cursor.execute(
            "SELECT attname, attstorage, attcompression FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attname IN ('words', 'chars', 'facet_values', 'park_slugs') ORDER BY attname",
            [schema.TABLE],
        )
        assert cursor.fetchall() == [
            ("chars", "x", method),
            ("facet_values", "m", ""),
            ("park_slugs", "m", ""),
            ("words", "m", method),
        ]


def test_a_search_finds_its_matches_through_the_indexes_even_where_a_scan_looks_cheaper(backend):
    # On a few rows the planner would scan the table, reading every row's tsvector
    # values; at 100k that is most of a search's time (docs/benchmarks.md).
    park = make_park("宿迁高新技术产业开发区", slug="suqian")
    for n in range(3):
        make_article(f"第{n}篇报道拿地即开工", "正文", parks=[park])
    index_now()
    plans = []

    def explain(execute, sql, params, many, context):
        if "WITH m AS" in sql:
            with context["connection"].connection.cursor() as cursor:  # psycopg's own: not wrapped again
                cursor.execute("EXPLAIN " + sql, params)
                plans.append("\n".join(r[0] for r in cursor.fetchall()))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(explain):
        assert query.search("拿地即开工").count == 3
        assert query.search("", filters=Filters(parks=["suqian"]), sort="newest").count == 3
    assert len(plans) == 2
    assert all("Seq Scan" not in plan for plan in plans), plans
    with connection.cursor() as cursor:  # and only for those statements
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_in_processes_swaps_in_a_table_with_its_indexes_built_and_its_format(settings):
    settings.SEARCH_BACKEND = "postgres"
    make_article("宿迁高新区拿地即开工", "正文")
    assert indexing.rebuild(procs=2, batch_size=2) == 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE tablename = %s", [schema.TABLE])
        assert cursor.fetchone()[0] == 1 + sum(len(part) for part in schema.index_statements(schema.TABLE))
    assert indexing.index_state() == IndexState.CURRENT


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_in_processes_makes_the_same_lists_and_counts_as_one_process(settings, monkeypatch):
    settings.SEARCH_BACKEND = "postgres"
    for name, value in {"COMMON_MIN": 1, "COMMON_SHARE": 0, "KEPT": 2, "SAMPLE": 1}.items():
        monkeypatch.setattr(impacts, name, value)
    monkeypatch.setattr(counts, "FACETED_MIN", 1)
    monkeypatch.setattr(counts, "FACETED_SHARE", 0)
    park = make_park("宿迁高新技术产业开发区", slug="suqian")
    for n in range(1, 8):
        make_article(f"第{n}篇报道", "高质量发展。" * (n % 4) + "企业创新。" * (n % 3), parks=[park] * (n % 2))

    def tables():
        with connection.cursor() as cursor:
            lists = []
            for kind in impacts.KINDS:
                cursor.execute(f"SELECT lexeme, score, article_id FROM {kind.impact} ORDER BY 1, 2, 3")
                lists.append(cursor.fetchall())
            cursor.execute(f"SELECT lexeme, value, n FROM {counts.COUNTS} ORDER BY 1, 2")
            return lists, cursor.fetchall()

    indexing.rebuild(procs=2, batch_size=2)
    in_processes = tables()
    indexing.rebuild(procs=1)
    assert in_processes == tables()
    assert all(in_processes[0]) and any(value for _lexeme, value, _n in in_processes[1])


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_generation_is_one_statement_and_none_without_its_table(settings):
    from django.test.utils import CaptureQueriesContext

    settings.SEARCH_BACKEND = "postgres"
    be = get_backend()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {schema.GENERATION}")
        assert schema.generation(cursor, in_transaction=False) is None  # the missing table is the answer
        schema.bump_generation(cursor)
    with CaptureQueriesContext(connection) as queries, connection.cursor() as cursor:
        token = schema.generation(cursor, in_transaction=False)
    with connection.cursor() as cursor:
        assert token and len(queries) == 1
        assert schema.generation(cursor) == token  # inside a transaction, the catalog first
        cursor.execute(f"DROP TABLE {schema.GENERATION}")
    be.reset()


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_a_searchs_settings_end_with_its_own_transaction(settings):
    settings.SEARCH_BACKEND = "postgres"
    be = get_backend()
    be.reset()
    try:
        make_article("宿迁高新区拿地即开工", "正文")
        index_now()
        with connection.cursor() as cursor:
            cursor.execute("SHOW work_mem")
            work_mem = cursor.fetchone()[0]
        statements = []

        def count(execute, sql, params, many, context):
            statements.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            assert be._read_indexed("SELECT current_setting('enable_seqscan')", []) == [("off",)]
        assert len(statements) == 2  # the settings, the statement: no restoring third
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('work_mem')")
            assert cursor.fetchone() == ("on", work_mem)
    finally:
        be.clear()
        be.reset()

"""The best articles of every common lexeme, kept so that ranking reads a bounded few.

Ranking by relevance ranks every match exactly (``ts_rank_cd``, which reads and
decompresses each match's ``words``, and ``chars`` for character terms): for a word in
85 % of the articles, 88,000 rows and seconds of server CPU at 100k; for 营商环境's 52,000
matches, 2.2 s for ``ts_rank_cd`` of ``chars`` alone (docs/benchmarks.md). This module
keeps, for each **common lexeme** (in ``COMMON_SHARE`` of the articles or more) of each
column (``Lists``: ``WORDS`` and ``CHARS``), its ``KEPT`` best articles by that lexeme's
own score (``impact``: ``search_pg_impact``, ``search_pg_char_impact``) and the **floor** -
the score no article outside the list exceeds (``common``).

A query's rank is ``ts_rank_cd`` of its words plus ``CHAR_WEIGHT`` times ``ts_rank_cd`` of
its character terms (plus constant bonuses: ``compiler``). ``ts_rank_cd`` sums over its
covers - spans of the article's positions of the query's lexemes, each starting at a
different position - each worth at most the harmonic mean of its positions' weights. The
words' query is an OR of words, whose covers are single positions; the character terms'
positions all weigh the same (D). Either way an article's rank of the query is at most the
sum of its ranks of each lexeme alone (one cover a position, worth its weight), whatever
the operators (``|``, ``&``, ``<->``), and for an article in no list of the query's common
lexemes at most the sum of their floors (``bound``). The page is then ranked exactly among
the **candidates** - the lists of the query's common lexemes and every article of its other
lexemes, which are rarer - and it is the exact page whenever its last score is above the
bound: no other match can come before it (``backend.run`` falls back to ranking every
match otherwise). A prefix (``'京':*``) stands for every lexeme it begins: a query with one
is never bounded.

The lists are made when the index is built (``build``: from the table, in SQL; a rebuild
in processes gathers the character terms' as it writes the rows, ``char_lists``) and kept
true as articles change (``update``): a changed article's entries are replaced by those
of its new scores above the floor, so an article outside a list is still below its floor.
A lexeme that becomes common later has no list (its query ranks every match); a rebuild
makes it one.
"""

from dataclasses import dataclass

from search.backends.postgres import catalog

COMMON_SHARE = 0.02  # of the articles: lexemes at least this common get a list …
COMMON_MIN = 500  # … and in this many articles at least (a small archive ranks every match)
KEPT = 500  # articles kept a common lexeme
SAMPLE = 20  # 1 article in SAMPLE gives each lexeme its cut (``build``)
# Relative margin on the floors: the lists' scores are computed here (double precision,
# as ``ts_rank_cd``), the page's by ``ts_rank_cd`` (float4 at the end).
MARGIN = 1e-4


@dataclass(frozen=True)
class Lists:
    """The lists of one ``tsvector`` column: its tables and the weights its rank gives a
    position of weight A and of weight D (``ts_rank_cd``'s weights as the compiler ranks
    the column: ``WORD_WEIGHTS`` for ``words``, PostgreSQL's default {0.1, 0.2, 0.4, 1.0}
    for ``chars``, whose positions are all D)."""

    column: str
    impact: str
    common: str
    weight_a: float
    weight_d: float


# The score of a lexeme alone in an article, as ``ts_rank_cd(weights, column, lexeme, 1)``
# computes it for a one-lexeme query: each position is a cover worth its weight, and the
# sum is divided by the log of the article's length plus one.
WORDS = Lists("words", "search_pg_impact", "search_pg_common", 1.0, 0.333)
CHARS = Lists("chars", "search_pg_char_impact", "search_pg_char_common", 1.0, 0.1)
KINDS = (WORDS, CHARS)
IMPACT, COMMON = WORDS.impact, WORDS.common
TABLES = tuple(t for kind in KINDS for t in (kind.impact, kind.common))


def create(cursor, kind, suffix=""):
    cursor.execute(f"DROP TABLE IF EXISTS {kind.impact}{suffix}, {kind.common}{suffix}")
    cursor.execute(f"CREATE TABLE {kind.common}{suffix} (lexeme text PRIMARY KEY, floor float8 NOT NULL)")
    cursor.execute(
        f"CREATE TABLE {kind.impact}{suffix} (lexeme text NOT NULL, score float8 NOT NULL, article_id bigint NOT NULL)"
    )


def scores(table, kind, where=""):
    """SQL of ``(lexeme, article_id, score)``: every lexeme of ``kind``'s column of the
    articles of ``table`` (``where``: a condition on them) with its score alone in the
    article. The article's length (its number of positions) is worked out once an article
    (``OFFSET 0`` keeps the planner from doing it once a lexeme)."""
    a, d = kind.weight_a, kind.weight_d
    return (
        f"SELECT u.lexeme, d.article_id, (cardinality(array_positions(u.weights, 'A')) * {a}::float4::float8 "
        f"+ (greatest(cardinality(u.positions), 1) - cardinality(array_positions(u.weights, 'A'))) "
        f"* {d}::float4::float8) / ln(d.n + 1) AS score "
        f"FROM (SELECT article_id, {kind.column} AS v, (SELECT sum(greatest(cardinality(positions), 1)) "
        f"FROM unnest({kind.column})) AS n FROM {table} {where} OFFSET 0) d, unnest(d.v) u"
    )


def build(cursor, table, kind, suffix=""):
    """Fill the lists of ``table``'s common lexemes of ``kind`` into its tables + ``suffix``.
    Sorting every (lexeme, article) pair of the common lexemes (33 million words, 63
    million characters terms at 100k) would cost minutes, so a sample of the articles (1
    in ``SAMPLE``) first gives each lexeme a **cut** - the score its ``KEPT / SAMPLE``-th
    best sampled article has, about that of its ``KEPT``-th best - and only the pairs at
    or above it are sorted (``floors``)."""
    create(cursor, kind, suffix)
    cursor.execute("DROP TABLE IF EXISTS pg_temp.common_cuts, pg_temp.common_words")
    cursor.execute(f"SELECT count(*) FROM {table}")
    cursor.execute(
        f"CREATE TEMPORARY TABLE common_words AS SELECT word AS lexeme "
        f"FROM ts_stat('SELECT {kind.column} FROM {table}') WHERE ndoc >= %s",
        [threshold(cursor.fetchone()[0])],
    )
    sampled = f"WHERE article_id %% {SAMPLE} = 0" if SAMPLE > 1 else ""
    rows = f"SELECT s.* FROM ({scores(table, kind, sampled)}) s JOIN common_words USING (lexeme)"
    cursor.execute(f"CREATE TEMPORARY TABLE common_cuts AS {cuts_sql(rows)}", [cut_rank()])
    rows = f"SELECT s.* FROM ({scores(table, kind)}) s JOIN common_cuts c USING (lexeme) WHERE s.score >= c.cut"
    cursor.execute(f"INSERT INTO {kind.impact}{suffix} {best(rows)}", [KEPT])
    cursor.execute("DROP TABLE common_cuts, common_words")
    index(cursor, kind, suffix)


def cut_rank():
    """A lexeme's cut is the score of its ``cut_rank()``-th best sampled article."""
    return max(1, KEPT // SAMPLE)


def threshold(articles):
    """In how many of ``articles`` articles a lexeme must be to be common."""
    return max(COMMON_MIN, int(articles * COMMON_SHARE))


def best(rows):
    """SQL of each lexeme's best rows of ``rows`` (SQL giving ``lexeme, score,
    article_id``), as many as its one parameter says: by score, ties by the lower article
    id - the lists' order (``build``, ``char_lists``)."""
    return (
        f"SELECT lexeme, score, article_id FROM (SELECT b.lexeme, b.score, b.article_id, row_number() OVER "
        f"(PARTITION BY b.lexeme ORDER BY b.score DESC, b.article_id) AS r FROM ({rows}) b) x WHERE r <= %s"
    )


def cuts_sql(rows):
    """SQL of ``(lexeme, cut)`` from sampled ``rows``: the least score of each lexeme's
    best, as many as the one parameter says (``cut_rank()``)."""
    return f"SELECT lexeme, min(score) AS cut FROM ({best(rows)}) c GROUP BY lexeme"


def index(cursor, kind, suffix=""):
    """The floors, indexes and statistics of lists just filled (``build``, ``char_lists``)."""
    floors(cursor, kind, suffix)
    cursor.execute(f"CREATE INDEX ON {kind.impact}{suffix} (lexeme, score DESC, article_id)")
    cursor.execute(f"CREATE INDEX ON {kind.impact}{suffix} (article_id)")
    cursor.execute(f"ANALYZE {kind.impact}{suffix}")
    cursor.execute(f"ANALYZE {kind.common}{suffix}")


def build_all(cursor, table, suffix=""):
    for kind in KINDS:
        build(cursor, table, kind, suffix)


def floors(cursor, kind, suffix=""):
    """Each list's floor: its lowest score. An article left out of a list scores no more:
    either the list holds every article at or above the lexeme's cut (so the others are
    below the cut, which is at most the lowest listed score) or it holds ``KEPT`` of
    them, the best."""
    cursor.execute(
        f"INSERT INTO {kind.common}{suffix} SELECT lexeme, min(score) FROM {kind.impact}{suffix} GROUP BY lexeme"
    )


def update(cursor, table, article_ids):
    """Keep the lists true for the articles ``article_ids`` just written to (or deleted
    from) ``table``: their entries replaced by their scores above each floor."""
    if not article_ids:
        return
    ids = list(article_ids)
    for kind in KINDS:
        if not catalog.exists(cursor, kind.common):  # a table of an older format: no lists to keep
            continue
        cursor.execute(f"DELETE FROM {kind.impact} WHERE article_id = ANY(%s)", [ids])
        cursor.execute(
            f"INSERT INTO {kind.impact} SELECT s.lexeme, s.score, s.article_id FROM "
            f"({scores(table, kind, 'WHERE article_id = ANY(%s)')}) s JOIN {kind.common} c USING (lexeme) "
            "WHERE s.score > c.floor",
            [ids],
        )


def swap(cursor, suffix):
    """Put the lists built with ``suffix`` in place of the live ones (in the swap's transaction)."""
    cursor.execute(f"DROP TABLE IF EXISTS {', '.join(TABLES)}")
    for table in TABLES:
        cursor.execute(f"ALTER TABLE {table}{suffix} RENAME TO {table}")


def floors_of(read, kind, lexemes):
    """``{lexeme: floor}`` of those of ``lexemes`` (quoted, as in a ``tsquery``) that are common."""
    rows = read(f"SELECT lexeme, floor FROM {kind.common} WHERE lexeme = ANY(%s)", [[unquote(q) for q in lexemes]])
    return dict(rows)


def unquote(quoted):
    """The lexeme of ``documents.quote``'s literal."""
    return quoted[1:-1].replace("''", "'").replace("\\\\", "\\")


def candidates_sql(table, kind, common, rare):
    """SQL and params of the candidates' ids: the lists of the ``common`` lexemes (plain
    text) and every article of ``table`` with one of the ``rare`` ones (quoted)."""
    sql, params = f"SELECT article_id FROM {kind.impact} WHERE lexeme = ANY(%s)", [common]
    if rare:
        sql += f" UNION SELECT article_id FROM {table} WHERE {kind.column} @@ %s::tsquery"
        params.append(" | ".join(rare))
    return sql, params


def bound(floors_of_common, required=0):
    """The most a match in none of the lists scores: the sum of the floors, or, when the
    query is the AND of ``required`` lexemes (no phrase: ``&`` only), ``required`` times the
    least floor if that is less. Each of such a query's covers holds every lexeme, and one
    position is in at most ``required`` covers: a cover's first position holds a lexeme
    found nowhere else in it (else a shorter cover would have been taken), so the covers
    through one position all begin with different lexemes. The rank is then at most
    ``required`` times the least of the lexemes' own ranks, each below its floor (a
    lexeme without a list is in no such match)."""
    floors = list(floors_of_common)
    total = sum(floors)
    if required and floors:
        total = min(total, required * min(floors))
    return total * (1 + MARGIN)

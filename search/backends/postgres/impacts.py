"""The best articles of every common word, kept so that ranking reads a bounded few.

Ranking by relevance ranks every match exactly (``ts_rank_cd``, which reads and
decompresses each match's ``words``): for a word in 85 % of the articles, 88,000 rows and
seconds of server CPU at 100k (docs/benchmarks.md). This module keeps, for each **common
word** (in ``COMMON_SHARE`` of the articles or more), its ``KEPT`` best articles by that
word's own score (``IMPACT``: the table ``search_pg_impact``) and the **floor** - the
score no article outside the list exceeds (``COMMON``: ``search_pg_common``).

A query of words only (no character terms, tags or proximity: those add scores the lists
don't bound) is ranked ``ts_rank_cd(words, w1 | w2 | …)``: a sum over its covers, each
one position holding some of the words, weighing at most what those words weigh there
alone; so an article's score is at most the sum of its scores for each word, and for an
article in no common word's list at most the sum of the floors (``bound``). The page is
then ranked exactly among the **candidates** - the listed articles of the query's common
words and every article of its other words, which are rarer - and it is the exact page
whenever its last score is above the bound: no other match can come before it
(``backend.run`` falls back to ranking every match otherwise).

The lists are made when the index is built (``build``: from the table, in SQL) and kept
true as articles change (``update``): a changed article's entries are replaced by those
of its new scores above the floor, so an article outside a list is still below its floor.
A word that becomes common later has no list (its query ranks every match); a rebuild
makes it one.
"""

IMPACT = "search_pg_impact"
COMMON = "search_pg_common"
COMMON_SHARE = 0.02  # of the articles: words at least this common get a list …
COMMON_MIN = 500  # … and in this many articles at least (a small archive ranks every match)
KEPT = 500  # articles kept a common word
SAMPLE = 20  # 1 article in SAMPLE gives each word its cut (``build``)
# The score of a word alone in an article, as ``ts_rank_cd(WORD_WEIGHTS, words, word, 1)``
# computes it for a one-word query: each position is a cover worth its weight, and the
# sum is divided by the log of the article's length plus one. ``weights`` and ``positions``
# are ``unnest(tsvector)``'s.
_WEIGHT_A, _WEIGHT_D = 1.0, 0.333
# Relative margin on the floors: the lists' scores are computed here (double precision,
# as ``ts_rank_cd``), the page's by ``ts_rank_cd`` (float4 at the end).
MARGIN = 1e-4


def create(cursor, suffix=""):
    cursor.execute(f"DROP TABLE IF EXISTS {IMPACT}{suffix}, {COMMON}{suffix}")
    cursor.execute(f"CREATE TABLE {COMMON}{suffix} (lexeme text PRIMARY KEY, floor float8 NOT NULL)")
    cursor.execute(
        f"CREATE TABLE {IMPACT}{suffix} (lexeme text NOT NULL, score float8 NOT NULL, article_id bigint NOT NULL)"
    )


def _scores(table, where=""):
    """SQL of ``(lexeme, article_id, score)``: every word of the articles of ``table``
    (``where``: a condition on them) with its score alone in the article. The article's
    length (its number of positions) is worked out once an article (``OFFSET 0`` keeps
    the planner from doing it once a word)."""
    return (
        f"SELECT u.lexeme, d.article_id, (cardinality(array_positions(u.weights, 'A')) * {_WEIGHT_A}::float4::float8 "
        f"+ (greatest(cardinality(u.positions), 1) - cardinality(array_positions(u.weights, 'A'))) "
        f"* {_WEIGHT_D}::float4::float8) / ln(d.n + 1) AS score "
        f"FROM (SELECT article_id, words, (SELECT sum(greatest(cardinality(positions), 1)) FROM unnest(words)) AS n "
        f"FROM {table} {where} OFFSET 0) d, unnest(d.words) u"
    )


def build(cursor, table, suffix=""):
    """Fill the lists of ``table``'s common words into ``IMPACT + suffix`` and ``COMMON +
    suffix``. Sorting every (word, article) pair of the common words (33 million at 100k)
    would cost minutes, so a sample of the articles (1 in ``SAMPLE``) first gives each word
    a **cut** - the score its ``KEPT / SAMPLE``-th best sampled article has, about that of
    its ``KEPT``-th best - and only the pairs at or above it are sorted (``floors``)."""
    create(cursor, suffix)
    cursor.execute("DROP TABLE IF EXISTS pg_temp.common_scores, pg_temp.common_cuts, pg_temp.common_words")
    cursor.execute(f"SELECT count(*) FROM {table}")
    threshold = max(COMMON_MIN, int(cursor.fetchone()[0] * COMMON_SHARE))
    cursor.execute(
        f"CREATE TEMPORARY TABLE common_words AS SELECT word AS lexeme FROM ts_stat('SELECT words FROM {table}') "
        f"WHERE ndoc >= %s",
        [threshold],
    )
    sampled = f"WHERE article_id %% {SAMPLE} = 0" if SAMPLE > 1 else ""
    cursor.execute(
        f"CREATE TEMPORARY TABLE common_cuts AS SELECT lexeme, min(score) AS cut FROM (SELECT s.*, row_number() "
        f"OVER (PARTITION BY lexeme ORDER BY score DESC) AS r FROM ({_scores(table, sampled)}) s "
        f"JOIN common_words USING (lexeme)) x WHERE r <= %s GROUP BY lexeme",
        [max(1, KEPT // SAMPLE)],
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE common_scores AS SELECT lexeme, score, article_id, row_number() OVER "
        f"(PARTITION BY lexeme ORDER BY score DESC, article_id) AS r FROM (SELECT s.* FROM ({_scores(table)}) s "
        f"JOIN common_cuts c USING (lexeme) WHERE s.score >= c.cut) x"
    )
    cursor.execute(
        f"INSERT INTO {IMPACT}{suffix} SELECT lexeme, score, article_id FROM common_scores WHERE r <= %s", [KEPT]
    )
    cursor.execute("DROP TABLE common_scores, common_cuts, common_words")
    floors(cursor, suffix)
    cursor.execute(f"CREATE INDEX ON {IMPACT}{suffix} (lexeme, score DESC, article_id)")
    cursor.execute(f"CREATE INDEX ON {IMPACT}{suffix} (article_id)")
    cursor.execute(f"ANALYZE {IMPACT}{suffix}")
    cursor.execute(f"ANALYZE {COMMON}{suffix}")


def floors(cursor, suffix=""):
    """Each list's floor: its lowest score. An article left out of a list scores no more:
    either the list holds every article at or above the word's cut (so the others are
    below the cut, which is at most the lowest listed score) or it holds ``KEPT`` of
    them, the best."""
    cursor.execute(f"INSERT INTO {COMMON}{suffix} SELECT lexeme, min(score) FROM {IMPACT}{suffix} GROUP BY lexeme")


def update(cursor, table, article_ids):
    """Keep the lists true for the articles ``article_ids`` just written to (or deleted
    from) ``table``: their entries replaced by their scores above each floor."""
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [COMMON])
    if not article_ids or not cursor.fetchone()[0]:  # a table of an older format: no lists to keep
        return
    ids = list(article_ids)
    cursor.execute(f"DELETE FROM {IMPACT} WHERE article_id = ANY(%s)", [ids])
    cursor.execute(
        f"INSERT INTO {IMPACT} SELECT s.lexeme, s.score, s.article_id FROM "
        f"({_scores(table, 'WHERE article_id = ANY(%s)')}) s JOIN {COMMON} c USING (lexeme) WHERE s.score > c.floor",
        [ids],
    )


def swap(cursor, suffix):
    """Put the lists built with ``suffix`` in place of the live ones (in the swap's transaction)."""
    cursor.execute(f"DROP TABLE IF EXISTS {IMPACT}, {COMMON}")
    cursor.execute(f"ALTER TABLE {IMPACT}{suffix} RENAME TO {IMPACT}")
    cursor.execute(f"ALTER TABLE {COMMON}{suffix} RENAME TO {COMMON}")


def floors_of(read, lexemes):
    """``{lexeme: floor}`` of those of ``lexemes`` (quoted, as in a ``tsquery``) that are common."""
    rows = read(f"SELECT lexeme, floor FROM {COMMON} WHERE lexeme = ANY(%s)", [[unquote(q) for q in lexemes]])
    return dict(rows)


def unquote(quoted):
    """The lexeme of ``documents.quote``'s literal."""
    return quoted[1:-1].replace("''", "'").replace("\\\\", "\\")


def candidates_sql(table, common, rare):
    """SQL and params of the candidates' ids: the lists of the ``common`` lexemes (plain
    text) and every article of ``table`` with one of the ``rare`` ones (quoted)."""
    sql, params = f"SELECT article_id FROM {IMPACT} WHERE lexeme = ANY(%s)", [common]
    if rare:
        sql += f" UNION SELECT article_id FROM {table} WHERE words @@ %s::tsquery"
        params.append(" | ".join(rare))
    return sql, params


def bound(floors_of_common):
    return sum(floors_of_common) * (1 + MARGIN)

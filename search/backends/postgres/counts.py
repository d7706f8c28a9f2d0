"""Counts kept by the index writer: every word's number of articles, and the facets of the
most common words' matches.

Counting the matches of a common word and their facets reads every match: 发展 is in
88,888 of 104,891 articles at 100k, ~1 s of server CPU to facet them and ~0.3 s to count
them, and ``key_terms`` counted the articles of 60 candidate words for every article page
(~13 s wall; docs/benchmarks.md). This module keeps, in ``COUNTS``
(``search_pg_counts``):

* ``(lexeme, '', n)``: the number of articles with the word in their ``words``, for every
  word (its **document frequency**: a one-word query's count, ``key_terms``' df);
* ``('', '', n)``: the number of articles in the table (``ARTICLES``: no lexeme is empty),
  which the park pages and ``key_terms`` read on every request (``count(*)`` of the
  table: 18 ms at 100k);
* ``(lexeme, 'key:value', n)``: for the **faceted words** (``FACETED``: in ``FACETED_SHARE``
  of the articles or more), the number of their articles with each facet value (as
  ``facet_values`` writes it), i.e. the facet counts of that word's query;
* ``('key:value', '', n)`` and ``('key:value', 'key:value', n)``: the same for the
  **faceted values** (also in ``FACETED``: facet values of ``FACETED_VALUE_MIN`` articles
  or more), the facets of a park's, a province's or a reporter's articles, which their
  pages show beside the list (5-6 ms a park page at 100k counted from the matches, 40-70
  ms a reporter's). A facet value is its own lexeme: every one has a ``:``, which no word
  has (the segmenter splits at it).

They are made with the index (``build``, from the table) and kept exact as articles change
(``record`` before and after the writer replaces rows, then ``apply``: one ordered upsert
of the difference, so concurrent writers lock the rows they share in the same order).
A word that becomes faceted-common later is faceted from the matches until a rebuild.
"""

from search.backends.postgres import catalog

COUNTS = "search_pg_counts"
FACETED = "search_pg_faceted"
TOTAL = ""  # the value of a word's row of its number of articles
ARTICLES = ""  # the lexeme of the row of the number of articles
FACETED_SHARE = 0.2  # of the articles: words at least this common have their facets kept …
FACETED_MIN = 1000  # … and in this many articles at least (a small archive counts them from the matches)
FACETED_VALUE_MIN = 100  # facet values of this many articles have their facets kept
DELTA = "pg_temp.search_count_delta"
# The tsquery literal of a lexeme, in SQL (as ``documents.quote``).
_QUOTED = "('''' || replace(replace({0}, '\\', '\\\\'), '''', '''''') || '''')::tsquery"
# Classid of the per-article advisory locks of the writers (two-key form: its own key space).
ARTICLE_LOCK = 0x73636E74


def create(cursor, suffix=""):
    cursor.execute(f"DROP TABLE IF EXISTS {COUNTS}{suffix}, {FACETED}{suffix}")
    cursor.execute(f"CREATE TABLE {COUNTS}{suffix} (lexeme text NOT NULL, value text NOT NULL, n integer NOT NULL)")
    cursor.execute(f"CREATE TABLE {FACETED}{suffix} (lexeme text PRIMARY KEY)")


def build(cursor, table, suffix=""):
    """Fill ``COUNTS + suffix`` and ``FACETED + suffix`` from ``table``: the document
    frequencies with ``ts_stat``, each faceted word's facets from its matches (read
    through the GIN index: no ``words`` is decompressed)."""
    create(cursor, suffix)
    cursor.execute(
        f"INSERT INTO {COUNTS}{suffix} SELECT word, %s, ndoc FROM ts_stat('SELECT words FROM {table}')", [TOTAL]
    )
    cursor.execute(f"SELECT count(*) FROM {table}")
    articles = cursor.fetchone()[0]
    cursor.execute(f"INSERT INTO {COUNTS}{suffix} VALUES (%s, %s, %s)", [ARTICLES, TOTAL, articles])
    threshold = max(FACETED_MIN, int(articles * FACETED_SHARE))
    cursor.execute(
        f"INSERT INTO {FACETED}{suffix} SELECT lexeme FROM {COUNTS}{suffix} WHERE value = %s AND n >= %s "
        "AND lexeme <> %s",
        [TOTAL, threshold, ARTICLES],
    )
    cursor.execute(
        "SELECT current_setting('enable_seqscan'), current_setting('work_mem'), "
        "set_config('enable_seqscan', 'off', false), set_config('work_mem', '32MB', false)"
    )
    seqscan, work_mem = cursor.fetchone()[:2]
    try:
        cursor.execute(
            f"INSERT INTO {COUNTS}{suffix} SELECT w.lexeme, f.value, f.n FROM {FACETED}{suffix} w, LATERAL "
            f"(SELECT value, count(*) AS n FROM {table}, unnest(facet_values) AS value "
            f"WHERE words @@ {_QUOTED.format('w.lexeme')} GROUP BY value) f"
        )
    finally:
        cursor.execute(
            "SELECT set_config('enable_seqscan', %s, false), set_config('work_mem', %s, false)", [seqscan, work_mem]
        )
    # The faceted values: their articles' facets, from one pass over the rows' facet values.
    cursor.execute(
        f"INSERT INTO {FACETED}{suffix} SELECT v FROM {table}, unnest(facet_values) v GROUP BY v HAVING count(*) >= %s",
        [FACETED_VALUE_MIN],
    )
    cursor.execute(
        f"INSERT INTO {COUNTS}{suffix} SELECT a, b, count(*) FROM {table} t, unnest(t.facet_values) a, "
        f"unnest(%s || t.facet_values) b WHERE a IN (SELECT lexeme FROM {FACETED}{suffix} WHERE lexeme LIKE '%%:%%') "
        "GROUP BY a, b",
        [[TOTAL]],
    )
    cursor.execute(f"ALTER TABLE {COUNTS}{suffix} ADD PRIMARY KEY (lexeme, value)")
    cursor.execute(f"ANALYZE {COUNTS}{suffix}")
    cursor.execute(f"ANALYZE {FACETED}{suffix}")


def swap(cursor, suffix):
    """Put the counts built with ``suffix`` in place of the live ones (in the swap's transaction)."""
    cursor.execute(f"DROP TABLE IF EXISTS {COUNTS}, {FACETED}")
    cursor.execute(f"ALTER TABLE {COUNTS}{suffix} RENAME TO {COUNTS}")
    cursor.execute(f"ALTER TABLE {FACETED}{suffix} RENAME TO {FACETED}")


def kept(cursor):
    return catalog.exists(cursor, COUNTS)


def lock(cursor, article_ids):
    """Lock the articles about to be rewritten, until the transaction ends, in one order:
    two writers of one article then count its old row once each, one after the other."""
    cursor.execute(
        "SELECT pg_advisory_xact_lock(%s, (i %% 2147483647)::int) FROM unnest(%s::bigint[]) i",
        [ARTICLE_LOCK, sorted(set(article_ids))],
    )
    cursor.fetchall()


def record(cursor, table, article_ids, sign):
    """Add the rows of ``article_ids`` in ``table`` to the pending difference, counted
    ``sign`` (-1 before they are replaced or deleted, +1 after they are written)."""
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {DELTA.split('.')[1]} "
        "(lexeme text NOT NULL, value text NOT NULL, n integer NOT NULL) ON COMMIT DELETE ROWS"
    )
    ids = list(article_ids)
    cursor.execute(
        f"INSERT INTO {DELTA} SELECT %s, %s, %s FROM {table} WHERE article_id = ANY(%s) "
        f"UNION ALL SELECT u.lexeme, %s, %s FROM {table} t, unnest(tsvector_to_array(t.words)) u(lexeme) "
        "WHERE t.article_id = ANY(%s) "
        f"UNION ALL SELECT u.lexeme, f.value, %s FROM {table} t, unnest(tsvector_to_array(t.words)) u(lexeme), "
        f"unnest(t.facet_values) f(value) WHERE t.article_id = ANY(%s) AND u.lexeme IN (SELECT lexeme FROM {FACETED}) "
        f"UNION ALL SELECT a, b, %s FROM {table} t, unnest(t.facet_values) a, unnest(%s || t.facet_values) b "
        f"WHERE t.article_id = ANY(%s) AND a IN (SELECT lexeme FROM {FACETED})",
        [ARTICLES, TOTAL, sign, ids, TOTAL, sign, ids, sign, ids, sign, [TOTAL], ids],
    )


def apply(cursor):
    """Add the pending difference to ``COUNTS``: one upsert in (lexeme, value) order."""
    cursor.execute(
        f"INSERT INTO {COUNTS} AS c (lexeme, value, n) SELECT lexeme, value, sum(n) FROM {DELTA} "
        "GROUP BY lexeme, value HAVING sum(n) <> 0 ORDER BY lexeme, value "
        "ON CONFLICT (lexeme, value) DO UPDATE SET n = c.n + EXCLUDED.n"
    )
    cursor.execute(f"DELETE FROM {DELTA}")


def articles(read):
    """The number of articles in the table (its ``ARTICLES`` row)."""
    rows = read(f"SELECT n FROM {COUNTS} WHERE lexeme = %s AND value = %s", [ARTICLES, TOTAL])
    return rows[0][0] if rows else 0


def doc_frequencies(read, words):
    """``{word: number of articles with it}`` of those of ``words`` in any article."""
    if not words:
        return {}
    rows = read(f"SELECT lexeme, n FROM {COUNTS} WHERE value = %s AND lexeme = ANY(%s) AND n > 0", [TOTAL, list(words)])
    return dict(rows)


def of_word(read, lexeme, facets, facet_limit):
    """``(count, facet counts or None)`` of the query of the word ``lexeme`` alone: the
    facets (``{key: [(value, n)]}``, the ``facet_limit`` largest of each key, as
    ``backend.run`` counts them) when ``facets`` and the word is faceted, else ``None``."""
    rows = read(
        f"SELECT n, EXISTS (SELECT 1 FROM {FACETED} WHERE lexeme = %s) FROM {COUNTS} WHERE lexeme = %s AND value = %s",
        [lexeme, lexeme, TOTAL],
    )
    if not rows or rows[0][0] <= 0:
        return 0, {}
    count, faceted = rows[0]
    if not (facets and faceted):
        return count, None
    return count, _facets(read, lexeme, facet_limit)


def of_value(read, value, facets, facet_limit):
    """``(count, facet counts)`` of the query of the facet value ``value`` alone (``key:value``,
    as ``facet_values`` has it), as ``of_word``'s (the facets ``{}`` unless ``facets``), when
    it is faceted; else ``None``."""
    rows = read(
        f"SELECT (SELECT n FROM {COUNTS} WHERE lexeme = %s AND value = %s) FROM {FACETED} WHERE lexeme = %s",
        [value, TOTAL, value],
    )
    if not rows:
        return None
    count = rows[0][0] or 0
    return (count, _facets(read, value, facet_limit) if facets else {}) if count > 0 else (0, {})


def _facets(read, lexeme, facet_limit):
    """The kept facet counts of ``lexeme``'s articles: ``{key: [(value, n)]}``, the
    ``facet_limit`` largest of each key."""
    counted = read(
        "SELECT split_part(value, ':', 1), substr(value, strpos(value, ':') + 1), n FROM "
        "(SELECT value, n, row_number() OVER (PARTITION BY split_part(value, ':', 1) "
        f'ORDER BY n DESC, value COLLATE "C") AS r FROM {COUNTS} WHERE lexeme = %s AND value <> %s AND n > 0) c '
        "WHERE r <= %s",
        [lexeme, TOTAL, facet_limit],
    )
    by_key = {}
    for key, value, n in counted:
        by_key.setdefault(key, []).append((value, n))
    return by_key

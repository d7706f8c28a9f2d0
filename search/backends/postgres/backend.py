"""``SearchBackend`` on a table in the archive's PostgreSQL database
(``SEARCH_BACKEND = "postgres"``).

The index is shared by every web host: searches are SQL on ``tsvector`` columns with GIN
indexes (``compiler``), counts and facets are computed in the same statement, and the
index writers apply changes in the database transaction that claims them from the queue
(``search.indexing``), so a change is in the index exactly when its queue row is gone.
Reads may go to a replica (``settings.SEARCH_READ_DATABASE``, a ``DATABASES`` alias).
"""

from math import log

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections, transaction

from search import analysis
from search.backends.base import FACETS, Found, IndexOutdated, IndexState, SearchBackend
from search.backends.postgres import compiler, documents, rebuild, schema
from search.search_indexes import ArticleIndex

ORDER = {
    "relevance": "score DESC, article_id",
    # As Article.objects.newest_first(): undated last, ties by the higher id first.
    "newest": "published_on DESC NULLS LAST, article_id DESC",
    "oldest": "published_on ASC NULLS LAST, article_id ASC",
}


# Related articles weigh a word in the headline as one in the text (as the Whoosh engine).
SAME_WEIGHTS = "{1,1,1,1}"


class PostgresBackend(SearchBackend):
    name = "postgres"

    @classmethod
    def check(cls):
        vendor = connections["default"].vendor
        if vendor != "postgresql":
            raise ImproperlyConfigured(
                f"SEARCH_BACKEND 'postgres' keeps the index in the archive's PostgreSQL database, but the "
                f"database is {vendor} (DATABASE_URL): set DATABASE_URL to a postgres:// URL or SEARCH_BACKEND=whoosh."
            )

    def __init__(self, alias="default"):
        self.alias = alias
        self.read_alias = getattr(settings, "SEARCH_READ_DATABASE", None) or alias
        self._table_seen = False

    def _has_table(self):
        """False until the table exists (a fresh database before ``search_rebuild``):
        searches then find nothing instead of failing. Once seen it stays (a rebuild's swap
        replaces it within one transaction). A table of another format raises
        ``IndexOutdated``, as the Whoosh engine's index does: its columns are not the ones
        this code reads."""
        if not self._table_seen:
            with connections[self.read_alias].cursor() as cursor:
                state = schema.state(cursor)
            if state == IndexState.OUTDATED:
                raise IndexOutdated(f"the search table {schema.TABLE} is in another format; run search_rebuild")
            self._table_seen = state == IndexState.CURRENT
        return self._table_seen

    def reset(self):
        self._table_seen = False

    @property
    def connection(self):
        return connections[self.alias]

    def _read(self, sql, params=()):
        with connections[self.read_alias].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # --- the index -------------------------------------------------------------------------

    def index_state(self):
        with self.connection.cursor() as cursor:
            return schema.state(cursor)

    def writer_lock(self, timeout=None, shared=False):
        """A PostgreSQL advisory lock: one lock for the writers of every host."""
        return schema.advisory_lock(self.connection, shared=shared, timeout=timeout)

    # --- reading ---------------------------------------------------------------------------

    def generation(self):
        """Read from the connection the searches read from (a replica answers from its
        own state), before the search itself: an answer is never filed under a token
        newer than its content."""
        if not self._has_table():
            return None
        with connections[self.read_alias].cursor() as cursor:
            return schema.generation(cursor)

    def doc_count(self):
        if not self._has_table():
            return 0
        return self._read(f"SELECT count(*) FROM {schema.TABLE}")[0][0]

    def indexed_versions(self):
        if self.index_state() == IndexState.MISSING:
            return {}
        with self.connection.cursor() as cursor:  # the primary: verify compares it with the articles
            cursor.execute(f"SELECT article_id, updated FROM {schema.TABLE}")
            return dict(cursor.fetchall())

    def compile(self, parsed, filters):
        return compiler.compile_query(parsed, filters)

    def run(self, compiled, *, sort="relevance", offset=0, limit=20, facets=True, facet_limit=30):
        """One statement: the matches (``m``), ranked only for ``relevance``, then their
        count, the page and every facet's counts (from ``facet_values``: one ``unnest`` a
        match). Run with sequential scans off: the planner prices a scan of the table by its
        narrow rows, not by the ``tsvector`` values it would read for every row to test the
        match (at 100k, 4.8 s for a word in 85 % of the articles, against 0.3 s for the GIN
        index's bitmap; docs/benchmarks.md)."""
        if compiled is None or not self._has_table():
            return Found(0, [], {})
        rank, rank_params = compiled.rank() if sort == "relevance" else ("0", [])
        parts = ["SELECT 'count', NULL::text, count(*) FROM m"]
        params = [*rank_params, *compiled.params]
        if limit > 0:
            parts.append(
                f"(SELECT 'id', article_id::text, row_number() OVER (ORDER BY {ORDER[sort]}) FROM "
                f"(SELECT article_id, published_on, score FROM m ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s) p)"
            )
            params += [limit, offset]
        if facets:
            # Every facet at once: a value's key is the text before its first ':'.
            parts.append(
                "(SELECT split_part(f, ':', 1), substr(f, strpos(f, ':') + 1), n FROM "
                "(SELECT f, count(*) AS n, row_number() OVER "
                "(PARTITION BY split_part(f, ':', 1) ORDER BY count(*) DESC, f COLLATE \"C\") AS r "
                "FROM m, unnest(m.facet_values) AS f GROUP BY f) c WHERE r <= %s)"
            )
            params.append(facet_limit)
        sql = (
            f"WITH m AS MATERIALIZED (SELECT article_id, published_on, {rank} AS score, "
            f"{'facet_values' if facets else 'NULL'} AS facet_values "
            f"FROM {schema.TABLE} WHERE {compiled.where}) " + " UNION ALL ".join(parts)
        )
        count, page, facet_counts = 0, [], {f.key: [] for f in FACETS} if facets else {}
        for kind, value, n in self._read_matches(sql, params):
            if kind == "count":
                count = n
            elif kind == "id":
                page.append((n, int(value)))
            else:
                facet_counts[kind].append((value, n))
        if not count:
            return Found(0, [], {})
        for pairs in facet_counts.values():
            pairs.sort(key=lambda pair: (-pair[1], pair[0]))  # by code point, as COLLATE "C"
        return Found(count, [i for _n, i in sorted(page)], facet_counts)

    def _read_matches(self, sql, params):
        """``_read`` with sequential scans off for this statement only (restored after it;
        a failed statement's savepoint rollback undoes the setting as well)."""
        with transaction.atomic(using=self.read_alias), connections[self.read_alias].cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
            before = cursor.fetchone()[0]
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
            return rows

    def _doc_frequencies(self, words, cap):
        """``{word: number of articles with it in their words}``, counting to ``cap`` at most."""
        if not words:
            return {}
        rows = self._read(
            f"SELECT w.n, (SELECT count(*) FROM (SELECT 1 FROM {schema.TABLE} WHERE words @@ w.q::tsquery "
            f"LIMIT %s) s) FROM unnest(%s::text[]) WITH ORDINALITY AS w(q, n)",
            [cap, [documents.quote(w) for w in words]],
        )
        return {words[n - 1]: df for n, df in rows}

    def more_like(self, words, parks=(), *, exclude=None, limit=5):
        """Scored as the Whoosh engine's BM25 would weigh them: each shared word by its
        idf times ``ts_rank`` (which grows more slowly with every repeat), each shared park
        double."""
        words = [w for w in dict.fromkeys(words) if w]
        parks = list(dict.fromkeys(parks))
        if (not words and not parks) or not self._has_table():
            return []
        n = self.doc_count()
        df = self._doc_frequencies(words, n)
        scores, params = [], []
        for word in words:
            scores.append("%s * ts_rank(%s::float4[], words, %s::tsquery)")
            params += [log(n / (df.get(word, 0) + 1)) + 1, SAME_WEIGHTS, documents.quote(word)]
        scores.append("2 * cardinality(ARRAY(SELECT unnest(park_slugs) INTERSECT SELECT unnest(%s::text[])))")
        params.append(parks)
        condition = "park_slugs && %s::text[]"
        where_params = [parks]
        if words:
            condition = f"(words @@ %s::tsquery OR {condition})"
            where_params.insert(0, " | ".join(documents.quote(w) for w in words))
        rows = self._read(
            f"SELECT article_id FROM {schema.TABLE} WHERE {condition} AND article_id <> %s "
            f"ORDER BY {' + '.join(scores)} DESC, article_id LIMIT %s",
            [*where_params, -1 if exclude is None else exclude, *params, limit],
        )
        return [r[0] for r in rows]

    def key_terms(self, text, numterms=8, candidates=60):
        """As the Whoosh engine: the ``candidates`` most frequent words of ``text`` by
        tf-idf, leaving out words in over 5 % of an archive of 1,000 articles or more."""
        if not self._has_table():
            return []
        poses = analysis.word_positions(analysis.normalize(text))
        ranked = sorted(((len(p), len(w), w) for w, p in poses.items() if len(w) >= 2), reverse=True)[:candidates]
        n = self.doc_count()
        max_df = n // 20 if n >= 1000 else n
        df = self._doc_frequencies([w for _tf, _len, w in ranked], max_df + 1)
        scored = [(tf * (log(n / (df[w] + 1)) + 1), w) for tf, _length, w in ranked if 0 < df.get(w, 0) <= max_df]
        scored.sort(reverse=True)
        return [w for _s, w in scored[:numterms]]

    # --- writing ---------------------------------------------------------------------------

    def document_rows(self, articles):
        """The index rows of ``articles`` (the analysis: the costly part; ``rebuild`` runs it in parallel)."""
        index = ArticleIndex()
        return [documents.row(index.full_prepare(obj), obj.pk) for obj in articles]

    def insert_rows(self, cursor, table, rows):
        """Write ``document_rows`` into ``table`` (the live one: replacing an article's row)."""
        if not rows:
            return
        columns = documents.COLUMNS
        values = ", ".join("%s::tsvector" if c in ("words", "chars") else "%s" for c in columns)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values}) "
            f"ON CONFLICT (article_id) DO UPDATE SET {updates}",
            rows,
        )

    def copy_rows(self, cursor, table, rows):
        """Write ``document_rows`` into the empty ``table`` a rebuild fills, with ``COPY``:
        one statement a batch instead of one a row."""
        with cursor.copy(f"COPY {table} ({', '.join(documents.COLUMNS)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)

    def apply_changes(self, articles, remove_ids=()):
        rows = self.document_rows(articles)
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            schema.ensure(cursor)
            if remove_ids:
                cursor.execute(f"DELETE FROM {schema.TABLE} WHERE article_id = ANY(%s)", [list(remove_ids)])
            self.insert_rows(cursor, schema.TABLE, rows)
            schema.bump_generation(cursor)

    def clear(self):
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            schema.ensure(cursor)
            cursor.execute(f"TRUNCATE {schema.TABLE}")
            schema.bump_generation(cursor)

    def rebuild(self, ids, *, procs=None, batch_size=500, progress=None, **other_engines_options):
        """A new table filled by ``procs`` processes, then indexed and swapped in
        (``rebuild``); the other options are the Whoosh engine's."""
        rebuild.rebuild(self, ids, procs=procs, batch_size=batch_size, progress=progress)

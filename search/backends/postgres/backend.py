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
from search.backends.base import FACETS, PROXIMITY_BONUS, Found, IndexOutdated, IndexState, SearchBackend
from search.backends.postgres import compiler, counts, documents, impacts, listing, rebuild, related, schema
from search.backends.postgres.compiler import CHAR_WEIGHT, TAGGED_BOOST
from search.positions import word_positions
from search.search_indexes import ArticleIndex

# Memory of a search statement: enough for the matches' bitmap to hold every row (at 100k
# with the default 4 MB, the bitmap of a common word went lossy and PostgreSQL re-read and
# tested every row of 33,000 pages: 1.1 s to count 发展; docs/benchmarks.md).
WORK_MEM = "32MB"

# The date orders are the listing's, so that a listed page is the page this statement gives.
ORDER = {"relevance": "score DESC, article_id", **listing.ORDER}


def _sorted(facet_counts, facets):
    """Every facet's ``(value, n)`` pairs (when ``facets``), largest first, then by code
    point (as ``COLLATE "C"``)."""
    if not facets:
        return {}
    return {f.key: sorted(facet_counts.get(f.key, []), key=lambda pair: (-pair[1], pair[0])) for f in FACETS}


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
        connection = connections[self.read_alias]
        with connection.cursor() as cursor:
            return schema.generation(cursor, connection.in_atomic_block)

    def doc_count(self):
        """Kept by the index writer (``counts``): ``count(*)`` of the table took 18 ms at
        100k, on every park page and article page."""
        if not self._has_table():
            return 0
        return counts.articles(self._read)

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
        count, the page and every facet's counts (from ``facet_values``: one set-returning
        ``unnest`` a match in the select list, half the cost of a lateral one at 100k).
        A query without a
        prefix is ranked among a bounded set of candidates first (``_bounded_page``); only
        when that can't prove its page exact are all the matches ranked. A word alone takes
        its count, and its facets when it is common, from ``counts`` (kept by the index
        writer): the statement then only ranks, if the bounded page didn't hold. So does a
        common facet value alone (a park's, a reporter's page), its page read by date from
        ``listing``."""
        if compiled is None or not self._has_table():
            return Found(0, [], {})
        if compiled.listing_value is not None and sort in listing.ORDER and not facets:
            # One facet value's articles by date (a park's, a reporter's page): ``listing``.
            count, ids = listing.page(self._read, compiled.listing_value, sort, offset, max(limit, 0))
            return Found(count, ids if count else [], {})
        count, facet_counts = None, None
        if compiled.lone_word:  # one word alone: its count (and facets) are kept (``counts``)
            count, facet_counts = counts.of_word(self._read, impacts.unquote(compiled.lone_word), facets, facet_limit)
            if not count:
                return Found(0, [], {})
        elif compiled.listing_value is not None:  # a common facet value's facets are kept too
            count, facet_counts = counts.of_value(self._read, compiled.listing_value, facets, facet_limit) or (
                None,
                None,
            )
            if count == 0:
                return Found(0, [], {})
            if facet_counts is not None and sort in listing.ORDER and limit > 0:
                _count, ids = listing.page(self._read, compiled.listing_value, sort, offset, limit)
                return Found(count, ids, _sorted(facet_counts, facets))
        page = self._bounded_page(compiled, offset, limit) if sort == "relevance" and limit > 0 else None
        if count is not None and (facet_counts is not None or not facets) and (page is not None or limit <= 0):
            return Found(count, page or [], _sorted(facet_counts or {}, facets))
        rank_all = sort == "relevance" and limit > 0 and page is None
        rank, rank_params = compiled.rank() if rank_all else ("0", [])
        parts = ["SELECT 'count', NULL::text, count(*) FROM m"] if count is None else []
        params = [*rank_params, *compiled.params]
        if limit > 0 and page is None:
            parts.append(
                f"(SELECT 'id', article_id::text, row_number() OVER (ORDER BY {ORDER[sort]}) FROM "
                f"(SELECT article_id, published_on, score FROM m ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s) p)"
            )
            params += [limit, offset]
        if facets and facet_counts is None:
            # Every facet at once: a value's key is the text before its first ':'.
            parts.append(
                "(SELECT split_part(f, ':', 1), substr(f, strpos(f, ':') + 1), n FROM "
                "(SELECT f, count(*) AS n, row_number() OVER "
                "(PARTITION BY split_part(f, ':', 1) ORDER BY count(*) DESC, f COLLATE \"C\") AS r "
                "FROM (SELECT unnest(facet_values) AS f FROM m) u GROUP BY f) c WHERE r <= %s)"
            )
            params.append(facet_limit)
        sql = (
            f"WITH m AS MATERIALIZED (SELECT article_id, published_on, {rank} AS score, "
            f"{'facet_values' if facets else 'NULL'} AS facet_values "
            f"FROM {schema.TABLE} WHERE {compiled.where}) " + " UNION ALL ".join(parts)
        )
        counted, ranked = facet_counts or {}, []
        for kind, value, n in self._read_indexed(sql, params):
            if kind == "count":
                count = n
            elif kind == "id":
                ranked.append((n, int(value)))
            else:
                counted.setdefault(kind, []).append((value, n))
        if not count:
            return Found(0, [], {})
        ids = page if page is not None else [i for _n, i in sorted(ranked)]
        return Found(count, ids, _sorted(counted, facets))

    def _bounded_page(self, compiled, offset, limit):
        """The ids of the page ranked among the candidates of ``impacts`` - when they prove
        it is the page of ranking every match - else ``None``.

        The candidates are the lists of the query's common words and character terms and
        every article of its rarer ones. Any other match scores at most the sum of those
        lists' floors (its words' rank plus ``CHAR_WEIGHT`` times its character terms':
        ``impacts``), plus every proximity bonus and tag boost the query can give, all of
        which it may have; a page whose last score is above that is exact."""
        if not compiled.bounded:
            return None
        sources, params, bound, common_seen = [], [], 0.0, False
        for kind, lexemes, weight in (
            (impacts.WORDS, compiled.words, 1.0),
            (impacts.CHARS, compiled.chars, CHAR_WEIGHT),
        ):
            if not lexemes:
                continue
            floors = impacts.floors_of(self._read, kind, lexemes)
            common_seen = common_seen or bool(floors)
            common = [w for w in map(impacts.unquote, lexemes) if w in floors]
            rare = [q for q in lexemes if impacts.unquote(q) not in floors]
            sql, sql_params = impacts.candidates_sql(schema.TABLE, kind, common, rare)
            sources.append(sql)
            params += sql_params
            required = len(lexemes) if kind is impacts.CHARS and compiled.chars_required else 0
            bound += weight * impacts.bound(floors.values(), required)
        if not common_seen:  # no lists: the candidates would be every match
            return None
        bound += PROXIMITY_BONUS * len(compiled.proximity) + TAGGED_BOOST * len(compiled.tagged)
        # The candidates' ids first, then their rows by id: in one statement the planner
        # misjudged the matches (1 row for 6,207) and joined them to the candidates by a
        # nested loop, 2.3 s for 税务局 减税降费 at 100k.
        candidates = [i for (i,) in self._read_indexed(" UNION ".join(sources), params)]
        rank, rank_params = compiled.rank()
        rows = self._read_indexed(
            f"SELECT article_id, {rank} AS score FROM {schema.TABLE} WHERE article_id = ANY(%s::bigint[]) "
            f"AND {compiled.where} ORDER BY score DESC, article_id LIMIT %s",
            [*rank_params, candidates, *compiled.params, offset + limit],
        )
        if len(rows) < offset + limit or rows[-1][1] <= bound:
            return None
        return [article_id for article_id, _score in rows[offset:]]

    def _read_indexed(self, sql, params):
        """``_read`` with sequential scans off and ``WORK_MEM`` for this statement only: set
        local to a transaction of its own, which ends them (a web request's autocommit); in
        a caller's transaction, restored after it (a failed statement's savepoint rollback
        undoes them as well)."""
        connection = connections[self.read_alias]
        nested = connection.in_atomic_block
        with transaction.atomic(using=self.read_alias), connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), current_setting('work_mem'), "
                "set_config('enable_seqscan', 'off', true), set_config('work_mem', %s, true)",
                [WORK_MEM],
            )
            seqscan, work_mem = cursor.fetchone()[:2]
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            if nested:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true), set_config('work_mem', %s, true)",
                    [seqscan, work_mem],
                )
            return rows

    def more_like(self, words, parks=(), *, exclude=None, limit=5):
        """The exact best of the candidates, scoring only a bounded few (``related``)."""
        words = [w for w in dict.fromkeys(words) if w]
        parks = list(dict.fromkeys(parks))
        if (not words and not parks) or not self._has_table():
            return []
        return related.more_like(self._read_indexed, self.doc_count(), words, parks, exclude, limit)

    def key_terms(self, text, numterms=8, candidates=60):
        """As the Whoosh engine: the ``candidates`` most frequent words of ``text`` by
        tf-idf, leaving out words in over 5 % of an archive of 1,000 articles or more."""
        if not self._has_table():
            return []
        poses = word_positions(analysis.normalize(text))
        ranked = sorted(((len(p), len(w), w) for w, p in poses.items() if len(w) >= 2), reverse=True)[:candidates]
        n = self.doc_count()
        max_df = n // 20 if n >= 1000 else n
        df = counts.doc_frequencies(self._read, [w for _tf, _len, w in ranked])
        scored = [(tf * (log(n / (df[w] + 1)) + 1), w) for tf, _length, w in ranked if 0 < df.get(w, 0) <= max_df]
        scored.sort(reverse=True)
        return [w for _s, w in scored[:numterms]]

    # --- writing ---------------------------------------------------------------------------

    def document_rows(self, articles, collector=None):
        """The index rows of ``articles`` (the analysis: the costly part; ``rebuild`` runs
        it in parallel), each article's character terms given to ``collector`` when one
        is (``char_lists.Collector``)."""
        index = ArticleIndex()
        if collector is None:
            return [documents.row(index.full_prepare(obj), obj.pk) for obj in articles]
        rows = []
        for obj in articles:
            counts = {}
            rows.append(documents.row(index.full_prepare(obj), obj.pk, counts))
            collector.add(obj.pk, counts)
        return rows

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
            changed = [*remove_ids, *(r[0] for r in rows)]
            keep_counts = bool(changed) and counts.kept(cursor)
            if keep_counts:  # the counts lose the old rows and gain the new ones
                counts.lock(cursor, changed)
                counts.record(cursor, schema.TABLE, changed, -1)
            if remove_ids:
                cursor.execute(f"DELETE FROM {schema.TABLE} WHERE article_id = ANY(%s)", [list(remove_ids)])
            self.insert_rows(cursor, schema.TABLE, rows)
            impacts.update(cursor, schema.TABLE, changed)
            listing.update(cursor, schema.TABLE, changed)
            if keep_counts:
                counts.record(cursor, schema.TABLE, changed, +1)
                counts.apply(cursor)
            schema.bump_generation(cursor)

    def clear(self):
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            schema.ensure(cursor)
            cursor.execute(f"TRUNCATE {schema.TABLE}, {', '.join(impacts.TABLES)}, {counts.COUNTS}, {counts.FACETED}")
            if listing.exists(cursor):
                cursor.execute(f"TRUNCATE {listing.LISTING}")
            schema.bump_generation(cursor)

    def rebuild(self, ids, *, procs=None, batch_size=500, progress=None, **other_engines_options):
        """A new table filled by ``procs`` processes, then indexed and swapped in
        (``rebuild``); the other options are the Whoosh engine's."""
        rebuild.rebuild(self, ids, procs=procs, batch_size=batch_size, progress=progress)

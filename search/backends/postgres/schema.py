"""The search table in PostgreSQL: created, versioned, swapped and locked by this engine.

The engine owns its table as the Whoosh engine owns its index folder: it is derived data,
rebuilt from the articles at will, so it is not a Django model and has no migration (a
migration would have to be a no-op on SQLite and would put an engine's names into the
search app). ``ensure()`` creates it on first write; ``state()`` reads its format from the
table's comment (``FORMAT``: a table written by a version with another layout is
``OUTDATED``, never misread); a rebuild fills ``<table>_building`` and ``swap()`` renames
it into place in one transaction, so searches see the old table or the new one.
"""

import time
from contextlib import contextmanager

from django.db import ProgrammingError

from search.backends.base import IndexState
from search.backends.postgres import catalog, counts, impacts, listing
from search.backends.postgres.documents import FACET_COLUMNS

TABLE = "search_pg_document"
SUFFIX = "_building"
BUILDING = TABLE + SUFFIX
GENERATION = "search_pg_generation"  # one row: the token of the index's content
UNDEFINED_TABLE = "42P01"  # PostgreSQL's SQLSTATE for a missing table
# 2: company_slugs, variant folding; 3: 4,000 is one unit; 4: words kept in the row (lz4),
# chars lz4, every facet value in ``facet_values``; 5: the common words' lists (``impacts``);
# 6: the words' document frequencies and the most common words' facet counts (``counts``);
# 7: the number of articles kept in ``counts``; 8: the common character terms' lists (``impacts``);
# 9: each facet value's articles in date order (``listing``)
FORMAT = "archive search index, format 9"
# pg_advisory_lock key of the index writers: "search" in ASCII.
LOCK_KEY = 0x736561726368


def create(cursor, table):
    """The table. Ranking reads every match's ``words`` (``ts_rank_cd``), so they are kept
    in the row (``STORAGE MAIN``: ~5 kB an article compressed, out of line only when a row
    can't fit a page) and compressed with lz4: reading them from TOAST doubled the cost of
    ranking (docs/benchmarks.md, "PostgreSQL search at 100k: made faster").
    ``chars`` (~9 kB, read only for character terms) stays in TOAST, lz4 too.
    ``facet_values`` holds every facet value as ``key:value``, so the counts of all facets
    come from one ``unnest`` per match instead of one per facet."""
    facets = ",\n".join(f"    {c} text[] NOT NULL DEFAULT '{{}}'" for c in FACET_COLUMNS)
    method = compression(cursor)
    cursor.execute(
        f"""CREATE TABLE {table} (
    article_id bigint PRIMARY KEY,
    words tsvector COMPRESSION {method} NOT NULL,
    chars tsvector COMPRESSION {method} NOT NULL,
{facets},
    facet_values text[] NOT NULL DEFAULT '{{}}',
    published_on date,
    updated text
)"""
    )
    # No STORAGE in CREATE TABLE before PostgreSQL 16. The small columns are MAIN as well:
    # a row with ``words`` in it is over TOAST's 2 kB target, and the toaster would move
    # every other compressible value out of line to try to get under it, the facet
    # arrays included (4.7 buffer reads a match to count facets at 100k).
    inline = ("words", *FACET_COLUMNS, "facet_values", "updated")
    cursor.execute(f"ALTER TABLE {table} " + ", ".join(f"ALTER COLUMN {c} SET STORAGE MAIN" for c in inline))


def compression(cursor):
    """``lz4`` where the server was built with it (Debian's is), else PostgreSQL's ``pglz``."""
    cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
    found = cursor.fetchone()
    return "lz4" if found and found[0] else "pglz"


def index_statements(table):
    """GIN indexes on the two text columns and the facet arrays; B-tree on the date, in
    two lists that take about as long to build (``rebuild`` runs them side by side).
    Names are PostgreSQL's own (unique per schema), so they survive the swap."""
    facets = [f"CREATE INDEX ON {table} USING gin ({column})" for column in FACET_COLUMNS]
    return [
        [f"CREATE INDEX ON {table} USING gin (chars)"],
        [f"CREATE INDEX ON {table} USING gin (words)", *facets, f"CREATE INDEX ON {table} (published_on, article_id)"],
    ]


def create_indexes(cursor, table):
    for part in index_statements(table):
        for sql in part:
            cursor.execute(sql)
    cursor.execute(f"COMMENT ON TABLE {table} IS %s", [FORMAT])


def exists(cursor, table=TABLE):
    return catalog.exists(cursor, table)


def state(cursor):
    cursor.execute("SELECT obj_description(to_regclass(%s), 'pg_class')", [TABLE])
    found = cursor.fetchone()
    if not exists(cursor):
        return IndexState.MISSING
    return IndexState.CURRENT if found and found[0] == FORMAT else IndexState.OUTDATED


def ensure(cursor):
    """Create the table with its indexes if it isn't there (first write, tests)."""
    if not exists(cursor):
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY + 1])  # two hosts starting at once
        if not exists(cursor):
            create(cursor, TABLE)
            create_indexes(cursor, TABLE)
            impacts.build_all(cursor, TABLE)
            counts.build(cursor, TABLE)
            listing.build(cursor, TABLE)


def start_building(cursor):
    cursor.execute(f"DROP TABLE IF EXISTS {BUILDING}")
    create(cursor, BUILDING)


def swap(cursor, indexed=False):
    """Put the built table in place of the live one (call inside one transaction), with
    its indexes unless they are built (``indexed``), and its lists, counts and listing
    (``impacts.build``, ``counts.build`` and ``listing.build`` of ``BUILDING`` with
    ``SUFFIX``, made before)."""
    if indexed:
        cursor.execute(f"COMMENT ON TABLE {BUILDING} IS %s", [FORMAT])
    else:
        create_indexes(cursor, BUILDING)
    cursor.execute(f"ANALYZE {BUILDING}")  # the planner's estimates from the first search on
    cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
    cursor.execute(f"ALTER TABLE {BUILDING} RENAME TO {TABLE}")
    impacts.swap(cursor, SUFFIX)
    counts.swap(cursor, SUFFIX)
    listing.swap(cursor, SUFFIX)
    bump_generation(cursor)


def bump_generation(cursor):
    """Give the index's content a new token (``SearchBackend.generation``), in the
    transaction that changes it: a reader sees the new token with the new content. The
    one-row table is made on the first change (also in an index built before it existed)."""
    if not exists(cursor, GENERATION):
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY + 1])
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {GENERATION} (token text NOT NULL)")
        cursor.execute(f"INSERT INTO {GENERATION} SELECT '' WHERE NOT EXISTS (SELECT 1 FROM {GENERATION})")
    cursor.execute(f"UPDATE {GENERATION} SET token = gen_random_uuid()::text")


def generation(cursor, in_transaction=True):
    """The token ``bump_generation`` gave the index's content (``None`` before the first
    change). Outside a transaction (a web request's autocommit) in one statement, the
    missing table's error the answer, as it can abort nothing; inside one, the catalog is
    asked first."""
    if in_transaction and not exists(cursor, GENERATION):
        return None
    try:
        cursor.execute(f"SELECT token FROM {GENERATION}")
    except ProgrammingError as error:
        if in_transaction or getattr(error.__cause__, "sqlstate", None) != UNDEFINED_TABLE:
            raise
        return None
    row = cursor.fetchone()
    return row[0] if row else None


@contextmanager
def advisory_lock(connection, shared=False, timeout=None):
    """Hold the index writers' session-level advisory lock on ``connection``: ``shared``
    by queue workers (each applies changes the others can't claim), alone by rebuilds."""
    suffix = "_shared" if shared else ""
    deadline = None if timeout is None else time.monotonic() + timeout
    with connection.cursor() as cursor:
        if deadline is None:
            cursor.execute(f"SELECT pg_advisory_lock{suffix}(%s)", [LOCK_KEY])
        else:
            while True:
                cursor.execute(f"SELECT pg_try_advisory_lock{suffix}(%s)", [LOCK_KEY])
                if cursor.fetchone()[0]:
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError("the search index writer lock is held by another process")
                time.sleep(0.1)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT pg_advisory_unlock{suffix}(%s)", [LOCK_KEY])

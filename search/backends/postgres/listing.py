"""A facet value's articles in date order, read without their rows: the park and reporter pages.

A park's (reporter's, province's …) page lists the articles with that facet value newest
first, twenty at a time, with their number. From the search table, the general statement
reads every match's row for its date and sorts them: 10,108 heap pages for the biggest
park at 100k, 116 ms cold (docs/benchmarks.md). This module keeps ``LISTING``
(``search_pg_listing``): a row per (facet value as ``facet_values`` writes it, article) with
the article's date, under a B-tree in the listing's order. A page is a range of that index
and the count a count of the value's range, whatever the number of matches.

Built with the index (``build``, from the table), kept true by the index writer as articles
change (``update``, in the transaction that rewrites their rows), swapped in with the table.
"""

from search.backends.postgres import catalog

LISTING = "search_pg_listing"
# The engine's date orders (``backend.ORDER`` takes them from here), as
# Article.objects.newest_first(): undated last, ties by the higher id first. The index is
# in the newest-first order; the oldest-first page of a value sorts its rows.
ORDER = {
    "newest": "published_on DESC NULLS LAST, article_id DESC",
    "oldest": "published_on ASC NULLS LAST, article_id ASC",
}


def create(cursor, suffix=""):
    cursor.execute(f"DROP TABLE IF EXISTS {LISTING}{suffix}")
    cursor.execute(
        f"CREATE TABLE {LISTING}{suffix} (value text NOT NULL, published_on date, article_id bigint NOT NULL)"
    )


def _rows(table, where=""):
    return f"SELECT v, published_on, article_id FROM {table}, unnest(facet_values) v {where}"


def build(cursor, table, suffix=""):
    """Fill ``LISTING + suffix`` from ``table``'s rows, with its indexes."""
    create(cursor, suffix)
    cursor.execute(f"INSERT INTO {LISTING}{suffix} {_rows(table)}")
    cursor.execute(f"CREATE INDEX ON {LISTING}{suffix} (value, {ORDER['newest']})")
    cursor.execute(f"CREATE INDEX ON {LISTING}{suffix} (article_id)")
    cursor.execute(f"ANALYZE {LISTING}{suffix}")


def exists(cursor):
    return catalog.exists(cursor, LISTING)


def update(cursor, table, article_ids):
    """Keep the listing true for the articles ``article_ids`` just written to (or deleted
    from) ``table``: their rows replaced by their current facet values and date."""
    if not article_ids or not exists(cursor):  # a table of an older format: nothing to keep
        return
    ids = list(article_ids)
    cursor.execute(f"DELETE FROM {LISTING} WHERE article_id = ANY(%s)", [ids])
    cursor.execute(f"INSERT INTO {LISTING} {_rows(table, 'WHERE article_id = ANY(%s)')}", [ids])


def swap(cursor, suffix):
    """Put the listing built with ``suffix`` in place of the live one (in the swap's transaction)."""
    cursor.execute(f"DROP TABLE IF EXISTS {LISTING}")
    cursor.execute(f"ALTER TABLE {LISTING}{suffix} RENAME TO {LISTING}")


def page(read, value, sort, offset, limit):
    """``(count, ids)``: the number of articles with facet value ``value`` (``key:value``)
    and the ids of ``limit`` of them from ``offset`` in ``sort``'s order - one statement."""
    rows = read(
        f"SELECT (SELECT count(*) FROM {LISTING} WHERE value = %s), "
        f"ARRAY(SELECT article_id FROM {LISTING} WHERE value = %s ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s)",
        [value, value, limit, offset],
    )
    count, ids = rows[0]
    return count, list(ids)

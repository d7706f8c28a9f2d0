"""The parks' figure series kept up to date (``FigureSeries``): per park (0 for figures
without one), metric and its class, base unit and year, how many public figures there are
(not rejected, in a published article) and the largest value. The park page's "数据"
section reads its figure count and its charts from these rows, ``/figures/`` its counts:
grouping the biggest park's ~18,000 figures cost 0.2-0.4 s of CPU at 100,000 articles
after every change, counting a metric class's figures 0.6 s; the rows are a few dozen a
park.

*New figures* are counted by whoever inserts them, once per statement
(``archive.models.counts.count_new_figures``): the importer once a batch, over the
batch's figures, and ``Figure.save()`` / ``bulk_create`` otherwise (the admin, re-parses,
editors' tools). They also write each figure's copy of its article's date. A trigger per
inserted row (the series' upsert, and the date's update rewriting the row) cost the
import 16 % of its CPU (docs/benchmarks.md).

*Everything else* is done by triggers, for the reasons ``archive.counting`` gives: the
admin, editors' confirmations and rejections, re-parses, joins, park merges and
``QuerySet.update()`` change and delete figures and articles; a trigger sees every one,
inside its transaction, and editors' changes are few. They are written as that module's
are (``counting.ENGINES``; on PostgreSQL under the same advisory lock), but run ``AFTER``
the row changes: a largest value that leaves a series is looked up again from the
figures, which must then be as the statement leaves them. The number itself is a
difference (+1, -1), which every order of rows adds up the same. ``DATE_TRIGGERS`` copy an
article's new date onto its figures, and put a figure's date right when a save writes
another (a figure moved to another article, an instance loaded before the date changed).

A figure with no year counts under year 0. Not seen: a raw ``INSERT`` of figures other
than the importer's, a raw ``DELETE`` of a published article before its figures (Django
deletes the figures first); ``recount`` repairs both (``manage.py recount_articles`` runs
it with the article counts, and ``--check`` finds them).
"""

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from archive import counting
from archive.models import FigureSeries
from archive.models.counts import PUBLISHED_SQL, REJECTED_SQL, SERIES_GROUP, SERIES_INSERT, SERIES_KEY, SERIES_UPSERT

# The series' statements (shared with ``count_new_figures``), by shorter names.
PUBLISHED, REJECTED, GROUP, INSERT, KEY, UPSERT = (
    PUBLISHED_SQL,
    REJECTED_SQL,
    SERIES_GROUP,
    SERIES_INSERT,
    SERIES_KEY,
    SERIES_UPSERT,
)
TABLE = FigureSeries._meta.db_table


def _is_public(row):
    return (
        f"{row}.status <> {REJECTED} AND EXISTS "
        f"(SELECT 1 FROM archive_article a WHERE a.id = {row}.article_id AND a.status = {PUBLISHED})"
    )


def _fresh_top(park, metric, metric_class, base_unit, year):
    """The largest public value of one series, as the figures are now (``park`` 0: the
    figures without a park; written so that the park's index serves both)."""
    return (
        "(SELECT MAX(f.base_value) FROM archive_figure f JOIN archive_article a ON a.id = f.article_id "
        f"WHERE (f.park_id = {park} OR ({park} = 0 AND f.park_id IS NULL)) AND f.metric = {metric} "
        f"AND f.metric_class = {metric_class} AND f.base_unit = {base_unit} "
        f"AND COALESCE(f.year, 0) = {year} AND f.status <> {REJECTED} AND a.status = {PUBLISHED})"
    )


def _enter(row):
    """Figure ``row`` (NEW) joins its series when it is public."""
    return (
        f"{INSERT}SELECT COALESCE({row}.park_id, 0), {row}.metric, {row}.metric_class, {row}.base_unit, "
        f"COALESCE({row}.year, 0), 1, "
        f"{row}.base_value WHERE {_is_public(row)}{UPSERT}"
    )


def _leave(row):
    """Figure ``row`` (OLD) leaves its series when it was public; the series' largest value
    is looked up again when it may have been this one."""
    park, year = f"COALESCE({row}.park_id, 0)", f"COALESCE({row}.year, 0)"
    top = _fresh_top(park, f"{row}.metric", f"{row}.metric_class", f"{row}.base_unit", year)
    return (
        f"UPDATE {TABLE} SET n = n - 1, top = CASE WHEN {row}.base_value >= top THEN {top} ELSE top END "
        f"WHERE park_id = {park} AND metric = {row}.metric AND metric_class = {row}.metric_class "
        f"AND base_unit = {row}.base_unit AND year = {year} AND {_is_public(row)}"
    )


_ARTICLE_FIGURES = f"FROM archive_figure f WHERE f.article_id = NEW.id AND f.status <> {REJECTED}"


def _published():
    """An article published: its figures join their series."""
    return [f"{INSERT}SELECT {GROUP}, COUNT(*), MAX(f.base_value) {_ARTICLE_FIGURES} GROUP BY {GROUP}{UPSERT}"]


def _unpublished():
    """An article no longer published: its figures leave their series."""
    own = (
        f"(SELECT COUNT(*) {_ARTICLE_FIGURES} AND COALESCE(f.park_id, 0) = {TABLE}.park_id "
        f"AND f.metric = {TABLE}.metric AND f.metric_class = {TABLE}.metric_class "
        f"AND f.base_unit = {TABLE}.base_unit AND COALESCE(f.year, 0) = {TABLE}.year)"
    )
    columns = (f"{TABLE}.{c}" for c in ("park_id", "metric", "metric_class", "base_unit", "year"))
    top = _fresh_top(*columns)
    return [f"UPDATE {TABLE} SET n = n - {own}, top = {top} WHERE ({KEY}) IN (SELECT {GROUP} {_ARTICLE_FIGURES})"]


# (name, timing, event, table, condition, statements), wrapped by ``counting.ENGINES``.
TRIGGERS = [
    ("figure_delete", "AFTER", "DELETE", "archive_figure", None, [_leave("OLD")]),
    (
        "figure_update",
        "AFTER",
        "UPDATE OF status, park_id, metric, metric_class, base_unit, year, base_value, article_id",
        "archive_figure",
        None,
        [_leave("OLD"), _enter("NEW")],
    ),
    (
        "figure_article_published",
        "AFTER",
        "UPDATE OF status",
        "archive_article",
        f"NEW.status = {PUBLISHED} AND OLD.status <> {PUBLISHED}",
        _published(),
    ),
    (
        "figure_article_unpublished",
        "AFTER",
        "UPDATE OF status",
        "archive_article",
        f"OLD.status = {PUBLISHED} AND NEW.status <> {PUBLISHED}",
        _unpublished(),
    ),
]

# Each figure carries its article's date (``Figure.article_date``) for the newest-first
# indexes. A changed figure's is put right after the row is written (SQLite's triggers
# cannot change NEW); the guard ("IS DISTINCT FROM") makes the update a no-op when the date
# is right already, which also stops PostgreSQL's triggers from firing themselves again.
_ARTICLE_DATE = "(SELECT a.published_on FROM archive_article a WHERE a.id = NEW.article_id)"
DATE_TRIGGERS = [
    (
        "figure_date_update",
        "AFTER",
        "UPDATE OF article_id, article_date",
        "archive_figure",
        None,
        [
            f"UPDATE archive_figure SET article_date = {_ARTICLE_DATE} "
            f"WHERE id = NEW.id AND article_date IS DISTINCT FROM {_ARTICLE_DATE}"
        ],
    ),
    (
        "figure_article_date",
        "AFTER",
        "UPDATE OF published_on",
        "archive_article",
        None,
        [
            "UPDATE archive_figure SET article_date = NEW.published_on "
            "WHERE article_id = NEW.id AND article_date IS DISTINCT FROM NEW.published_on"
        ],
    ),
]
FILL_DATES = (
    "UPDATE archive_figure SET article_date = "
    "(SELECT a.published_on FROM archive_article a WHERE a.id = archive_figure.article_id)"
)

FRESH = (
    f"SELECT {GROUP}, COUNT(*), MAX(f.base_value) FROM archive_figure f "
    f"JOIN archive_article a ON a.id = f.article_id WHERE a.status = {PUBLISHED} AND f.status <> {REJECTED} "
    f"GROUP BY {GROUP}"
)


def _dialect(vendor, sql):
    """SQLite spells "IS DISTINCT FROM" ``IS NOT`` before 3.39 (and still understands it)."""
    return sql.replace("IS DISTINCT FROM", "IS NOT") if vendor == "sqlite" else sql


def install(using=None):
    """(Re)create the triggers, count every series and copy every date afresh, in one transaction."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    create, drop = counting.ENGINES[conn.vendor]
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        for name, timing, event, table, condition, statements in TRIGGERS + DATE_TRIGGERS:
            statements = [_dialect(conn.vendor, s) for s in statements]
            for sql in drop(name, table) + create(name, timing, event, table, condition, statements):
                cursor.execute(sql)
    recount(using=conn.alias)


def uninstall(using=None):
    conn = connections[using or DEFAULT_DB_ALIAS]
    _create, drop = counting.ENGINES[conn.vendor]
    with conn.cursor() as cursor:
        for name, _timing, _event, table, _condition, _statements in TRIGGERS + DATE_TRIGGERS:
            for sql in drop(name, table):
                cursor.execute(sql)


def fresh_series(using=None):
    """{(park_id, metric, metric_class, base_unit, year): (n, top)} grouped afresh from the figures."""
    with connections[using or DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(FRESH)
        return {tuple(key): (n, top) for *key, n, top in cursor.fetchall()}


def stored_series(using=None):
    """{(park_id, metric, metric_class, base_unit, year): (n, top)} as the triggers kept them
    (empty series left out)."""
    rows = FigureSeries.objects.using(using or DEFAULT_DB_ALIAS).filter(n__gt=0)
    return {(r.park_id, r.metric, r.metric_class, r.base_unit, r.year): (r.n, r.top) for r in rows}


def recount(using=None):
    """Count every series and copy every article's date onto its figures afresh."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(f"INSERT INTO {TABLE} ({KEY}, n, top) {FRESH}")
        cursor.execute(FILL_DATES)


def stale_dates(using=None):
    """How many figures carry another date than their article's."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    with conn.cursor() as cursor:
        cursor.execute(
            _dialect(
                conn.vendor,
                "SELECT COUNT(*) FROM archive_figure f JOIN archive_article a ON a.id = f.article_id "
                "WHERE f.article_date IS DISTINCT FROM a.published_on",
            )
        )
        return cursor.fetchone()[0]

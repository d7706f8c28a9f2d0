"""Published-article counts kept by the database (``PublishedCount``): per park, per
province (all kinds and per park kind, each article once however many of the province's
parks it names), per province and year of the article's date (the province page's
articles over the years; undated articles left out), per reporter (each article once
whatever their roles) and the total.

*Why triggers.* Park tags, bylines and statuses change through the importer's raw
inserts, the admin, editors' operations, re-parses, deletes and ``QuerySet.update()``;
a count kept in Python would have to be kept in every one of those paths, and one missed
path would make it drift. A trigger sees every row change on both engines, inside the
transaction that makes it (a rollback takes the count back with it); on PostgreSQL the
triggers take turns through an advisory lock (``COUNT_LOCK_KEY``), so concurrent writers
never deadlock on the count rows. ``install()`` (run by migration 0011, and again by
0012 when the year rows came) creates them and counts afresh; ``manage.py recount_articles`` counts
afresh again (after restoring rows by hand, say) or ``--check``\\ s that nothing drifted.

Each trigger judges a change against the table *before* the row changes (``BEFORE`` row
triggers): PostgreSQL runs ``AFTER`` row triggers only once the whole statement is done, so
two tags of one province inserted by one statement would each see the other and neither
count. The park trigger recounts the provinces (a park moved to another province or kind:
rare) and runs ``AFTER`` the change. A published article whose date moves to another year
(or gets or loses its date) moves its year rows.

The statements are the same SQL on both engines but for the year of a date, written
``YEAR(column)`` here and turned into each engine's function by ``dialect()``.

Every trigger that moves a count also bumps the counts' *generation* (one row, scope
``generation``) in the same transaction, and triggers on parks bump it when a park changes
as the maps show it: ``stats.counts_version`` reads it to know whether what it keeps by the
counts is current.

Not seen: a raw ``DELETE`` of an article before its tags (Django deletes the tags first),
changes made with the triggers dropped. ``recount`` repairs both.
"""

import re
import secrets

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from archive.models import PublishedCount
from archive.models.counts import COUNT_LOCK_KEY

TABLE = PublishedCount._meta.db_table
PUBLISHED = "'published'"  # Article.Status.PUBLISHED, as SQL
UPSERT = f" ON CONFLICT (scope, kind, name) DO UPDATE SET n = {TABLE}.n + excluded.n"
INSERT = f"INSERT INTO {TABLE} (scope, kind, name, n) "
# Province rows: "" (any kind) and per kind.
KINDS = (("''", ""), ("p.kind", " AND q.kind = p.kind"))
# YEAR(column) -> the year of a date as text (YYYY), per engine.
YEAR_SQL = {"sqlite": r"strftime('%Y', \1)", "postgresql": r"to_char(\1, 'YYYY')"}


def dialect(sql, vendor):
    return re.sub(r"YEAR\(([\w.]+)\)", YEAR_SQL[vendor], sql)


def _is_published(row):
    return f"EXISTS (SELECT 1 FROM archive_article a WHERE a.id = {row}.article_id AND a.status = {PUBLISHED})"


def _tag(row, sign, others_only):
    """A park tag ``row`` (NEW or OLD) entering (+1) or leaving (-1) the counts. ``others_only``:
    the row itself is still in the table (a delete, an update) and must not count as another."""
    other = f" AND t.id <> {row}.id" if others_only else ""
    published = _is_published(row)
    statements = [f"{INSERT}SELECT 'park', '', CAST({row}.park_id AS TEXT), {sign} WHERE {published}{UPSERT}"]
    for kind, same_kind in KINDS:
        statements.append(
            f"{INSERT}SELECT 'province', {kind}, p.province, {sign} FROM archive_park p "
            f"WHERE p.id = {row}.park_id AND p.province <> '' AND {published} AND NOT EXISTS ("
            "SELECT 1 FROM archive_articlepark t JOIN archive_park q ON q.id = t.park_id "
            f"WHERE t.article_id = {row}.article_id AND q.province = p.province{same_kind}{other}){UPSERT}"
        )
    statements.append(
        f"{INSERT}SELECT 'year', YEAR(a.published_on), p.province, {sign} FROM archive_park p "
        f"JOIN archive_article a ON a.id = {row}.article_id WHERE p.id = {row}.park_id AND p.province <> '' "
        f"AND a.status = {PUBLISHED} AND a.published_on IS NOT NULL AND NOT EXISTS ("
        "SELECT 1 FROM archive_articlepark t JOIN archive_park q ON q.id = t.park_id "
        f"WHERE t.article_id = {row}.article_id AND q.province = p.province{other}){UPSERT}"
    )
    return statements


def _year_rows(row, sign, condition):
    """The article ``row``'s (NEW or OLD) year rows, one per province its tags name, moved by
    ``sign`` when ``condition`` holds."""
    return (
        f"{INSERT}SELECT 'year', YEAR({row}.published_on), p.province, {sign} FROM archive_articlepark t "
        f"JOIN archive_park p ON p.id = t.park_id WHERE t.article_id = NEW.id AND p.province <> '' "
        f"AND {row}.published_on IS NOT NULL AND {condition} GROUP BY p.province{UPSERT}"
    )


def _byline(row, sign, others_only):
    other = f" AND b.id <> {row}.id" if others_only else ""
    return [
        f"{INSERT}SELECT 'reporter', '', CAST({row}.reporter_id AS TEXT), {sign} WHERE {_is_published(row)} "
        "AND NOT EXISTS (SELECT 1 FROM archive_byline b "
        f"WHERE b.article_id = {row}.article_id AND b.reporter_id = {row}.reporter_id{other}){UPSERT}"
    ]


def _status_change():
    d = f"(CASE WHEN NEW.status = {PUBLISHED} THEN 1 ELSE -1 END)"
    statements = [
        f"{INSERT}SELECT 'articles', '', '', {d} WHERE 1 = 1{UPSERT}",
        f"{INSERT}SELECT 'park', '', CAST(t.park_id AS TEXT), {d} FROM archive_articlepark t "
        f"WHERE t.article_id = NEW.id{UPSERT}",
    ]
    for kind, _same in KINDS:
        group = "p.province" + (", p.kind" if kind != "''" else "")
        statements.append(
            f"{INSERT}SELECT 'province', {kind}, p.province, {d} FROM archive_articlepark t "
            f"JOIN archive_park p ON p.id = t.park_id WHERE t.article_id = NEW.id AND p.province <> '' "
            f"GROUP BY {group}{UPSERT}"
        )
    statements.append(
        f"{INSERT}SELECT 'reporter', '', CAST(b.reporter_id AS TEXT), {d} FROM archive_byline b "
        f"WHERE b.article_id = NEW.id GROUP BY b.reporter_id{UPSERT}"
    )
    # Published: counted in its (new) date's year; no longer: taken from its old date's.
    statements.append(_year_rows("NEW", 1, f"NEW.status = {PUBLISHED}"))
    statements.append(_year_rows("OLD", -1, f"NEW.status <> {PUBLISHED}"))
    return statements


# What each count is, counted afresh (the recount, and what the test compares with).
_PUBLISHED_TAGS = (
    "FROM archive_articlepark t JOIN archive_article a ON a.id = t.article_id "
    f"JOIN archive_park p ON p.id = t.park_id WHERE a.status = {PUBLISHED}"
)
FRESH_PROVINCES = [
    f"SELECT 'province', {kind}, p.province, COUNT(DISTINCT t.article_id) {_PUBLISHED_TAGS} "
    f"AND p.province <> '' GROUP BY p.province{group}"
    for kind, group in (("''", ""), ("p.kind", ", p.kind"))
] + [
    f"SELECT 'year', YEAR(a.published_on), p.province, COUNT(DISTINCT t.article_id) {_PUBLISHED_TAGS} "
    "AND p.province <> '' AND a.published_on IS NOT NULL GROUP BY p.province, YEAR(a.published_on)"
]
FRESH = [
    f"SELECT 'articles', '', '', COUNT(*) FROM archive_article WHERE status = {PUBLISHED}",
    f"SELECT 'park', '', CAST(t.park_id AS TEXT), COUNT(*) {_PUBLISHED_TAGS} GROUP BY t.park_id",
    *FRESH_PROVINCES,
    "SELECT 'reporter', '', CAST(b.reporter_id AS TEXT), COUNT(DISTINCT b.article_id) FROM archive_byline b "
    f"JOIN archive_article a ON a.id = b.article_id WHERE a.status = {PUBLISHED} GROUP BY b.reporter_id",
]
RECOUNT_PROVINCES = [f"DELETE FROM {TABLE} WHERE scope IN ('province', 'year')"] + [INSERT + s for s in FRESH_PROVINCES]

# The generation: one row (scope 'generation', an epoch token as its kind, n) that every
# trigger moving a count, and every change of what the maps show of a park, bumps in the
# same statement - so ``stats.counts_version`` is one indexed read instead of a digest of
# every count row (16 ms of a directory request at 100,000 articles). ``recount`` and a
# restore start a new epoch (``new_generation``): a cached value of an old (epoch, n) is
# never taken for the new one.
GENERATION = "'generation'"
BUMP = f"UPDATE {TABLE} SET n = n + 1 WHERE scope = {GENERATION}"
# What the maps and directories show of a park (``stats.PARK_FIELDS``).
PARK_COLUMNS = "name, short_name, slug, province, city, kind, verified, longitude, latitude"


def _bump_if_published(row):
    return f"{BUMP} AND {_is_published(row)}"


# (name, timing, event, table, condition, statements)
TRIGGERS = [
    (
        "tag_insert",
        "BEFORE",
        "INSERT",
        "archive_articlepark",
        None,
        [*_tag("NEW", 1, False), _bump_if_published("NEW")],
    ),
    (
        "tag_delete",
        "BEFORE",
        "DELETE",
        "archive_articlepark",
        None,
        [*_tag("OLD", -1, True), _bump_if_published("OLD")],
    ),
    (
        "tag_update",
        "BEFORE",
        "UPDATE OF article_id, park_id",
        "archive_articlepark",
        "OLD.article_id <> NEW.article_id OR OLD.park_id <> NEW.park_id",
        [*_tag("OLD", -1, True), *_tag("NEW", 1, True), _bump_if_published("OLD"), _bump_if_published("NEW")],
    ),
    (
        "byline_insert",
        "BEFORE",
        "INSERT",
        "archive_byline",
        None,
        [*_byline("NEW", 1, False), _bump_if_published("NEW")],
    ),
    (
        "byline_delete",
        "BEFORE",
        "DELETE",
        "archive_byline",
        None,
        [*_byline("OLD", -1, True), _bump_if_published("OLD")],
    ),
    (
        "byline_update",
        "BEFORE",
        "UPDATE OF article_id, reporter_id",
        "archive_byline",
        "OLD.article_id <> NEW.article_id OR OLD.reporter_id <> NEW.reporter_id",
        [*_byline("OLD", -1, True), *_byline("NEW", 1, True), _bump_if_published("OLD"), _bump_if_published("NEW")],
    ),
    (
        "article_insert",
        "BEFORE",
        "INSERT",
        "archive_article",
        f"NEW.status = {PUBLISHED}",
        [f"{INSERT}SELECT 'articles', '', '', 1 WHERE 1 = 1{UPSERT}", BUMP],
    ),
    (
        "article_delete",
        "BEFORE",
        "DELETE",
        "archive_article",
        f"OLD.status = {PUBLISHED}",
        [f"{INSERT}SELECT 'articles', '', '', -1 WHERE 1 = 1{UPSERT}", BUMP],
    ),
    (
        "article_status",
        "BEFORE",
        "UPDATE OF status",
        "archive_article",
        f"(OLD.status = {PUBLISHED}) <> (NEW.status = {PUBLISHED})",
        [*_status_change(), BUMP],
    ),
    (
        "article_date",
        "BEFORE",
        "UPDATE OF published_on",
        "archive_article",
        f"OLD.status = {PUBLISHED} AND NEW.status = {PUBLISHED} AND (OLD.published_on <> NEW.published_on "
        "OR (OLD.published_on IS NULL) <> (NEW.published_on IS NULL))",
        [_year_rows("OLD", -1, "1 = 1"), _year_rows("NEW", 1, "1 = 1"), BUMP],
    ),
    (
        "park_place",
        "AFTER",
        "UPDATE OF province, kind",
        "archive_park",
        "OLD.province <> NEW.province OR OLD.kind <> NEW.kind",
        RECOUNT_PROVINCES,
    ),
    # A park added, removed or changed as the maps show it (its counts follow from its tags).
    ("park_insert", "AFTER", "INSERT", "archive_park", None, [BUMP]),
    ("park_delete", "AFTER", "DELETE", "archive_park", None, [BUMP]),
    ("park_shown", "AFTER", f"UPDATE OF {PARK_COLUMNS}", "archive_park", None, [BUMP]),
]


def _sqlite(name, timing, event, table, condition, statements):
    when = f" WHEN {condition}" if condition else ""
    body = "".join(f"{dialect(s, 'sqlite')}; " for s in statements)
    return [f"CREATE TRIGGER archive_count_{name} {timing} {event} ON {table} FOR EACH ROW{when} BEGIN {body}END"]


# Every trigger first takes the counts' advisory lock (``COUNT_LOCK_KEY``, why: there).
def _postgresql(name, timing, event, table, condition, statements):
    returned = "NULL" if timing == "AFTER" else ("OLD" if event == "DELETE" else "NEW")
    body = f"PERFORM pg_advisory_xact_lock({COUNT_LOCK_KEY}); " + "".join(
        f"{dialect(s, 'postgresql')}; " for s in statements
    )
    when = f" WHEN ({condition})" if condition else ""
    return [
        f"CREATE OR REPLACE FUNCTION archive_count_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body}RETURN {returned}; END $$",
        f"CREATE TRIGGER archive_count_{name} {timing} {event} ON {table} FOR EACH ROW{when} "
        f"EXECUTE FUNCTION archive_count_{name}()",
    ]


def _drop_sqlite(name, table):
    return [f"DROP TRIGGER IF EXISTS archive_count_{name}"]


def _drop_postgresql(name, table):
    return [
        f"DROP TRIGGER IF EXISTS archive_count_{name} ON {table}",
        f"DROP FUNCTION IF EXISTS archive_count_{name}()",
    ]


# What the two engines write differently: the trigger's wrapping, not its statements.
ENGINES = {"sqlite": (_sqlite, _drop_sqlite), "postgresql": (_postgresql, _drop_postgresql)}


def install(using=None):
    """(Re)create the triggers and count everything afresh, in one transaction."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    create, drop = ENGINES[conn.vendor]
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        for name, timing, event, table, condition, statements in TRIGGERS:
            for sql in drop(name, table) + create(name, timing, event, table, condition, statements):
                cursor.execute(sql)
    recount(using=conn.alias)


def uninstall(using=None):
    conn = connections[using or DEFAULT_DB_ALIAS]
    _create, drop = ENGINES[conn.vendor]
    with conn.cursor() as cursor:
        for name, _timing, _event, table, _condition, _statements in TRIGGERS:
            for sql in drop(name, table):
                cursor.execute(sql)


def new_generation(using=None):
    """Start a new generation epoch (a random token, n = 0): what ``recount`` and a restore do."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE scope = {GENERATION}")
        cursor.execute(f"{INSERT}VALUES ({GENERATION}, %s, '', 0)", [secrets.token_hex(8)])


def generation(using=None):
    """``"epoch.n"``: changes with every count and every park the maps show; ``None`` when the
    row is missing (an archive restored by hand: ``recount_articles`` puts it back)."""
    with connections[using or DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(f"SELECT kind, n FROM {TABLE} WHERE scope = {GENERATION}")
        row = cursor.fetchone()
    return None if row is None else f"{row[0]}.{row[1]}"


def fresh_counts(using=None):
    """{(scope, kind, name): n} counted from the articles, tags and bylines themselves."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    found = {}
    with conn.cursor() as cursor:
        for sql in FRESH:
            cursor.execute(dialect(sql, conn.vendor))
            found.update({(scope, kind, name): n for scope, kind, name, n in cursor.fetchall() if n})
    return found


def stored_counts(using=None):
    """{(scope, kind, name): n} as the triggers kept them (zero counts left out)."""
    rows = PublishedCount.objects.using(using or "default").exclude(n=0).exclude(scope=PublishedCount.Scope.GENERATION)
    return {(r.scope, r.kind, r.name): r.n for r in rows}


def recount(using=None):
    """Count everything afresh (what ``install`` and ``manage.py recount_articles`` do), in a
    new generation."""
    conn = connections[using or DEFAULT_DB_ALIAS]
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        for sql in FRESH:
            cursor.execute(INSERT + dialect(sql, conn.vendor))
        new_generation(using=conn.alias)


def has_negative(using=None) -> bool:
    """Is any count below zero (what only a flush in the wrong order leaves behind:
    ``signals.recount_after_flush``)?"""
    return PublishedCount.objects.using(using or DEFAULT_DB_ALIAS).filter(n__lt=0).exists()


def counts(scope, kind=""):
    """{name: n} of one scope's non-zero counts (``name`` as stored: text)."""
    rows = PublishedCount.objects.filter(scope=scope, kind=kind, n__gt=0).values_list("name", "n")
    return dict(rows)

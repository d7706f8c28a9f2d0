"""Counts the reader pages show, cached because they are expensive at 100,000 articles.

Invalidation is one deliberate mechanism: every cached value's key carries a *stats
version*; saving or deleting one of ``INVALIDATING_MODELS`` sets a new version, so every
count is recomputed on its next read. The version lives in the cache itself, so with a
shared cache (the file cache in the data dir) one gunicorn worker's change is seen by all
of them.

What the signals cannot see - ``QuerySet.update()``, ``bulk_create()``, raw SQL - is
covered by ``STATS_TTL``: no count is older than that. Bulk writers (the importer) should
call ``invalidate()`` when they finish.

Park and reporter pages count (and list) from the search index when it agrees with the
database, so every change the index writer applies invalidates too (its
``search.indexing.index_changed`` signal). ``ArchiveConfig.ready()`` connects the
receivers.
"""

import logging
import threading
import time
from collections import Counter

from django.core.cache import cache
from django.db.models import Count

from archive import counting
from archive.models import (
    Article,
    ArticleCompany,
    ArticlePark,
    Byline,
    Company,
    Figure,
    Park,
    PublishedCount,
    Reporter,
    derived_names,
    park_article_counts,
    pinyin_syllables,
)
from archive.prepared import prepared
from search.query import Filters, facet_counts, index_size, listing

STATS_TTL = 10 * 60
logger = logging.getLogger(__name__)
VERSION_KEY = "archive:stats:version"


# Saving or deleting any of these changes some count.
INVALIDATING_MODELS = (Article, ArticlePark, Byline, Park, Reporter, Figure, Company, ArticleCompany)


def invalidate(**kwargs):
    """Make every cached count stale. Safe to call from anywhere, any number of times."""
    cache.set(VERSION_KEY, time.time_ns(), None)
    _forget_in_request()


def version():
    """The current stats version; also a key part for cached template fragments. Read
    from the shared cache once a request (a park page asked 4-5 times: on PostgreSQL a
    statement each)."""
    memo = _request_memo.__dict__
    if memo.get("active") and memo.get("version") is not None:
        return memo["version"]
    current = cache.get_or_set(VERSION_KEY, time.time_ns, None)
    if memo.get("active"):
        memo["version"] = current
    return current


def cached(name, compute):
    """``compute()``, cached under ``name`` until the next invalidation (or STATS_TTL)."""
    return _cached(f"archive:stats:{version()}:{name}", compute)


# What the maps and directories show of a park.
PARK_FIELDS = ["name", "short_name", "slug", "province", "city", "kind", "verified", "longitude", "latitude"]


def counts_version():
    """What the kept counts (``archive.counting``) and the parks as the maps and directories
    show them are at: their generation, which the count triggers bump in the statement that
    moves a count (and the park triggers when a park changes). Unlike ``version()`` it stays
    the same after a change that moved no count and touched no park - an edited text or date
    of a draft, a reviewed figure, most of an editor's saves - so the maps are not drawn
    again. One indexed read of one row (the digest of every count row it replaces took
    16 ms of a directory request at 100,000 articles). An archive without the row (restored
    by hand) gets a new value each time: nothing is reused until ``recount_articles``."""
    memo = _request_memo.__dict__
    if memo.get("active") and memo.get("generation"):
        return memo["generation"]
    value = counting.generation() or f"missing.{time.time_ns()}"
    if memo.get("active"):
        memo["generation"] = value
    return value


# Within one request the generation is read once (the view, the map and the lists each ask:
# one query per request, not one per ask); ``ArchiveConfig.ready`` connects these to the
# request signals. Outside a request (commands, the shell) every ask reads it.
_request_memo = threading.local()


def _start_memo(active):
    _request_memo.__dict__.update(active=active, generation=None, version=None, values={}, derived_token=None)


def request_started(**kwargs):
    _start_memo(True)


def request_finished(**kwargs):
    _start_memo(False)


def _forget_in_request():
    """After an invalidation in a request, the rest of it reads the new version."""
    _request_memo.__dict__.update(version=None, values={})


def cached_by_counts(name, compute):
    """``compute()`` of something made only of counts and parks, cached under ``name`` until
    a count or a park changes (``counts_version``; or STATS_TTL)."""
    return _cached(f"archive:counts:{counts_version()}:{name}", compute)


# This process's values of the current counts generation (``kept_by_counts``).
_kept = {"version": None, "values": {}}


def kept_by_counts(name, compute):
    """``compute()`` of something made only of counts and parks, kept in this process's
    memory until a count or a park changes (``counts_version``), never in the shared cache.

    For what every page of a kind reads whole and costs more to pickle through the cache
    than to keep: a drawn national map is ~150 KB of HTML, whose write and read cost the
    directory ~10 ms of CPU after each change of a count, and ~2 ms on every visit. Each
    worker computes it once per change (the generation is read from the database once per
    request, so it is never stale); only the current generation's values are kept."""
    version = counts_version()
    if _kept["version"] != version:
        _kept.update(version=version, values={})
    values = _kept["values"]
    if name not in values:
        values[name] = compute()
    return values[name]


def forget_kept():
    """Drop this process's ``kept_by_counts`` values, as a new process starts (tests that
    empty the cache call it too)."""
    _kept.update(version=None, values={})


def _cached(key, compute):
    """``cache.get_or_set``, read once a request: a page asks for the totals in its view,
    its header and its side panel."""
    memo = _request_memo.__dict__
    if not memo.get("active"):
        return cache.get_or_set(key, compute, STATS_TTL)
    values = memo.setdefault("values", {})
    if key not in values:
        values[key] = cache.get_or_set(key, compute, STATS_TTL)
    return values[key]


# Written as ``id IN (subquery)`` rather than a join: SQLite then starts from the park's
# (or reporter's) few rows instead of scanning every published article (62 ms -> 1 ms at
# 100,000 articles).
def park_articles(park):
    """The park's published articles."""
    return Article.objects.published().filter(pk__in=ArticlePark.objects.filter(park=park).values("article_id"))


def reporter_articles(reporter):
    """The reporter's published articles, each once whatever their roles."""
    return Article.objects.published().filter(pk__in=Byline.objects.filter(reporter=reporter).values("article_id"))


DERIVED_NAMES_KEY = "archive:derived-park-names"


# This process's derived names and the token of the shared cache they were worked out under.
_derived = {"token": None, "names": {}}


def derived_park_names():
    """{park_id: [names derived from its city]} (``archive.models.parks.derived_names``),
    kept in this process's memory while the token in the shared cache stays, i.e. until a
    park changes (``forget_derived_names``) or STATS_TTL: reading the whole dict from the
    cache cost ~1 ms of every park page, the token costs a read of a number."""
    memo = _request_memo.__dict__
    token = memo.get("derived_token") if memo.get("active") else None
    if token is None:
        token = cache.get_or_set(DERIVED_NAMES_KEY, time.time_ns, STATS_TTL)
        if memo.get("active"):
            memo["derived_token"] = token
    if token is None or _derived["token"] != token:
        _derived.update(token=token, names=derived_names())
    return _derived["names"]


def forget_derived_names(**kwargs):
    cache.delete(DERIVED_NAMES_KEY)
    _request_memo.__dict__.pop("derived_token", None)


def park_counts():
    """{park_id: number of published articles}: kept counts, so kept in this process's memory
    by their generation (not recomputed after a save that moved no count, nor pickled
    through the shared cache)."""
    return kept_by_counts("park-counts", park_article_counts)


def totals():
    """Articles, parks covered and reporters with at least one published article."""

    def compute():
        return {
            "articles": counting.counts(PublishedCount.Scope.ARTICLES).get("", 0),
            "parks": len(park_counts()),
            "reporters": len(counting.counts(PublishedCount.Scope.REPORTER)),
        }

    return cached_by_counts("totals", compute)


def _park_row(row):
    return {"name": row["park__short_name"] or row["park__name"], "slug": row["park__slug"], "n": row["n"]}


def _ask_index(question, *args, expected=None):
    """``question(*args)`` - a ``search.query`` function answering ``(count, answer)`` - or
    ``None`` when the index can't answer: no index, another engine, an error, or an index
    that disagrees with the database (its article count, or ``expected``) - not built yet,
    restored, or its writer behind. The callers then use SQL. The writer invalidates these
    counts after every change."""
    try:
        if index_size() != totals()["articles"]:
            return None
        count, answer = question(*args)
    except Exception:
        logger.warning("the search index could not answer; using SQL", exc_info=True)
        return None
    if expected is not None and count != expected:
        return None
    return count, answer


def indexed_ids(filters, expected, offset, limit):
    """Ids of one page of a park's or reporter's articles (newest first) from the search
    index, or ``None`` unless the index agrees with the database on the count."""
    found = _ask_index(listing, filters, offset, limit, expected=expected)
    return None if found is None else found[1]


@prepared
def _park_names(slugs):
    return Park.objects.filter(slug__in=slugs).order_by().values_list("slug", "short_name", "name")


@prepared
def _reporter_names(slugs):
    return Reporter.objects.filter(slug__in=slugs).order_by().values_list("slug", "name", "name")


def _rows_by_slug(model, counts, limit, exclude=None):
    """[({name, short_name, slug}, n)] of the first ``limit`` facet counts that name a
    ``model`` row (plain values: the names are all a side panel shows)."""
    counts = [(slug, n) for slug, n in counts if slug != exclude][:limit]
    names = _park_names if model is Park else _reporter_names
    found = names([slug for slug, _n in counts])
    by_slug = {slug: {"slug": slug, "short_name": short_name, "name": name} for slug, short_name, name in found}
    return [(by_slug[slug], n) for slug, n in counts if slug in by_slug]


def park_summary(park, reporters=20, neighbours=10):
    """What the park page shows beside its articles (not cached here: the page keeps its
    side panel drawn, by the stats version):

    - ``years``: [(year, n)] of its published articles with a known date, oldest first;
    - ``reporters``: [{name, slug, n}] who wrote most about it;
    - ``neighbours``: [{name, slug, n}] parks most often tagged on the same articles.
    """

    def from_index():
        found = _ask_index(facet_counts, Filters(parks=[park.slug]), expected=park_counts().get(park.pk, 0))
        if found is None:
            return None
        _count, facets = found
        return {
            "years": sorted((int(y), n) for y, n in facets.get("year", []) if y.isdigit()),
            "reporters": [
                {"name": r["name"], "slug": r["slug"], "n": n}
                for r, n in _rows_by_slug(Reporter, facets.get("reporter", []), reporters)
            ],
            "neighbours": [
                {"name": p["short_name"] or p["name"], "slug": p["slug"], "n": n}
                for p, n in _rows_by_slug(Park, facets.get("park", []), neighbours, exclude=park.slug)
            ],
        }

    def from_sql():
        articles = park_articles(park)
        # Counted here: SQLite's year extraction is a Python function per row anyway, and a
        # "published_on IS NOT NULL" filter makes SQLite pick the date index over the park's rows.
        years = Counter(d.year for d in articles.values_list("published_on", flat=True) if d)
        reporter_rows = (
            Byline.objects.filter(article__in=articles.values("id"))
            .values("reporter_id", "reporter__name", "reporter__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "reporter__name")[:reporters]
        )
        neighbour_rows = (
            ArticlePark.objects.filter(article__in=articles.values("id"))
            .exclude(park=park)
            .values("park_id", "park__name", "park__short_name", "park__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "park_id")[:neighbours]
        )
        return {
            "years": sorted(years.items()),
            "reporters": [
                {"name": r["reporter__name"], "slug": r["reporter__slug"], "n": r["n"]} for r in reporter_rows
            ],
            "neighbours": [_park_row(r) for r in neighbour_rows],
        }

    return from_index() or from_sql()


def reporter_summary(reporter, parks=20):
    """``count`` of a reporter's published articles and the ``parks`` [{name, slug, n}] they cover most."""

    def from_index():
        found = _ask_index(facet_counts, Filters(reporters=[reporter.slug]))
        if found is None:
            return None
        count, facets = found
        return {
            "count": count,
            "parks": [
                {"name": p["short_name"] or p["name"], "slug": p["slug"], "n": n}
                for p, n in _rows_by_slug(Park, facets.get("park", []), parks)
            ],
        }

    def from_sql():
        articles = reporter_articles(reporter)
        rows = (
            ArticlePark.objects.filter(article__in=articles.values("id"))
            .values("park_id", "park__name", "park__short_name", "park__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "park_id")[:parks]
        )
        return {"count": articles.count(), "parks": [_park_row(r) for r in rows]}

    return cached(f"reporter:{reporter.pk}:{parks}", lambda: from_index() or from_sql())


def reporter_rows():
    """Everyone credited on a published article: [{name, slug, n, initials, pinyin}], most
    articles first. ``initials`` (``lq`` for 刘琴) and ``pinyin`` (``liuqin``) serve the
    reporter directory's search; a few thousand names are filtered in Python in well under
    a millisecond, so they are worked out once here rather than stored."""

    def compute():
        counts = counting.counts(PublishedCount.Scope.REPORTER)
        names = Reporter.objects.filter(pk__in=[int(pk) for pk in counts]).values_list("pk", "name", "slug")
        rows = sorted(((counts[str(pk)], name, slug) for pk, name, slug in names), key=lambda r: (-r[0], r[1]))
        return [
            {
                "name": name,
                "slug": slug,
                "n": n,
                "initials": "".join(s[0] for s in pinyin_syllables(name)).lower(),
                "pinyin": "".join(pinyin_syllables(name)).lower(),
            }
            for n, name, slug in rows
        ]

    return cached("reporter-rows", compute)

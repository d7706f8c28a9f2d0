"""Counts the reader pages show, cached because they are expensive at 100,000 articles.

Invalidation is one deliberate mechanism: every cached value's key carries a *stats
version*; saving or deleting an Article, ArticlePark, Byline, Park or Reporter sets a new
version, so every count is recomputed on its next read. The version lives in the cache
itself, so with a shared cache (the file cache in the data dir) one gunicorn worker's
change is seen by all of them.

What the signals cannot see - ``QuerySet.update()``, ``bulk_create()``, raw SQL, or a
process that never imported this module - is covered by ``STATS_TTL``: no count is older
than that. Bulk writers (the importer) should call ``invalidate()`` when they finish.
"""

import time

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from archive.models import Article, ArticlePark, Byline, Park, Reporter, park_article_counts

STATS_TTL = 10 * 60
VERSION_KEY = "archive:stats:version"


def invalidate(**kwargs):
    """Make every cached count stale. Safe to call from anywhere, any number of times."""
    cache.set(VERSION_KEY, time.time_ns(), None)


for _model in (Article, ArticlePark, Byline, Park, Reporter):
    receiver(post_save, sender=_model, dispatch_uid=f"archive.stats.save.{_model.__name__}")(invalidate)
    receiver(post_delete, sender=_model, dispatch_uid=f"archive.stats.delete.{_model.__name__}")(invalidate)


def version():
    """The current stats version; also a key part for cached template fragments."""
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        current = cache.get(VERSION_KEY)
    return current


def cached(name, compute):
    """``compute()``, cached under ``name`` until the next invalidation (or STATS_TTL)."""
    key = f"archive:stats:{version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, STATS_TTL)
    return value


def published_ids():
    return Article.objects.published().values("id")


def park_counts():
    """{park_id: number of published articles}."""
    return cached("park-counts", park_article_counts)


def totals():
    """Articles, parks covered and reporters with at least one published article."""

    def compute():
        counts = park_counts()
        return {
            "articles": Article.objects.published().count(),
            "parks": len(counts),
            "reporters": Byline.objects.filter(article__in=published_ids()).values("reporter_id").distinct().count(),
        }

    return cached("totals", compute)


def _park_row(row):
    return {"name": row["park__short_name"] or row["park__name"], "slug": row["park__slug"], "n": row["n"]}


def other_parks_public():
    """Whether the directory needs an "other parks" tab at all."""

    def compute():
        others = Park.objects.filter(kind=Park.Kind.OTHER)
        return others.filter(verified=True).exists() or others.filter(pk__in=list(park_counts())).exists()

    return cached("other-parks", compute)


def top_parks(limit):
    """[{name, slug, n}]: the parks with the most published articles."""

    def compute():
        counts = park_counts()
        ids = [pk for pk, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
        parks = Park.objects.in_bulk(ids)
        return [{"name": str(parks[pk]), "slug": parks[pk].slug, "n": counts[pk]} for pk in ids if pk in parks]

    return cached(f"top-parks:{limit}", compute)


def park_years(park):
    """[(year, n)] of the park's published articles with a known date, oldest first."""

    def compute():
        rows = (
            Article.objects.published()
            .filter(park_tags__park=park, published_on__isnull=False)
            .annotate(year=ExtractYear("published_on"))
            .values("year")
            .annotate(n=Count("id"))
            .order_by("year")
        )
        return [(r["year"], r["n"]) for r in rows]

    return cached(f"park-years:{park.pk}", compute)


def park_reporters(park, limit=20):
    """[{name, slug, n}]: who wrote most about the park."""

    def compute():
        rows = (
            Byline.objects.filter(article__in=published_ids().filter(park_tags__park=park))
            .values("reporter_id", "reporter__name", "reporter__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "reporter__name")[:limit]
        )
        return [{"name": r["reporter__name"], "slug": r["reporter__slug"], "n": r["n"]} for r in rows]

    return cached(f"park-reporters:{park.pk}:{limit}", compute)


def park_neighbours(park, limit=10):
    """[{name, slug, n}]: parks most often tagged on the same published articles."""

    def compute():
        rows = (
            ArticlePark.objects.filter(article__in=published_ids().filter(park_tags__park=park))
            .exclude(park=park)
            .values("park_id", "park__name", "park__short_name", "park__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "park_id")[:limit]
        )
        return [_park_row(r) for r in rows]

    return cached(f"park-neighbours:{park.pk}:{limit}", compute)


def reporter_parks(reporter, limit=20):
    """[{name, slug, n}]: parks a reporter covers most."""

    def compute():
        rows = (
            ArticlePark.objects.filter(article__in=published_ids().filter(bylines__reporter=reporter))
            .values("park_id", "park__name", "park__short_name", "park__slug")
            .annotate(n=Count("article_id", distinct=True))
            .order_by("-n", "park_id")[:limit]
        )
        return [_park_row(r) for r in rows]

    return cached(f"reporter-parks:{reporter.pk}:{limit}", compute)

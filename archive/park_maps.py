"""The maps of the parks, built from the database for the directory, the home page and
the province pages (the drawing itself is ``archive.maps.render``, pure; see docs/map.md).

Everything here is cached with the other counts (``archive.stats``): a map of 395 parks
is one query for the parks and two of a few hundred rows for the park and province counts
(kept by the database: ``archive.counting``), then nothing until the next change.
"""

import functools
from collections import namedtuple
from html import escape
from itertools import groupby

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from archive import charts, counting, stats
from archive.maps.figure import figure
from archive.maps.render import ParkPoint, china_map, load_provinces, province_map
from archive.models import Park, PublishedCount

PARK_FIELDS = stats.PARK_FIELDS


def is_public(park, counts):
    """Gazetteer parks are public; a park the importer found in text only once it has a published article."""
    return park.verified or counts.get(park.pk, 0) > 0


def park_url_maker():
    """``slug -> the park page's URL``, with one ``reverse()`` for every park: the maps and
    the directory link ~400 parks each, and ``reverse()`` per park cost them ~25 ms of CPU
    whenever a count changed. A slug is ``[-a-zA-Z0-9_]``, which ``reverse()`` leaves as it is."""
    prefix, suffix = reverse("archive:park", args=["SLUG"]).split("SLUG")
    return lambda slug: f"{prefix}{slug}{suffix}"


class ListedPark(namedtuple("ListedPark", ["pk", *PARK_FIELDS, "article_count", "url"])):
    """A park as the maps and directories show it: plain values, cheap to build and to
    cache (~400 model instances cost ~10 ms to build and as much to pickle, on every
    page drawn again after a count changed)."""

    __slots__ = ()

    def __str__(self):
        return self.short_name or self.name  # as Park.__str__


def _all_public_parks():
    def compute():
        counts = stats.park_counts()
        url = park_url_maker()
        parks = [
            ListedPark(*values, counts.get(values[0], 0), url(values[PARK_FIELDS.index("slug") + 1]))
            for values in Park.objects.values_list("pk", *PARK_FIELDS)
        ]
        parks = [p for p in parks if is_public(p, counts)]
        parks.sort(key=lambda p: (charts.province_sort_key(p.province), -p.article_count, p.name))
        return parks

    return stats.kept_by_counts("public-parks", compute)


# One park of a directory's or a province page's list (``templates/archive/park_directory.html``).
GRID_ITEM = '<li{muted}>\n        <a href="{url}">{name}</a>\n        <span class="count">{count}</span>\n      </li>'


def park_grid(parks):
    """The items of a park list, HTML: written here rather than in the template for the
    map's reason (``archive.maps.svg``): the directory lists ~180-400 parks, ~1,000
    template lookups (~20 ms of CPU) each time a count changed. Every text is escaped."""
    return mark_safe(  # noqa: S308 - every text is escaped
        "".join(
            GRID_ITEM.format(
                muted="" if p.article_count else ' class="is-muted"',
                url=escape(p.url),
                name=escape(p.name),
                count=f"{p.article_count} 篇" if p.article_count else "暂无报道",
            )
            for p in parks
        )
    )


def public_parks(*, kind=None, province=None):
    """Public parks (of ``kind``, in ``province``) as ``ListedPark`` with ``article_count``
    and ``url``, in the directory's order: province (GB/T 2260), most articles, name."""
    return [
        p for p in _all_public_parks() if (not kind or p.kind == kind) and (province is None or p.province == province)
    ]


def top_parks(limit):
    """[{name, slug, n, url}]: the parks with the most published articles (a park with an
    article is public), from the public parks the maps keep (no query, nothing to cache)."""

    def compute():
        ranked = sorted((p for p in _all_public_parks() if p.article_count), key=lambda p: (-p.article_count, p.pk))
        return [{"name": str(p), "slug": p.slug, "n": p.article_count, "url": p.url} for p in ranked[:limit]]

    return stats.kept_by_counts(f"top-parks:{limit}", compute)


def province_counts(kind=None):
    """{province: published articles about its parks (of ``kind``)}, each article once
    however many of the province's parks it names."""

    def compute():
        return counting.counts(PublishedCount.Scope.PROVINCE, kind or "")

    return stats.cached_by_counts(f"province-counts:{kind or 'all'}", compute)


def province_filter_url(name, directory=None):
    """The directory filtered to one province: the province's page (``directory``: its
    URL, when the caller has it, to reverse it once for every province)."""
    return (directory or reverse("archive:park_directory")) + _province_query(name)


@functools.lru_cache(maxsize=256)
def _province_query(name):
    return "?" + urlencode({"province": name})


def _points(parks):
    return [ParkPoint(p.slug, str(p), p.kind, p.longitude, p.latitude, p.article_count, p.url) for p in parks]


def drawn(park_map):
    """A map as the pages show it (``templates/archive/_map.html``), HTML, written in Python
    (``archive.maps.figure``: the template's markup, ~1 ms less per drawing).

    The maps are kept drawn rather than as ``ParkMap``: a page then reads one string (the
    outlines make it ~150 KB) instead of unpickling and drawing the map on every visit, and
    the home page and the province list share the national map's drawing (kept in each
    process's memory: ``stats.kept_by_counts``)."""
    return figure(park_map)


def national_map(kind=None, *, map_id="park-map", title="园区分布图"):
    """Every public park (of ``kind``) at its city, drawn; provinces shaded by coverage and
    linked to their page when they have public parks."""

    def compute():
        parks = public_parks(kind=kind)
        with_parks = {p.province for p in parks}
        directory = reverse("archive:park_directory")
        return drawn(
            china_map(
                _points(parks),
                province_counts(kind),
                province_url=lambda name: province_filter_url(name, directory) if name in with_parks else None,
                map_id=map_id,
                title=title,
            )
        )

    return stats.kept_by_counts(f"map:{kind or 'all'}:{map_id}", compute)


def is_mapped_province(name):
    return name in load_provinces()["provinces"]


def province_page(province):
    """What a province's page shows: its parks (every kind) grouped by kind, its map, its
    articles over the years."""

    def compute():
        parks = public_parks(province=province)
        count = province_counts().get(province, 0)
        kinds = dict(Park.Kind.choices)
        groups = []
        for kind, members in groupby(sorted(parks, key=lambda p: list(kinds).index(p.kind)), key=lambda p: p.kind):
            members = list(members)
            groups.append({"kind": kind, "label": kinds[kind], "parks": members, "grid": park_grid(members)})
        years = _province_years(province)
        return {
            "province": province,
            "groups": groups,
            "park_total": len(parks),
            "covered_total": sum(1 for p in parks if p.article_count),
            "article_total": count,
            "park_map": (
                drawn(province_map(province, _points(parks), province_count=count))
                if is_mapped_province(province)
                else None
            ),
            "timeline": charts.year_columns("province-timeline", f"{province}历年报道数量", years),
            "export_qs": "?" + urlencode({"province": province}),
        }

    return stats.cached_by_counts(f"province:{province}", compute)


def _province_years(province):
    """[(year, n)] of the province's published articles with a known date, as the database
    keeps them (``archive.counting``: a few dozen rows, where counting them from the
    province's articles read ~13,000 dates, 150-200 ms, for 江苏省 at 100k articles)."""
    rows = PublishedCount.objects.filter(scope=PublishedCount.Scope.YEAR, name=province, n__gt=0)
    return sorted((int(year), n) for year, n in rows.values_list("kind", "n"))


def province_rows():
    """Every province with public parks: [{name, url, parks, covered, articles}] in GB/T 2260 order."""

    def compute():
        counts = province_counts()
        directory = reverse("archive:park_directory")
        rows = []
        for province, members in groupby(public_parks(), key=lambda p: p.province):
            if not province:
                continue
            members = list(members)
            rows.append(
                {
                    "name": province,
                    "url": province_filter_url(province, directory),
                    "parks": len(members),
                    "covered": sum(1 for p in members if p.article_count),
                    "articles": counts.get(province, 0),
                }
            )
        return rows

    return stats.cached_by_counts("province-rows", compute)

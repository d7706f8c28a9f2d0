"""The directories readers browse from the header: parks (with the map, and a province's
page as the directory filtered to it), provinces, and reporters."""

from itertools import groupby

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from archive import charts, park_maps, stats
from archive.forms import DirectoryForm, PageForm, ReporterSearchForm
from archive.models import Park

KIND_TABS = [(Park.Kind.HITECH, "国家高新区"), (Park.Kind.ETDZ, "国家级经开区"), (Park.Kind.OTHER, "其他园区")]
REPORTERS_PER_PAGE = 100


def _directory(kind):
    """Every public park of a kind, grouped by province, with its published-article count."""
    parks = park_maps.public_parks(kind=kind)
    counts = park_maps.province_counts(kind)
    directory = reverse("archive:park_directory")
    provinces = []
    for province, members in groupby(parks, key=lambda p: p.province):
        members = list(members)
        provinces.append(
            {
                "name": province or "未注明省份",
                "url": park_maps.province_filter_url(province, directory) if province else None,
                "parks": members,
                "grid": park_maps.park_grid(members),
                "articles": counts.get(province, 0) if province else sum(p.article_count for p in members),
                "covered": sum(1 for p in members if p.article_count),
            }
        )
    kind_label = dict(KIND_TABS)[kind]
    # The chart shows provinces with coverage, most first; the list below shows them all.
    ranked = sorted((g for g in provinces if g["articles"]), key=lambda g: -g["articles"])
    chart = charts.horizontal_bars(
        "province-chart",
        f"各省份{kind_label}的报道数量",
        [(charts.province_short(g["name"]), g["articles"]) for g in ranked],
    )
    return {
        "kind_label": kind_label,
        "provinces": provinces,
        "chart": chart,
        "chart_html": charts.horizontal_bars_html(chart),
        "uncovered": [g["name"] for g in provinces if not g["articles"]],
        "park_total": len(parks),
        "covered_total": sum(g["covered"] for g in provinces),
    }


@require_safe
def park_directory(request):
    form = DirectoryForm(request.GET)
    province = form.selected_province()
    if province is not None:
        return _province(request, province)
    kind = form.selected_kind()
    show_other = kind == Park.Kind.OTHER or bool(park_maps.public_parks(kind=Park.Kind.OTHER))
    tabs = [(value, label, value == kind) for value, label in KIND_TABS if value != Park.Kind.OTHER or show_other]
    context = {
        "kind": kind,
        "tabs": tabs,
        "counts_version": stats.counts_version(),
        "park_map": park_maps.national_map(kind, title=f"{dict(KIND_TABS)[kind]}分布图"),
        # Kept in memory, not pickled through the shared cache: the drawn lists' (~100 KB) write
        # and read cost more than computing them once per process and change.
        **stats.kept_by_counts(f"directory:{kind}", lambda: _directory(kind)),
    }
    return render(request, "archive/park_directory.html", context)


def _province(request, province):
    """A province's page: its parks on its map, its articles over the years."""
    context = park_maps.province_page(province)
    if not context["park_total"] and not park_maps.is_mapped_province(province):
        raise Http404("没有这个省份的园区")
    return render(request, "archive/province_detail.html", {**context, "counts_version": stats.counts_version()})


@require_safe
def province_list(request):
    return render(
        request,
        "archive/province_list.html",
        {
            "provinces": park_maps.province_rows(),
            "park_map": park_maps.national_map(),
            "counts_version": stats.counts_version(),
        },
    )


def _matches(row, q, letter):
    if letter and not row["initials"].upper().startswith(letter):
        return False
    if not q:
        return True
    key = q.lower().replace(" ", "")
    return q in row["name"] or (key.isascii() and (row["initials"].startswith(key) or row["pinyin"].startswith(key)))


@require_safe
def reporter_directory(request):
    form = ReporterSearchForm(request.GET)
    q, letter = form.terms()
    rows = stats.reporter_rows()
    found = [row for row in rows if _matches(row, q, letter)] if (q or letter) else rows
    page = Paginator(found, REPORTERS_PER_PAGE).get_page(PageForm(request.GET).page_number())
    letters = sorted({row["initials"][:1].upper() for row in rows if row["initials"][:1].isascii()} - {""})
    return render(
        request,
        "archive/reporter_directory.html",
        {
            "form": form,
            "q": q,
            "letter": letter,
            "letters": [c for c in letters if c.isalpha()],
            "page": page,
            "total": len(rows),
        },
    )

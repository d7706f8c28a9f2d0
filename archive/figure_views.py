"""Reader pages for key figures and companies: ``/figures/`` (every public figure,
filterable, with CSV and JSON downloads: a researcher's dataset), ``/companies/`` and a
company's page. The park page's 数据 section and the article page's figure list are drawn
by ``archive.views`` from ``archive.figure_data``.
"""

import csv
import hashlib
import io
import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from archive import figure_data, stats
from archive.downloads import BOM, FORMULA_STARTS
from archive.forms import FigureFilterForm, PageForm
from archive.models import Company
from archive.views import PER_PAGE, listed

FIGURES_PER_PAGE = 50
COMPANIES_PER_PAGE = 100
EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}
CSV_HEADERS = {
    "id": "编号",
    "article_id": "文章编号",
    "article_url": "文章网址",
    "article_title": "文章标题",
    "newspaper": "报纸",
    "published_on": "刊发日期",
    "park": "园区",
    "park_slug": "园区标识",
    "province": "省份",
    "metric": "指标",
    "metric_class": "指标类别",
    "value": "数值",
    "unit": "单位",
    "base_value": "换算值",
    "base_unit": "基本单位",
    "approx": "精确程度",
    "year": "年份",
    "quote": "原句",
    "status": "状态",
}


def _count(chosen, park):
    """A filtered count (from the kept series: ``figure_data.count``), cached until the
    archive changes."""
    digest = hashlib.sha1(repr(sorted(chosen.items())).encode()).hexdigest()[:16]
    return stats.cached(f"figure-count:{digest}", lambda: figure_data.count(chosen, park))


@require_safe
def figure_list(request):
    form = FigureFilterForm(request.GET)
    chosen, sort = form.filters(), form.chosen_sort()
    park = figure_data.chosen_park(chosen)
    figures = figure_data.filtered(chosen, park)
    paginator = Paginator(
        figures.order_by(*figure_data.SORTS[sort][1]).values(*figure_data.ROW_VALUES), FIGURES_PER_PAGE
    )
    paginator.count = _count(chosen, park)
    page = paginator.get_page(PageForm(request.GET).page_number())
    url = figure_data.figure_urls()
    page.object_list = [figure_data.row(v, url) for v in page.object_list]
    company = Company.objects.public().filter(slug=chosen["company"]).first() if chosen.get("company") else None
    return render(
        request,
        "archive/figure_list.html",
        {
            "form": form,
            "page": page,
            "park": park,
            "company": company,
            "chosen": chosen,
            "sort": sort,
            "export_qs": request.GET.urlencode() and "?" + _without_page(request.GET),
            "max_rows": settings.ARCHIVE_EXPORT_MAX_ROWS,
        },
    )


def _without_page(query):
    query = query.copy()
    query.pop("page", None)
    return query.urlencode()


def _csv_cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_lines(rows, meta):
    yield BOM
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADERS.values())
    n = 0
    for record in rows:
        writer.writerow([_csv_cell(record[k]) for k in CSV_HEADERS])
        n += 1
        if n % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    meta["rows"] = n
    writer.writerow([f"# {json.dumps(meta, ensure_ascii=False)}"])
    yield buffer.getvalue()


def _json_lines(rows, meta):
    """One JSON document, written as it streams: ``{"figures": [...], "meta": {...}}``."""
    yield '{"figures": ['
    n = 0
    for record in rows:
        yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
        n += 1
    meta["rows"] = n
    yield '\n], "meta": ' + json.dumps(meta, ensure_ascii=False) + "}\n"


@require_safe
def figure_export(request, fmt):
    """The figures of ``/figures/`` with the same filters, as CSV (UTF-8 with BOM, formula
    cells defused as in the article exports) or JSON; at most ``ARCHIVE_EXPORT_MAX_ROWS``
    rows, the file says how many matched."""
    if fmt not in EXPORT_FORMATS:
        raise Http404("没有这种导出格式")
    form = FigureFilterForm(request.GET)
    chosen = form.filters()
    park = figure_data.chosen_park(chosen)
    figures = figure_data.filtered(chosen, park)
    cap = settings.ARCHIVE_EXPORT_MAX_ROWS
    total = figure_data.count(chosen, park)
    meta = {
        "source": request.build_absolute_uri(),
        "query": {k: str(v) for k, v in chosen.items()},
        "rows": 0,
        "total": total,
        "max_rows": cap,
        "truncated": total > cap,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
    }
    base_url = request.build_absolute_uri("/").rstrip("/")
    rows = (figure_data.record(v, base_url) for v in figures.order_by("id").values(*figure_data.ROW_VALUES)[:cap])
    lines = _csv_lines(rows, meta) if fmt == "csv" else _json_lines(rows, meta)
    response = StreamingHttpResponse(lines, content_type=EXPORT_FORMATS[fmt])
    label = "-".join(str(chosen[k]) for k in ("park", "province", "metric_class", "year", "company") if k in chosen)
    name = f"figures{'-' + label if label else ''}-{timezone.localdate():%Y%m%d}.{fmt}"
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def company_list(request):
    found = figure_data.company_rows()
    page = Paginator(found, COMPANIES_PER_PAGE).get_page(PageForm(request.GET).page_number())
    return render(request, "archive/company_list.html", {"page": page, "total": len(found)})


@require_safe
def company_detail(request, slug):
    company = Company.objects.filter(slug=slug).first()
    if company is None:  # merged into another company: its old address goes there
        candidates = Company.objects.filter(former_slugs__contains=slug)
        merged = next((c for c in candidates if slug in c.former_slugs.split()), None)
        if merged is not None:
            return redirect(merged, permanent=True)
        raise Http404("没有这家公司")
    articles = figure_data.company_articles(company)
    paginator = Paginator(listed(articles).newest_first(), PER_PAGE)
    page = paginator.get_page(PageForm(request.GET).page_number())
    if paginator.count == 0:
        raise Http404("还没有提到这家公司的公开报道")
    return render(
        request,
        "archive/company_detail.html",
        {
            "company": company,
            "page": page,
            "parks": figure_data.company_parks(company),
            "figures": figure_data.company_figures(company),
            "names": figure_data.company_names(company),
        },
    )

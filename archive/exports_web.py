"""Downloads of a result set - the search page's, a park's, a reporter's, a province's -
as CSV, JSON Lines or RIS (formats in ``archive.downloads``).

``/export/articles.<fmt>`` takes the search page's parameters. With a query (``q``) the
search index gives the matching ids in the search page's order, a page at a time; with
filters only, SQL does, newest first (exact, and it works without an index). Either way
the rows are loaded from ``Article.objects.published()`` in chunks, so a draft is never
exported even when the index lags, and the response streams: the first rows leave before
the last are read, and memory stays flat whatever the size. At most
``settings.ARCHIVE_EXPORT_MAX_ROWS`` rows a file; the file says so.
"""

import logging
from datetime import date
from itertools import islice

from django.conf import settings
from django.db.models import F
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from archive import downloads
from archive.forms import ExportForm
from archive.models import Article, ArticleCompany, ArticlePark, Byline
from search.query import Filters, matching_ids

logger = logging.getLogger(__name__)

ID_PAGE = 1000  # ids asked of the search index at a time
LOAD_CHUNK = 500  # articles loaded from the database at a time


def _filters(data):
    return Filters(
        parks=[data["park"]] if data.get("park") else [],
        provinces=[data["province"]] if data.get("province") else [],
        reporters=[data["reporter"]] if data.get("reporter") else [],
        newspapers=[data["newspaper"]] if data.get("newspaper") else [],
        companies=[data["company"]] if data.get("company") else [],
        years=[data["year"]] if data.get("year") else [],
        date_from=data.get("from"),
        date_to=data.get("to"),
    )


def filtered(filters, sort="newest", articles=None):
    """Published articles (of ``articles``) matching ``filters`` in SQL, as the search index filters them."""
    articles = Article.objects.published() if articles is None else articles
    if filters.parks:
        articles = articles.filter(pk__in=ArticlePark.objects.filter(park__slug__in=filters.parks).values("article_id"))
    if filters.provinces:
        tagged = ArticlePark.objects.filter(park__province__in=filters.provinces).values("article_id")
        articles = articles.filter(pk__in=tagged)
    if filters.reporters:
        by = Byline.objects.filter(reporter__slug__in=filters.reporters).values("article_id")
        articles = articles.filter(pk__in=by)
    if filters.companies:
        named = ArticleCompany.objects.filter(company__slug__in=filters.companies).values("article_id")
        articles = articles.filter(pk__in=named)
    if filters.newspapers:
        articles = articles.filter(source_page__newspaper__slug__in=filters.newspapers)
    if filters.years:
        articles = articles.filter(published_on__year__in=filters.years)
    if filters.date_from:
        articles = articles.filter(published_on__gte=filters.date_from)
    if filters.date_to:
        articles = articles.filter(published_on__lte=filters.date_to)
    if sort == "oldest":
        return articles.order_by(F("published_on").asc(nulls_last=True), "id")
    return articles.newest_first()


def _from_sql(filters, sort, cap):
    """(total, articles) in SQL order: the ids through one cursor, the articles loaded
    ``LOAD_CHUNK`` at a time."""
    articles = filtered(filters, sort)
    ids = articles.values_list("pk", flat=True)[:cap].iterator(chunk_size=LOAD_CHUNK)

    def rows():
        while chunk := list(islice(ids, LOAD_CHUNK)):
            yield from downloads.load(chunk)

    return articles.count(), rows()


def _from_index(q, filters, sort, cap):
    """(total, articles) in the search page's order: ids from the index a page at a time,
    articles from the database (published only) a chunk at a time."""
    total, first = matching_ids(q, filters, sort, 0, min(ID_PAGE, cap))

    def rows():
        ids, offset = first, 0
        while ids:
            for start in range(0, len(ids), LOAD_CHUNK):
                yield from downloads.load(ids[start : start + LOAD_CHUNK])
            offset += len(ids)
            if offset >= min(total, cap):
                return
            ids = matching_ids(q, filters, sort, offset, min(ID_PAGE, cap - offset))[1]

    return total, rows()


def _file_name(params, extension):
    label = "-".join(params[k] for k in ("park", "reporter", "newspaper", "company", "province", "year") if k in params)
    return f"articles{'-' + label if label else ''}-{date.today():%Y%m%d}.{extension}"


@require_safe
def export_articles(request, fmt):
    if fmt not in downloads.FORMATS:
        raise Http404("没有这种导出格式")
    form = ExportForm(request.GET)
    if not form.is_valid():
        errors = "；".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
        return HttpResponse(f"导出条件有误：{errors}", status=400, content_type="text/plain; charset=utf-8")
    data = form.cleaned_data
    filters = _filters(data)
    sort = data.get("sort") or ("relevance" if data["q"] else "newest")
    cap = settings.ARCHIVE_EXPORT_MAX_ROWS
    if data["q"]:
        try:
            total, articles = _from_index(data["q"], filters, sort, cap)
        except Exception:
            logger.exception("export: the search index could not answer")
            return HttpResponse(
                "搜索服务暂时不可用，请稍后再试。", status=503, content_type="text/plain; charset=utf-8"
            )
    else:
        total, articles = _from_sql(filters, sort, cap)
    base_url = request.build_absolute_uri("/").rstrip("/")
    meta = {
        "source": request.build_absolute_uri(),
        "query": form.params(),
        "rows": 0,
        "total": total,
        "max_rows": cap,
        "truncated": total > cap,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
    }
    url = downloads.url_maker(base_url)
    records = (downloads.record(row, url) for row in articles)
    content_type, extension = downloads.FORMATS[fmt]
    response = StreamingHttpResponse(downloads.lines(fmt, records, meta), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, _file_name(form.params(), extension))
    response["X-Export-Max-Rows"] = str(cap)
    response["Cache-Control"] = "no-store"
    return response

"""Public reader pages. Only ``Article.objects.published()`` is ever shown.

Expensive counts come from ``archive.stats`` (cached, invalidated on save/delete); every
list is paginated and prefetched so a page costs a fixed number of queries.
"""

import functools
import logging

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe

from archive import article_page, charts, citations, figure_data, latest_list, park_maps, stats
from archive.figure_table import figure_table
from archive.forms import FigureSortForm, HighlightForm, PageForm
from archive.models import Article, Park, Reporter, SourcePage
from archive.pipeline.script import text_lang
from archive.prepared import prepared
from search.query import Filters, more_like_this

logger = logging.getLogger(__name__)

PER_PAGE = 20
LATEST_ON_HOME = 15
PARKS_ON_HOME = 12
RELATED = 5
PARK_EMPTY = "还没有关于这个园区的公开报道。"
PARK_COLUMNS = [f.attname for f in Park._meta.concrete_fields]
FIGURE_SORTS = [(key, label) for key, (label, _order) in figure_data.SORTS.items()]

# A list shows headline, subtitle, date, parks and reporters: never load the body or the
# source page (its raw text is ~20 KB a page and dominated list pages' time).
LIST_DEFER = ["body", "captions", "byline", "flags", "date_evidence", "kicker", "column"]


def listed(queryset):
    """Articles ready for a list: bylines and park tags prefetched, nothing else loaded."""
    return queryset.with_public_relations().select_related(None).defer(*LIST_DEFER)


def _paginate(request, queryset, count=None):
    """The requested page; ``count``, when the caller knows it (cached), saves a COUNT query."""
    paginator = Paginator(queryset, PER_PAGE)
    if count is not None:
        paginator.count = count  # overrides the cached_property
    return paginator.get_page(PageForm(request.GET).page_number())


def _paginate_articles(request, articles, filters, count, empty_text=None):
    """A page of the ``count`` articles of ``articles()`` (a function giving the queryset)
    newest first, and a function that draws its list (HTML, ``archive.latest_list``). The
    page is found in the search index when it agrees with the database (deep pages of a park
    with 10,000 articles: milliseconds instead of SQLite sorting them all), else in SQL;
    drawn (and ``page.object_list`` loaded) only when asked: the template's cached fragment
    of the list misses. The querysets are built only for SQL (~2 ms of a page otherwise)."""
    page = _paginate(request, range(count), count=count)
    offset = (page.number - 1) * PER_PAGE

    @functools.cache
    def ids():
        return stats.indexed_ids(filters, count, offset, PER_PAGE)

    def load():
        found = ids()
        if found is None:
            return list(listed(articles()).newest_first()[offset : offset + PER_PAGE])
        loaded = listed(Article.objects.published().filter(pk__in=found)).in_bulk(found)
        return [loaded[pk] for pk in found if pk in loaded]

    def draw():
        empty = empty_text or latest_list.EMPTY_TEXT
        found = ids()
        if found is None:
            rows = articles().newest_first().values_list(*latest_list.FIELDS)[offset : offset + PER_PAGE]
            return latest_list.article_list(list(rows), empty)
        return latest_list.listed_articles(found, empty)

    page.object_list = SimpleLazyObject(load)
    return page, draw


@require_safe
def home(request):
    return render(
        request,
        "archive/home.html",
        {
            # Called by the template only when its cached fragment misses.
            "latest": lambda: latest_list.latest_articles(LATEST_ON_HOME, "档案里还没有公开的文章。"),
            "top_parks": park_maps.top_parks(PARKS_ON_HOME),
            "totals": stats.totals(),
            "park_map": park_maps.national_map(),
            "stats_version": stats.version(),
            "counts_version": stats.counts_version(),
        },
    )


@prepared
def _park_row(slug):
    return Park.objects.filter(slug=slug).values_list(*PARK_COLUMNS)


def _park(slug):
    """The park ``slug`` (its query compiled once: ``archive.prepared``), or 404."""
    rows = _park_row(slug)
    if not rows:
        raise Http404("没有这个园区")
    return Park.from_db(Park.objects.db, PARK_COLUMNS, rows[0])


@require_safe
def park_detail(request, slug):
    park = _park(slug)
    counts = stats.park_counts()
    if not park_maps.is_public(park, counts):
        raise Http404("这个园区还没有公开的报道")
    page, article_list = _paginate_articles(
        request, lambda: stats.park_articles(park), Filters(parks=[park.slug]), counts.get(park.pk, 0), PARK_EMPTY
    )
    figure_sort = FigureSortForm(request.GET).sort()
    # The side panel and the 数据 section are the same on every page of the park: the
    # template keeps them drawn (by the stats version), and these are worked out only when
    # it has to draw them again - their one reader, so they are not cached apart (a first
    # visit wrote each twice, drawn and as values: on PostgreSQL two statements each).
    summary = SimpleLazyObject(lambda: stats.park_summary(park))
    figures = SimpleLazyObject(lambda: figure_data.park_table(park, figure_sort))
    return render(
        request,
        "archive/park_detail.html",
        {
            "park": park,
            "aliases": park.alias_list + stats.derived_park_names().get(park.pk, []),
            "page": page,
            "article_list": article_list,
            "timeline": SimpleLazyObject(
                lambda: charts.year_columns("park-timeline", f"{park}历年报道数量", summary["years"])
            ),
            "reporters": SimpleLazyObject(lambda: summary["reporters"]),
            "neighbours": SimpleLazyObject(lambda: summary["neighbours"]),
            "stats_version": stats.version(),
            "figures": figures,
            # Called by the template when its cached 数据 section misses.
            "figure_table": lambda: figure_table(
                figures["rows"], "园区的关键数字", sort_param="fsort", sorts=FIGURE_SORTS, sort=figure_sort
            ),
            "figure_charts": SimpleLazyObject(lambda: figure_data.park_charts(park)),
            "figure_sort": figure_sort,
        },
    )


@prepared
def _issue_headlines(issue_id):
    """(pk, headline) of the issue's published articles in reading order: through its pages in order."""
    scope = Article.objects.published().filter(source_page__issue_id=issue_id)
    order = ["source_page__page_section", "source_page__page_number", "source_page_id", "order_on_page", "pk"]
    return scope.order_by(*order).values_list("pk", "headline")


@prepared
def _page_headlines(page_id):
    """(pk, headline) of the page's published articles in reading order."""
    return (
        Article.objects.published()
        .filter(source_page_id=page_id)
        .order_by("order_on_page", "pk")
        .values_list("pk", "headline")
    )


def _siblings(article):
    """The published articles just before and after this one in reading order: through the
    issue's pages in order when the page belongs to an issue, else on the same page (one
    query: the headlines of the issue's articles come with their order)."""
    page = article.source_page
    if page is None:
        return None, None
    rows = _issue_headlines(page.issue_id) if page.issue_id else _page_headlines(page.pk)
    at = next((i for i, (pk, _headline) in enumerate(rows) if pk == article.pk), None)
    if at is None:
        return None, None
    around = (rows[at - 1] if at else None, rows[at + 1] if at + 1 < len(rows) else None)
    return tuple(Article(pk=row[0], headline=row[1]) if row else None for row in around)


def _related(article):
    """Up to RELATED similar published articles; the page still renders if search is down."""
    try:
        found = more_like_this(article, limit=RELATED)
    except Exception:  # the index is an optional extra on this page, never a reason for a 500
        logger.exception("more_like_this failed for article %s", article.pk)
        return []
    # The index may lag an unpublish by a few seconds: never link to what is no longer public.
    return [a for a in found if a.pk != article.pk and a.is_published][:RELATED]


@require_safe
def article_detail(request, pk):
    article = article_page.article(pk)
    credits = article_page.credits(article.pk)
    previous, following = _siblings(article)
    figures = figure_data.article_figures(article)
    blocks, marked = figure_data.marked_blocks(article, figures, HighlightForm(request.GET).figure_id())
    return render(
        request,
        "archive/article_detail.html",
        {
            "article": article,
            "bylines": article_page.bylines_html(credits),
            "park_tags": article_page.tags_html(article_page.park_tags(article.pk)),
            "parts": article_page.continued_parts(article.pk),
            "blocks": blocks,
            "figures": figures,
            "figure_list": article_page.figure_list_html(figures, marked),
            "marked": marked,
            "previous": previous,
            "following": following,
            "related": _related(article),
            "citation": citations.gbt7714(article, [(name, role) for role, name, _slug in credits]),
            # A story printed in traditional characters is marked so (fonts, screen readers)
            "text_lang": text_lang(article.headline, article.body[:2000]),
        },
    )


@require_safe
def reporter_detail(request, slug):
    reporter = get_object_or_404(Reporter, slug=slug)
    summary = stats.reporter_summary(reporter)
    page, article_list = _paginate_articles(
        request, lambda: stats.reporter_articles(reporter), Filters(reporters=[reporter.slug]), summary["count"]
    )
    if page.paginator.count == 0:
        raise Http404("这位作者还没有公开的文章")
    return render(
        request,
        "archive/reporter_detail.html",
        {
            "reporter": reporter,
            "page": page,
            "article_list": article_list,
            "parks": summary["parks"],
            "stats_version": stats.version(),
        },
    )


@require_safe
def source_page_raw(request, pk):
    """The page text as received, as plain text (never rendered as HTML).

    Only pages with a published article on them are public: a page that was imported but
    not yet reviewed may hold text nobody has checked; and the lines of the page's articles
    that are not published are left out (``SourcePage.public_text``).
    """
    page = get_object_or_404(SourcePage.objects.public(), pk=pk)
    response = HttpResponse(page.public_text(), content_type="text/plain; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    return response

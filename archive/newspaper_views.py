"""Browsing the archive as a newspaper: titles → years → a calendar of issues → an issue's
pages → one page (版面) with its articles and its raw text, lines marked by article.

Only what has a published article is public: a title, year, issue or page appears once
one of its articles is published, and only published articles are listed or linked.
"""

import calendar
import datetime

from django.db.models import Count, Max, Min, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from archive.models import Article, ArticlePart, Issue, Newspaper, SourcePage

PUBLISHED = Article.Status.PUBLISHED
WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]
# Lists of pages show their labels, never their text.
PAGE_DEFER = ["raw_text", "unplaced", "warnings", "furniture"]


def _public_pages():
    return SourcePage.objects.public()


def _public_issues(newspaper):
    return Issue.objects.filter(newspaper=newspaper, pages__in=_public_pages()).distinct()


def _published_in(field_prefix):
    return Q(**{f"{field_prefix}articles__status": PUBLISHED})


@require_safe
def newspaper_list(request):
    newspapers = (
        Newspaper.objects.annotate(
            article_count=Count("pages__articles", filter=_published_in("pages__"), distinct=True),
            issue_count=Count("pages__issue", filter=_published_in("pages__"), distinct=True),
            first=Min("pages__issue__date", filter=_published_in("pages__")),
            last=Max("pages__issue__date", filter=_published_in("pages__")),
        )
        .filter(article_count__gt=0)
        .order_by("-article_count", "name")
    )
    return render(request, "archive/newspaper_list.html", {"newspapers": newspapers})


@require_safe
def newspaper_detail(request, slug):
    newspaper = get_object_or_404(Newspaper, slug=slug)
    rows = (
        Article.objects.published()
        .filter(source_page__issue__newspaper=newspaper)
        .values("source_page__issue__date__year")
        .annotate(articles=Count("pk"), issues=Count("source_page__issue", distinct=True))
        .order_by("source_page__issue__date__year")
    )
    years = [
        {"year": r["source_page__issue__date__year"], "articles": r["articles"], "issues": r["issues"]} for r in rows
    ]
    undated = Article.objects.published().filter(source_page__newspaper=newspaper, source_page__issue=None).count()
    if not years and not undated:
        raise Http404("这份报纸还没有公开的文章")
    return render(
        request,
        "archive/newspaper_detail.html",
        {"newspaper": newspaper, "years": years, "undated": undated},
    )


@require_safe
def newspaper_year(request, slug, year):
    newspaper = get_object_or_404(Newspaper, slug=slug)
    issues = list(_public_issues(newspaper).filter(date__year=year).order_by("date", "edition"))
    if not issues:
        raise Http404("这一年没有公开的期次")
    by_day = {}
    for issue in issues:
        by_day.setdefault(issue.date, issue)  # a day with several editions links to the first
    months = []
    for month in range(1, 13):
        weeks = [
            [
                (datetime.date(year, month, day), by_day.get(datetime.date(year, month, day))) if day else None
                for day in week
            ]
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
        ]
        count = sum(1 for d in by_day if d.month == month)
        months.append({"number": month, "weeks": weeks, "count": count})
    years = sorted({d.year for d in _public_issues(newspaper).values_list("date", flat=True)})
    return render(
        request,
        "archive/newspaper_year.html",
        {
            "newspaper": newspaper,
            "year": year,
            "months": months,
            "weekdays": WEEKDAYS,
            "issue_count": len(issues),
            "previous_year": max((y for y in years if y < year), default=None),
            "next_year": min((y for y in years if y > year), default=None),
        },
    )


def _page_order(pages):
    return sorted(pages, key=lambda p: p.issue_order)


def _articles_by_page(pages):
    """{page id: [(article, part)]} in reading order, published articles only; ``part`` is
    the ``ArticlePart`` when the article continues onto that page from an earlier one."""
    listed = {page.pk: [] for page in pages}
    firsts = (
        Article.objects.published()
        .filter(source_page__in=pages)
        .only("headline", "subtitle", "kicker", "source_page_id", "order_on_page", "source_lines")
        .order_by("order_on_page", "pk")
    )
    for article in firsts:
        listed[article.source_page_id].append((article, None))
    parts = (
        ArticlePart.objects.filter(page__in=pages, article__status=PUBLISHED)
        .select_related("article")
        .only("page_id", "source_lines", "article__headline", "article__subtitle", "article__kicker")
    )
    for part in parts:
        listed[part.page_id].append((part.article, part))
    return listed


def _get_issue(slug, date, edition):
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        raise Http404("日期格式应为 YYYY-MM-DD") from None
    return get_object_or_404(Issue.objects.select_related("newspaper"), newspaper__slug=slug, date=day, edition=edition)


@require_safe
def issue_detail(request, slug, date, edition=1):
    issue = _get_issue(slug, date, edition)
    pages = _page_order(_public_pages().filter(issue=issue).select_related("issue__newspaper").defer(*PAGE_DEFER))
    if not pages:
        raise Http404("这一期还没有公开的文章")
    listed = _articles_by_page(pages)
    editions = list(_public_issues(issue.newspaper).filter(date=issue.date).exclude(pk=issue.pk).order_by("edition"))
    return render(
        request,
        "archive/issue_detail.html",
        {"issue": issue, "pages": [(page, listed[page.pk]) for page in pages], "editions": editions},
    )


def _line_blocks(page, listed):
    """The page's raw lines grouped into runs: (article or None, furniture kind or "", lines)."""
    owner = {}
    for article, part in listed:
        for n in part.source_lines if part else article.source_lines:
            owner[n] = article
    furniture = {item["line"]: item["kind"] for item in page.furniture or []}
    blocks = []
    for n, text in enumerate(page.public_lines()):
        # (a line an article holds is the article's, though marks on it were furniture:
        # an end mark closing it, markdown around it)
        key = (owner.get(n), "" if n in owner else furniture.get(n, ""))
        # A blank line stays in the run it is in: an article's paragraphs are one block.
        if blocks and (not text.strip() or (blocks[-1]["article"], blocks[-1]["furniture"]) == key):
            blocks[-1]["lines"].append((n + 1, text))
        else:
            blocks.append({"article": key[0], "furniture": key[1], "lines": [(n + 1, text)]})
    return blocks


def _render_page(request, page):
    listed = _articles_by_page([page])[page.pk]
    siblings = []
    if page.issue_id:
        siblings = _page_order(
            _public_pages().filter(issue_id=page.issue_id).select_related("issue__newspaper").defer(*PAGE_DEFER)
        )
    position = next((i for i, p in enumerate(siblings) if p.pk == page.pk), None)
    return render(
        request,
        "archive/page_detail.html",
        {
            "page": page,
            "articles": listed,
            "blocks": _line_blocks(page, listed),
            "previous_page": siblings[position - 1] if position else None,
            "next_page": siblings[position + 1] if position is not None and position + 1 < len(siblings) else None,
        },
    )


@require_safe
def issue_page(request, slug, date, code, edition=1):
    issue = _get_issue(slug, date, edition)
    candidates = _public_pages().filter(issue=issue).select_related("newspaper", "issue__newspaper")
    page = next((p for p in candidates if p.page_code == code), None)
    if page is None:
        raise Http404("这一期没有这个版面，或它还没有公开的文章")
    return _render_page(request, page)


@require_safe
def page_detail(request, pk):
    """A page by its id: the page itself when it belongs to no issue, else a permanent
    redirect to its place in the issue."""
    page = get_object_or_404(_public_pages().select_related("newspaper", "issue__newspaper"), pk=pk)
    url = page.get_absolute_url()
    if url != request.path:
        return redirect(url, permanent=True)
    return _render_page(request, page)

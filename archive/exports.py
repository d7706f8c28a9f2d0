"""Records for export_articles / export_pages: one dict per article or page."""

from django.db.models import Prefetch

from archive.figure_data import article_export
from archive.models import Article, ArticleCompany, ArticlePark, ArticlePart, Byline, Figure, SourcePage


def _source(page):
    return {"file": page.file_name, "sha256": page.sha256, "page": page.page_label, "page_code": page.page_code}


def article_records(queryset=None, base_url=""):
    queryset = (
        (queryset if queryset is not None else Article.objects.all())
        .select_related("source_page__newspaper")
        .defer("source_page__raw_text", "source_page__unplaced", "source_page__warnings")
    )
    queryset = queryset.prefetch_related(
        Prefetch(
            "parts",
            queryset=ArticlePart.objects.select_related("page").defer("page__raw_text").order_by("order"),
        ),
        Prefetch("bylines", queryset=Byline.objects.select_related("reporter").order_by("order", "id")),
        Prefetch(
            "park_tags", queryset=ArticlePark.objects.select_related("park").order_by("-is_primary", "-mentions", "id")
        ),
        Prefetch("figures", queryset=Figure.objects.select_related("park").order_by("start", "id")),
        Prefetch("company_tags", queryset=ArticleCompany.objects.order_by("id")),
    ).order_by("source_page_id", "order_on_page", "id")
    for article in queryset.iterator(chunk_size=500):
        page = article.source_page
        figures, companies = article_export(article)
        yield {
            "id": article.pk,
            "url": base_url.rstrip("/") + article.get_absolute_url(),
            "title": article.headline,
            "kicker": article.kicker,
            "subtitle": article.subtitle,
            "column": article.column,
            "byline": article.byline,
            "reporters": [{"name": b.reporter.name, "role": b.role} for b in article.bylines.all()],
            "parks": [
                {
                    "name": t.park.name,
                    "short_name": t.park.short_name,
                    "slug": t.park.slug,
                    "province": t.park.province,
                    "primary": t.is_primary,
                    "verified": t.park.verified,
                    "mentions": t.mentions,
                }
                for t in article.park_tags.all()
            ],
            "paragraphs": article.paragraphs,
            "subheads": [b["text"] for b in article.blocks if b["kind"] == "subhead"],
            "captions": article.caption_list,
            "source": {
                "file": page.file_name if page else "",
                "sha256": page.sha256 if page else "",
                "order": article.order_on_page,
            },
            "newspaper": page.newspaper.name if page and page.newspaper_id else "",
            "issue_date": page.issue_date.isoformat() if page and page.issue_date else None,
            "page_label": page.page_label if page else "",
            # Every page the article is printed on, in reading order (a jump adds pages).
            "sources": ([_source(page)] if page else []) + [_source(part.page) for part in article.parts.all()],
            "status": article.status,
            "published_on": article.published_on.isoformat() if article.published_on else None,
            "date_precision": article.date_precision,
            "date_estimated": article.date_estimated,
            "flags": list(article.flags),
            # Key figures (rejected ones left out) and the companies named, as written.
            "figures": figures,
            "companies": companies,
        }


def page_records(queryset=None):
    queryset = (queryset if queryset is not None else SourcePage.objects.all()).select_related("newspaper")
    queryset = queryset.prefetch_related(
        Prefetch("articles", queryset=Article.objects.order_by("order_on_page", "id").only("id", "source_page_id"))
    ).order_by("pk")
    for page in queryset.iterator(chunk_size=200):
        yield {
            "file": page.file_name,
            "sha256": page.sha256,
            "encoding": page.encoding,
            "newspaper": page.newspaper.name if page.newspaper_id else "",
            "date": page.issue_date.isoformat() if page.issue_date else None,
            "page": page.page_label,
            "page_code": page.page_code,
            "page_title": page.page_title,
            "articles": [a.pk for a in page.articles.all()],
            "unplaced": list(page.unplaced),
            "warnings": list(page.warnings),
        }

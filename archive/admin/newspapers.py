"""Newspapers and their issues: names and aliases the importer matches mastheads against,
and an issue's pages with their articles in reading order."""

from django.contrib import admin
from django.db.models import Count, Max, Min
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from archive.models import Article, Issue, Newspaper


@admin.register(Newspaper)
class NewspaperAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "publisher", "issue_count", "first_issue", "last_issue"]
    search_fields = ["name", "short_name", "aliases", "publisher"]
    fields = ["name", "short_name", "aliases", "publisher", "slug", "notes"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_issues=Count("issues", distinct=True), first=Min("issues__date"), last=Max("issues__date"))
        )

    @admin.display(description="期数", ordering="n_issues")
    def issue_count(self, obj):
        return obj.n_issues

    @admin.display(description="最早一期", ordering="first")
    def first_issue(self, obj):
        return obj.first or "—"

    @admin.display(description="最近一期", ordering="last")
    def last_issue(self, obj):
        return obj.last or "—"


@admin.register(Issue)
class IssueAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "newspaper", "date", "edition_label", "page_count"]
    list_filter = ["newspaper"]
    list_select_related = ["newspaper"]
    date_hierarchy = "date"
    search_fields = ["newspaper__name", "edition_label"]
    autocomplete_fields = ["newspaper"]
    fields = [("newspaper", "date"), ("edition", "edition_label"), "notes", "pages_list"]
    readonly_fields = ["pages_list"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_pages=Count("pages"))

    @admin.display(description="版面数", ordering="n_pages")
    def page_count(self, obj):
        return obj.n_pages

    @admin.display(description="本期版面与文章")
    def pages_list(self, obj):
        if obj.pk is None:
            return "—"
        pages = sorted(obj.pages.defer("raw_text"), key=lambda p: p.issue_order)
        if not pages:
            return "—"
        articles = {}
        for article in Article.objects.filter(source_page__in=pages).only(
            "headline", "status", "source_page_id", "order_on_page"
        ):
            articles.setdefault(article.source_page_id, []).append(article)
        items = []
        for page in pages:
            rows = (
                (reverse("admin:archive_article_change", args=[a.pk]), a.headline, a.get_status_display())
                for a in sorted(articles.get(page.pk, []), key=lambda a: (a.order_on_page, a.pk))
            )
            items.append(
                format_html(
                    '<li><a href="{}">{} {}</a>（{}）<ol>{}</ol></li>',
                    reverse("admin:archive_sourcepage_change", args=[page.pk]),
                    page.page_display or "版次不详",
                    page.page_title,
                    page.file_name,
                    format_html_join("", '<li><a href="{}">{}</a>（{}）</li>', rows),
                )
            )
        return format_html("<ul>{}</ul>", format_html_join("", "{}", ((item,) for item in items)))

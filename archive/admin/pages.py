"""Source pages: the raw text as received, unplaced fragments, reparse, and importing."""

import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from archive import curation
from archive.admin.display import html_list, raw_page_html
from archive.admin.forms import ImportPagesForm, MoveUnplacedForm
from archive.faults import is_disk_full
from archive.models import SourcePage

logger = logging.getLogger(__name__)

STATUS_LABELS = {"imported": "已导入", "duplicate": "重复（已导入过）", "failed": "未导入", "dry-run": "试运行"}


@admin.register(SourcePage)
class SourcePageAdmin(SimpleHistoryAdmin):
    change_list_template = "admin/archive/sourcepage/change_list.html"
    change_form_template = "admin/archive/sourcepage/change_form.html"
    list_display = [
        "file_name",
        "newspaper",
        "issue_date",
        "page_display",
        "page_title",
        "article_count",
        "unplaced_count",
        "encoding",
        "imported_at",
    ]
    list_filter = ["newspaper", "issue_date", "encoding", "parser_version"]
    list_select_related = ["newspaper"]
    search_fields = ["file_name", "sha256", "newspaper__name", "page_label", "page_title"]
    autocomplete_fields = ["newspaper", "issue"]
    date_hierarchy = "imported_at"
    fields = [
        ("newspaper", "issue_date", "issue"),
        ("page_label", "page_title"),
        "articles_list",
        "unplaced_list",
        "warnings_list",
        "raw_text_display",
        ("file_name", "encoding"),
        "sha256",
        ("imported_at", "parser_version"),
    ]
    readonly_fields = [
        "articles_list",
        "unplaced_list",
        "warnings_list",
        "raw_text_display",
        "file_name",
        "encoding",
        "sha256",
        "imported_at",
        "parser_version",
    ]
    actions = ["reparse"]

    class Media:
        css = {"all": ["archive/admin/curation.css"]}

    def has_add_permission(self, request):
        # Pages come in through the import form (same pipeline as import_pages), never typed in.
        return False

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(n_articles=Count("articles")).order_by("-imported_at", "file_name")
        )

    @admin.display(description="版次", ordering="page_number")
    def page_display(self, obj):
        return obj.page_display

    def save_model(self, request, obj, form, change):
        """A corrected page label is read again for its number; a corrected date becomes the
        date of the page's articles (a fact, no longer an estimate), each change in history."""
        if "page_label" in form.changed_data:
            obj.set_page_label(obj.page_label)
        super().save_model(request, obj, form, change)
        if {"issue_date", "newspaper", "issue"} & set(form.changed_data):
            changed = obj.date_articles()
            if changed:
                self.message_user(request, f"本版 {changed} 篇文章的日期已改为 {obj.issue_date:%Y年%-m月%-d日}。")

    @admin.display(description="文章数", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.display(description="未归位片段")
    def unplaced_count(self, obj):
        return len(obj.unplaced or [])

    @admin.display(description="本版文章")
    def articles_list(self, obj):
        articles = obj.articles.order_by("order_on_page", "id")
        if not articles:
            return "—"
        rows = (
            (
                article.order_on_page,
                reverse("admin:archive_article_change", args=[article.pk]),
                article.headline,
                article.get_status_display(),
            )
            for article in articles
        )
        return format_html("<ol>{}</ol>", format_html_join("", '<li value="{}"><a href="{}">{}</a>（{}）</li>', rows))

    @admin.display(description="未归位片段")
    def unplaced_list(self, obj):
        items = html_list(obj.unplaced or [])
        if not obj.unplaced:
            return items
        url = reverse("admin:archive_sourcepage_unplaced", args=[obj.pk])
        return format_html('{}<p><a href="{}" class="button">把片段移入文章…</a></p>', items, url)

    @admin.display(description="导入提示")
    def warnings_list(self, obj):
        return html_list(obj.warnings or [])

    @admin.display(description="原文（按收到时的样子）")
    def raw_text_display(self, obj):
        return raw_page_html(obj.raw_text)

    @admin.action(description="重新解析所选版面（不改动编辑修改过的文章）", permissions=["change"])
    def reparse(self, request, queryset):
        from archive.pipeline.reparse import reparse_page

        for page in queryset:
            outcome = reparse_page(page)
            if outcome.error:
                self.message_user(request, f"{page.file_name}：{outcome.error}", messages.ERROR)
            else:
                kept = getattr(outcome, "skipped_touched", 0)
                self.message_user(
                    request,
                    f"{page.file_name}：重新解析完成，{len(outcome.articles)} 篇文章（其中 {kept} 篇编辑修改过，未改动）。",
                    messages.SUCCESS,
                )

    def get_urls(self):
        urls = super().get_urls()
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="archive_sourcepage_import"),
            path("<path:object_id>/unplaced/", view(self.unplaced_view), name="archive_sourcepage_unplaced"),
        ] + urls

    def unplaced_view(self, request, object_id):
        page = get_object_or_404(SourcePage, pk=object_id)
        if not self.has_change_permission(request, page) or not request.user.has_perm("archive.change_article"):
            raise PermissionDenied
        if not page.unplaced:
            self.message_user(request, "这个版面没有未归位片段。", messages.INFO)
            return redirect("admin:archive_sourcepage_change", page.pk)
        form = MoveUnplacedForm(request.POST or None, page=page)
        if request.method == "POST" and form.is_valid():
            try:
                article = curation.move_unplaced(page, form.cleaned_data["fragments"], form.cleaned_data["article"])
            except curation.CurationError as exc:
                form.add_error(None, str(exc))
            else:
                url = reverse("admin:archive_article_change", args=[article.pk])
                self.message_user(
                    request,
                    format_html(
                        '已把 {} 个片段移入 <a href="{}">{}</a>。', len(form.cleaned_data["fragments"]), url, article
                    ),
                    messages.SUCCESS,
                )
                return redirect("admin:archive_sourcepage_change", page.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"移动未归位片段：{page}",
            "opts": self.opts,
            "original": page,
            "form": form,
        }
        return TemplateResponse(request, "admin/archive/sourcepage/unplaced.html", context)

    def import_view(self, request):
        """Upload page files -> the import pipeline (``runner.import_bytes``) -> a result page."""
        if not request.user.has_perm("archive.add_sourcepage"):
            raise PermissionDenied
        form = ImportPagesForm(request.POST or None, request.FILES or None)
        results = None
        if request.method == "POST" and form.is_valid():
            results = self._import_files(form)
        context = {
            **self.admin_site.each_context(request),
            "title": "导入版面" if results is None else "导入结果",
            "opts": self.opts,
            "form": form,
            "results": results,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/archive/sourcepage/import.html", context)

    def _import_files(self, form):
        from archive.pipeline.prepare import ImportRejected
        from archive.pipeline.runner import import_bytes
        from archive.pipeline.types import PageInfo

        data = form.cleaned_data
        results = []
        for name, content, reason in form.checked_files():
            row = {"file_name": name, "articles": [], "page": None, "error": reason, "warnings": []}
            if content is None:
                row.update(status="failed", label=STATUS_LABELS["failed"])
                results.append(row)
                continue
            try:
                info = PageInfo(
                    newspaper=data["newspaper"], issue_date=data["issue_date"], page_label=data["page_label"]
                )
                outcome = import_bytes(content, name, info=info, publish=data["publish"])
            except ImportRejected as exc:
                row.update(status="failed", error=str(exc))
            except Exception as error:  # one broken file must not hide the others' results
                logger.exception("import of uploaded file %r failed", name)
                if is_disk_full(error):
                    row.update(status="failed", error="磁盘空间不足，未存入；腾出空间后重新上传（disk full）。")
                else:
                    row.update(status="failed", error="导入时发生内部错误，已记录日志（internal error）。")
            else:
                row.update(
                    status=outcome.status,
                    articles=outcome.articles,
                    page=outcome.page,
                    error=outcome.error,
                    warnings=outcome.warnings,
                )
            row["label"] = STATUS_LABELS.get(row["status"], row["status"])
            results.append(row)
        return results

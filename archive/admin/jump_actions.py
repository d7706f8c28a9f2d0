"""Editors' actions for articles that jump between pages: join two halves, undo a join."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from archive.admin.actions import form_action
from archive.admin.forms import ConfirmForm
from archive.pipeline import jumps


def _reading_order(article):
    page = article.source_page
    if page is None:
        return ("", 10_000, 0, article.order_on_page, article.pk)
    return (*page.issue_order, article.order_on_page, article.pk)


class JumpActions:
    """Mixed into the article admin: its ``join_jump`` and ``undo_jump`` actions and the
    list of the pages an article continues on."""

    @admin.display(description="续接版面")
    def parts_display(self, obj):
        parts = obj.parts.select_related("page") if obj.pk else []
        if not parts:
            return "—"
        rows = (
            (reverse("admin:archive_sourcepage_change", args=[p.page_id]), p.page.page_display or p.page.file_name)
            for p in parts
        )
        return format_html("<ol>{}</ol>", format_html_join("", '<li><a href="{}">{}</a></li>', rows))

    @admin.action(description="接续跨版文章（把后一版的续文接到前一篇后面）…", permissions=["change", "delete"])
    def join_jump(self, request, queryset):
        objs = sorted(queryset.select_related("source_page"), key=_reading_order)
        if len(objs) != 2:
            self.message_user(request, "请选择两篇文章：前一版的文章和后一版的续文。", messages.WARNING)
            return None

        def apply(data, selected):
            first, continuation = sorted(selected, key=_reading_order)
            jumps.join_articles(first, continuation, reason="编辑接续跨版文章")
            first.editor_touched = True
            first.save(update_fields=["editor_touched", "updated"])
            return f"已把续文接到“{first.headline}”后面。"

        return form_action(
            self,
            request,
            queryset.select_related("source_page"),
            action="join_jump",
            form_class=ConfirmForm,
            title="接续跨版文章",
            intro=(
                "前一版的文章在前，后一版的续文接在它后面（句子在转版处断开时不另起段）；续文所在版面成为"
                "这篇文章的第二个来源，续文文章本身被删除（内容保留在历史记录中，可以撤销）。"
            ),
            apply=apply,
        )

    @admin.action(description="撤销跨版接续（续文重新成为单独的文章）", permissions=["change", "add"])
    def undo_jump(self, request, queryset):
        undone = 0
        for article in queryset.prefetch_related("parts"):
            parts = list(article.parts.all())
            if not parts:
                continue
            jumps.undo_join(parts[-1], reason="编辑撤销跨版接续")
            article.refresh_from_db()
            article.editor_touched = True
            article.save(update_fields=["editor_touched", "updated"])
            undone += 1
        if undone:
            self.message_user(request, f"已撤销 {undone} 处跨版接续；续文已成为单独的文章（已导入）。")
        else:
            self.message_user(request, "所选文章没有跨版接续。", messages.WARNING)

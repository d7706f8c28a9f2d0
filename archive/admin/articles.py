"""The review queue and the article editor."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from archive import curation
from archive.admin.actions import form_action
from archive.admin.display import raw_page_html
from archive.admin.filters import FLAG_LABELS, MissingFilter, NewspaperFilter, ProblemFilter, ProvinceFilter
from archive.admin.forms import ColumnForm, ConfirmForm, DateForm, ParkForm, SplitForm
from archive.admin.history import related_history
from archive.admin.jump_actions import JumpActions
from archive.models import Article, ArticlePark, Byline


class BylineInline(admin.TabularInline):
    model = Byline
    autocomplete_fields = ["reporter"]
    fields = ["reporter", "role", "order"]
    extra = 0


class ParkTagFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        primaries = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("is_primary")
        ]
        if len(primaries) > 1:
            raise ValidationError("每篇文章只能有一个主要园区。")


class ParkTagInline(admin.TabularInline):
    model = ArticlePark
    formset = ParkTagFormSet
    autocomplete_fields = ["park"]
    fields = ["park", "is_primary", "mentions"]
    extra = 0


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            "kicker",
            "headline",
            "subtitle",
            "column",
            "byline",
            "body",
            "captions",
            "status",
            "published_on",
            "date_precision",
            "date_estimated",
            "order_on_page",
        ]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 24, "cols": 100}),
            "captions": forms.Textarea(attrs={"rows": 4, "cols": 100}),
            "headline": forms.TextInput(attrs={"size": 80}),
            "kicker": forms.TextInput(attrs={"size": 80}),
            "subtitle": forms.TextInput(attrs={"size": 80}),
            "byline": forms.TextInput(attrs={"size": 80}),
        }


@admin.register(Article)
class ArticleAdmin(JumpActions, SimpleHistoryAdmin):
    form = ArticleForm
    change_form_template = "admin/archive/article/change_form.html"
    object_history_template = "admin/archive/article/object_history.html"
    list_display = [
        "headline",
        "status",
        "date_column",
        "primary_park",
        "reporters_column",
        "flags_column",
        "source_column",
    ]
    list_filter = [
        "status",
        ("parks", admin.RelatedOnlyFieldListFilter),
        ProvinceFilter,
        ("reporters", admin.RelatedOnlyFieldListFilter),
        NewspaperFilter,
        ("source_page", admin.RelatedOnlyFieldListFilter),
        "published_on",
        MissingFilter,
        ProblemFilter,
        "editor_touched",
    ]
    search_fields = ["headline", "body", "bylines__reporter__name"]
    search_help_text = "搜索标题、正文和记者姓名。"
    date_hierarchy = "published_on"
    list_select_related = ["source_page"]
    list_per_page = 50
    inlines = [BylineInline, ParkTagInline]
    readonly_fields = [
        "source_link",
        "parts_display",
        "flags_display",
        "date_evidence",
        "editor_touched",
        "created",
        "updated",
    ]
    fieldsets = [
        ("标题", {"fields": ["kicker", "headline", "subtitle", "column", "byline"]}),
        ("正文", {"fields": ["body", "captions"]}),
        (
            "状态与日期",
            {"fields": ["status", ("published_on", "date_precision"), "date_estimated", "date_evidence"]},
        ),
        (
            "来源",
            {
                "fields": [
                    "source_link",
                    "parts_display",
                    "order_on_page",
                    "flags_display",
                    "editor_touched",
                    ("created", "updated"),
                ]
            },
        ),
    ]
    actions = [
        "publish",
        "send_to_review",
        "reject",
        "confirm_dates",
        "add_park",
        "set_primary_park",
        "set_column",
        "set_date",
        "merge",
        "join_jump",
        "undo_jump",
        "clear_flags",
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("bylines", queryset=Byline.objects.select_related("reporter").order_by("order", "id")),
                Prefetch("park_tags", queryset=ArticlePark.objects.select_related("park")),
            )
        )

    def view_on_site(self, obj):
        """Only a published article has a public page."""
        return obj.get_absolute_url() if obj.is_published else None

    # --- changelist columns ---

    @admin.display(description="日期", ordering="published_on")
    def date_column(self, obj):
        if obj.published_on is None:
            return "—"
        if obj.date_estimated:
            return format_html('<span title="推测依据：{}">⚠ {}</span>', obj.date_evidence or "—", obj.date_display)
        return obj.date_display

    @admin.display(description="主要园区")
    def primary_park(self, obj):
        tags = list(obj.park_tags.all())
        primary = next((t for t in tags if t.is_primary), None)
        if primary is not None:
            return str(primary.park)
        return f"（未设主要，共{len(tags)}个）" if tags else "—"

    @admin.display(description="记者")
    def reporters_column(self, obj):
        return "、".join(b.reporter.name for b in obj.bylines.all()) or "—"

    @admin.display(description="提示")
    def flags_column(self, obj):
        return "、".join(FLAG_LABELS.get(f, f) for f in obj.flags or []) or ""

    @admin.display(description="来源版面", ordering="source_page")
    def source_column(self, obj):
        if obj.source_page is None:
            return "—"
        url = reverse("admin:archive_sourcepage_change", args=[obj.source_page_id])
        return format_html('<a href="{}">{}</a> 第{}篇', url, obj.source_page.file_name, obj.order_on_page)

    # --- change form ---

    @admin.display(description="来源版面")
    def source_link(self, obj):
        return self.source_column(obj)

    @admin.display(description="提示标记")
    def flags_display(self, obj):
        return self.flags_column(obj) or "—"

    class Media:
        css = {"all": ["archive/admin/curation.css"]}

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The raw page goes below the inlines (template block "after_related_objects").
        article = self.get_object(request, object_id)
        if article is not None and article.source_page is not None:
            extra_context = {**(extra_context or {}), "raw_page": raw_page_html(article.source_page.raw_text, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        # Editor work is never overwritten by a reparse.
        obj.editor_touched = True
        if "_confirm_date" in request.POST and obj.published_on is not None:
            obj.date_estimated = False
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not ArticlePark:
            return super().save_formset(request, form, formset, change)
        # Save the tag losing "primary" before the one gaining it (one primary per article).
        tags = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for tag in sorted(tags, key=lambda t: t.is_primary):
            tag.save()
        formset.save_m2m()

    def get_urls(self):
        urls = super().get_urls()
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/split/", self.admin_site.admin_view(self.split_view), name="{}_{}_split".format(*info)
            ),
        ] + urls

    def split_view(self, request, object_id):
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, article) or not self.has_add_permission(request):
            raise PermissionDenied
        if len(article.blocks) < 2:
            self.message_user(request, "这篇文章只有一段，无法拆分。", messages.WARNING)
            return redirect("admin:archive_article_change", article.pk)
        form = SplitForm(request.POST or None, article=article)
        if request.method == "POST" and form.is_valid():
            try:
                new = curation.split_article(article, form.cleaned_data["at"], headline=form.cleaned_data["headline"])
            except curation.CurationError as exc:
                form.add_error(None, str(exc))
            else:
                url = reverse("admin:archive_article_change", args=[new.pk])
                self.message_user(
                    request, format_html('已拆分，新文章：<a href="{}">{}</a>', url, new.headline), messages.SUCCESS
                )
                return redirect("admin:archive_article_change", article.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"拆分文章：{article.headline}",
            "opts": self.opts,
            "original": article,
            "form": form,
            "blocks": article.blocks,
        }
        return TemplateResponse(request, "admin/archive/article/split.html", context)

    # --- history: the article's own records, plus its bylines' and tags' ---

    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "related_history": related_history(object_id)}
        return super().history_view(request, object_id, extra_context=extra_context)

    # --- bulk actions ---

    def _status_action(self, request, queryset, status, verb):
        changed = curation.set_status(list(queryset), status)
        self.message_user(request, f"已{verb} {changed} 篇文章。", messages.SUCCESS)

    @admin.action(description="发布所选文章", permissions=["change"])
    def publish(self, request, queryset):
        self._status_action(request, queryset, Article.Status.PUBLISHED, "发布")

    @admin.action(description="送审所选文章（审核中）", permissions=["change"])
    def send_to_review(self, request, queryset):
        self._status_action(request, queryset, Article.Status.REVIEW, "送审")

    @admin.action(description="退回所选文章（不发布）", permissions=["change"])
    def reject(self, request, queryset):
        self._status_action(request, queryset, Article.Status.REJECTED, "退回")

    @admin.action(description="确认推测日期", permissions=["change"])
    def confirm_dates(self, request, queryset):
        changed = curation.confirm_dates(list(queryset))
        self.message_user(request, f"已确认 {changed} 篇文章的推测日期。", messages.SUCCESS)

    @admin.action(description="清除提示标记（问题已处理）", permissions=["change"])
    def clear_flags(self, request, queryset):
        for article in queryset:
            if article.flags:
                article.flags = []
                article.editor_touched = True
                article.save()
        self.message_user(request, "已清除所选文章的提示标记。", messages.SUCCESS)

    @admin.action(description="添加园区标签…", permissions=["change"])
    def add_park(self, request, queryset):
        return form_action(
            self,
            request,
            queryset,
            action="add_park",
            form_class=ParkForm,
            title="为所选文章添加园区标签",
            apply=lambda data, objs: f"已为 {curation.add_park(objs, data['park'])} 篇文章添加园区“{data['park']}”。",
        )

    @admin.action(description="设置主要园区…", permissions=["change"])
    def set_primary_park(self, request, queryset):
        return form_action(
            self,
            request,
            queryset,
            action="set_primary_park",
            form_class=ParkForm,
            title="设置所选文章的主要园区",
            intro="文章还没有这个园区标签时会先添加；原来的主要园区保留为普通标签。",
            apply=lambda data, objs: (
                f"已将 {curation.set_primary_park(objs, data['park'])} 篇文章的主要园区设为“{data['park']}”。"
            ),
        )

    @admin.action(description="设置栏目…", permissions=["change"])
    def set_column(self, request, queryset):
        return form_action(
            self,
            request,
            queryset,
            action="set_column",
            form_class=ColumnForm,
            title="设置所选文章的栏目",
            apply=lambda data, objs: f"已设置 {curation.set_column(objs, data['column'])} 篇文章的栏目。",
        )

    @admin.action(description="设置刊发日期…", permissions=["change"])
    def set_date(self, request, queryset):
        return form_action(
            self,
            request,
            queryset,
            action="set_date",
            form_class=DateForm,
            title="设置所选文章的刊发日期",
            intro="设置的日期视为已核实（不再标为推测）。",
            apply=lambda data, objs: (
                f"已设置 {curation.set_date(objs, data['published_on'], data['date_precision'])} 篇文章的日期。"
            ),
        )

    @admin.action(description="合并所选文章（按版面顺序并入第一篇）…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        def apply(data, objs):
            target = curation.merge_articles(objs)
            return f"已把 {len(objs)} 篇文章合并为“{target.headline}”。"

        return form_action(
            self,
            request,
            queryset.order_by("source_page_id", "order_on_page", "id"),
            action="merge",
            form_class=ConfirmForm,
            title="合并文章",
            intro=(
                "按版面顺序把后面的文章并入第一篇：正文和图片说明依次接在后面，后面文章的标题变成小标题，"
                "署名和园区标签合并；合并后其余文章被删除（内容保留在历史记录中）。"
            ),
            apply=apply,
        )

"""Key figures and companies: a review list (filtered by metric class, park, confidence,
status), corrections kept in history and never overwritten by a re-parse, rejecting a
false figure, merging companies."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from archive import figure_curation
from archive.admin.actions import form_action
from archive.models import ArticleCompany, Company, Figure, Park


class FigureParkFilter(admin.SimpleListFilter):
    """Only the parks that have figures (the gazetteer has ~400 parks)."""

    title = "园区"
    parameter_name = "park"

    def lookups(self, request, model_admin):
        parks = Park.objects.filter(pk__in=Figure.objects.values("park_id")).order_by("province", "name")
        return [(p.pk, str(p)) for p in parks]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(park_id=self.value())
        return queryset


@admin.register(Figure)
class FigureAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "value", "unit", "metric_class", "year", "park", "confidence", "status", "article_link"]
    list_display_links = ["__str__"]
    list_filter = ["metric_class", FigureParkFilter, "confidence", "status", "editor_touched", "approx"]
    list_select_related = ["park", "article"]
    search_fields = ["metric", "value", "quote", "article__headline"]
    autocomplete_fields = ["park"]
    raw_id_fields = ["article"]
    readonly_fields = ["quote", "article_link", "start", "end", "editor_touched"]
    fieldsets = [
        (None, {"fields": ["article_link", "quote"]}),
        ("数字", {"fields": ["value", "unit", "base_value", "base_unit", "approx"]}),
        ("指标", {"fields": ["metric", "metric_class", "year", "park"]}),
        ("审核", {"fields": ["status", "confidence", "editor_touched"]}),
    ]
    actions = ["confirm", "reject"]
    list_per_page = 50
    # Shows an untouched imported figure's value as imported (its history starts at its first change).
    object_history_template = "admin/archive/figure/object_history.html"

    def has_add_permission(self, request):
        return False  # figures come from articles; editors correct or reject them

    @admin.display(description="文章")
    def article_link(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>（<a href="{}">读者页面，句子已标出</a>）',
            reverse("admin:archive_article_change", args=[obj.article_id]),
            obj.article.headline,
            obj.get_absolute_url(),
        )

    def save_model(self, request, obj, form, change):
        obj.editor_touched = True  # an edited figure is never replaced by a re-parse
        super().save_model(request, obj, form, change)

    @admin.action(description="确认所选数字", permissions=["change"])
    def confirm(self, request, queryset):
        n = figure_curation.set_figure_status(list(queryset), Figure.Status.CONFIRMED)
        self.message_user(request, f"已确认 {n} 个数字。", messages.SUCCESS)

    @admin.action(description="否决所选数字（不是关键数字或提取错误）", permissions=["change"])
    def reject(self, request, queryset):
        n = figure_curation.set_figure_status(list(queryset), Figure.Status.REJECTED)
        self.message_user(request, f"已否决 {n} 个数字：不再显示、不再导出，重新解析也不会恢复。", messages.SUCCESS)


class ArticleCompanyInline(admin.TabularInline):
    model = ArticleCompany
    fields = ["article", "name", "mentions"]
    raw_id_fields = ["article"]
    extra = 0
    max_num = 0
    can_delete = True
    show_change_link = False


class MergeCompanyForm(forms.Form):
    target = forms.ModelChoiceField(
        label="合并到",
        queryset=Company.objects.all(),
        widget=AutocompleteSelect(ArticleCompany._meta.get_field("company"), admin.site),
        help_text="所选公司的文章移到这家公司名下，名称成为它的别名（以后导入时也归到它），旧网址转到它，然后删除所选公司。",
    )


@admin.register(Company)
class CompanyAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "aliases", "key"]
    readonly_fields = ["slug", "key", "former_slugs"]
    fields = ["name", "aliases", "slug", "key", "former_slugs"]
    inlines = [ArticleCompanyInline]
    actions = ["merge_into"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("article_tags", distinct=True))

    @admin.display(description="文章数", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.action(description="合并到另一家公司…", permissions=["change", "delete"])
    def merge_into(self, request, queryset):
        def apply(data, companies):
            target = data["target"]
            n = figure_curation.merge_companies(companies, target)
            return f"已把 {n} 家公司合并到“{target}”，原名称已加为别名。"

        return form_action(
            self,
            request,
            queryset,
            action="merge_into",
            form_class=MergeCompanyForm,
            title="合并公司",
            intro="同一家公司被识别成了几家（简称、全称、括号写法不同）时使用。",
            apply=apply,
        )

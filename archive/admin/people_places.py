"""The gazetteer (parks) and the reporters: edit, verify, merge duplicates."""

from django.contrib import admin, messages
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html

from archive import curation
from archive.admin.actions import form_action
from archive.admin.forms import MergeParkForm, MergeReporterForm
from archive.models import Park, Reporter


@admin.register(Park)
class ParkAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "province", "city", "kind", "approved_year", "verified", "article_count"]
    list_filter = ["verified", "kind", "province"]
    search_fields = ["name", "short_name", "aliases", "city", "province"]
    readonly_fields = ["slug", "articles_link"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "aliases", "verified"]}),
        ("名录信息", {"fields": ["kind", "province", "city", "approved_year", "source", "notes", "slug"]}),
        (
            "地图坐标",
            {
                "fields": ["longitude", "latitude", "coordinates_source"],
                "description": "名录载入时按所在城市由 cpca 得出（见 docs/map.md）。手工修改时请在“坐标来源”写明依据。",
            },
        ),
        ("文章", {"fields": ["articles_link"]}),
    ]
    actions = ["verify", "merge_into"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_articles=Count("article_tags", distinct=True))
            .order_by("province", "name")
        )

    @admin.display(description="文章数", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.display(description="相关文章")
    def articles_link(self, obj):
        if obj.pk is None:
            return "—"
        url = reverse("admin:archive_article_changelist") + f"?parks__id__exact={obj.pk}"
        return format_html('<a href="{}">查看 {} 篇文章</a>', url, getattr(obj, "n_articles", ""))

    @admin.action(description="标为已核实", permissions=["change"])
    def verify(self, request, queryset):
        changed = curation.verify_parks(list(queryset))
        self.message_user(request, f"已核实 {changed} 个园区。", messages.SUCCESS)

    @admin.action(description="合并到另一个园区…", permissions=["change", "delete"])
    def merge_into(self, request, queryset):
        def apply(data, parks):
            target = data["target"]
            sources = [park for park in parks if park.pk != target.pk]
            for park in sources:
                curation.merge_park(park, target)
            return f"已把 {len(sources)} 个园区合并到“{target}”，原名称已加为别名。"

        return form_action(
            self,
            request,
            queryset,
            action="merge_into",
            form_class=MergeParkForm,
            title="合并园区",
            intro="常用于导入时发现、名录中没有的园区（未核实）：合并到名录中的同一园区。",
            apply=apply,
        )


@admin.register(Reporter)
class ReporterAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    readonly_fields = ["slug", "articles_link"]
    fields = ["name", "slug", "articles_link"]
    actions = ["merge_into"]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(n_articles=Count("bylines__article", distinct=True)).order_by("name")
        )

    @admin.display(description="文章数", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.display(description="相关文章")
    def articles_link(self, obj):
        if obj.pk is None:
            return "—"
        url = reverse("admin:archive_article_changelist") + f"?reporters__id__exact={obj.pk}"
        return format_html('<a href="{}">查看 {} 篇文章</a>', url, getattr(obj, "n_articles", ""))

    @admin.action(description="合并到另一位记者…", permissions=["change", "delete"])
    def merge_into(self, request, queryset):
        def apply(data, reporters):
            target = data["target"]
            sources = [r for r in reporters if r.pk != target.pk]
            curation.merge_reporters(sources, target)
            return f"已把 {len(sources)} 位记者合并到“{target}”。"

        return form_action(
            self,
            request,
            queryset,
            action="merge_into",
            form_class=MergeReporterForm,
            title="合并记者",
            intro="同一个人被记成了多个名字时使用：署名移到目标记者名下，然后删除所选记者。",
            apply=apply,
        )

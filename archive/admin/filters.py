"""Review-queue filters for the article changelist.

Filters across the many-valued relations (parks, bylines) use ``pk__in`` subqueries so
an article never appears twice in the list.
"""

from django.contrib import admin
from django.db.models import Q

from archive.models import ArticlePark, Byline, Newspaper, Park, SourcePage

FLAG_LABELS = {
    "repeated_text": "重复段落",
    "reparse_orphan": "重新解析后未找到",
    "derived_headline": "标题取自正文（原无标题的简讯）",
}


class ProvinceFilter(admin.SimpleListFilter):
    title = "省份"
    parameter_name = "province"

    def lookups(self, request, model_admin):
        provinces = (
            Park.objects.filter(article_tags__isnull=False)
            .exclude(province="")
            .values_list("province", flat=True)
            .distinct()
            .order_by("province")
        )
        return [(p, p) for p in provinces]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(pk__in=ArticlePark.objects.filter(park__province=self.value()).values("article_id"))
        return queryset


class NewspaperFilter(admin.SimpleListFilter):
    title = "报纸"
    parameter_name = "newspaper"

    def lookups(self, request, model_admin):
        return [(paper.slug, paper.name) for paper in Newspaper.objects.filter(pages__isnull=False).distinct()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(source_page__newspaper__slug=self.value())
        return queryset


class MissingFilter(admin.SimpleListFilter):
    title = "缺少"
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [("park", "没有园区标签"), ("reporter", "没有记者署名"), ("date", "没有日期")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "park":
            return queryset.exclude(pk__in=ArticlePark.objects.values("article_id"))
        if value == "reporter":
            return queryset.exclude(pk__in=Byline.objects.values("article_id"))
        if value == "date":
            return queryset.filter(published_on__isnull=True)
        return queryset


class ProblemFilter(admin.SimpleListFilter):
    title = "待处理问题"
    parameter_name = "problem"

    def lookups(self, request, model_admin):
        return [
            ("repeated_text", "重复段落"),
            ("derived_headline", "标题取自正文"),
            ("unplaced", "所在版面有未归位片段"),
            ("unverified_park", "含未核实园区"),
            ("estimated_date", "日期为推测"),
            ("any_flag", "任何提示标记"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value in ("repeated_text", "derived_headline"):
            # JSON list of codes: match the quoted code so "repeated_text_x" can't match.
            return queryset.filter(flags__icontains=f'"{value}"')
        if value == "unplaced":
            pages = SourcePage.objects.exclude(Q(unplaced=[]) | Q(unplaced__isnull=True))
            return queryset.filter(source_page__in=pages)
        if value == "unverified_park":
            return queryset.filter(pk__in=ArticlePark.objects.filter(park__verified=False).values("article_id"))
        if value == "estimated_date":
            return queryset.filter(date_estimated=True)
        if value == "any_flag":
            return queryset.exclude(Q(flags=[]) | Q(flags__isnull=True))
        return queryset

"""Published-article counts the directory, the maps and the home page show, kept by the
database itself (``archive.counting``: triggers on articles, park tags, bylines and parks).

Counting them afresh walks every park tag or byline of every published article (0.2-0.3 s
each at 100,000 articles, several per page after every change); reading these rows is a
few hundred rows whatever the archive's size."""

from django.db import models


class PublishedCount(models.Model):
    class Scope(models.TextChoices):
        ARTICLES = "articles", "文章"
        PARK = "park", "园区"
        PROVINCE = "province", "省份"
        REPORTER = "reporter", "记者"
        YEAR = "year", "省份·年份"
        GENERATION = "generation", "计数版本"

    scope = models.CharField("范围", max_length=10, choices=Scope.choices)
    # Province rows: "" counts the articles about any park of the province, a park kind
    # only those about its parks of that kind. Year rows: the year (YYYY) of the province's
    # articles with a date (the province page's articles over the years).
    kind = models.CharField("园区类别", max_length=20, blank=True)
    # The park's or reporter's id, the province's name (province and year rows); "" for
    # the archive's total. The one generation row (``archive.counting.GENERATION``): its
    # epoch token as ``kind``, its number of changes as ``n``.
    name = models.CharField("对象", max_length=100, blank=True)
    n = models.IntegerField("已发布文章数", default=0)

    class Meta:
        verbose_name = "已发布文章计数"
        verbose_name_plural = "已发布文章计数"
        constraints = [models.UniqueConstraint(fields=["scope", "kind", "name"], name="publishedcount_unique")]

    def __str__(self):
        return f"{self.scope} {self.kind} {self.name}: {self.n}"

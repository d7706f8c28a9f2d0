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

    scope = models.CharField("范围", max_length=10, choices=Scope.choices)
    # Province rows: "" counts the articles about any park of the province, a park kind
    # only those about its parks of that kind.
    kind = models.CharField("园区类别", max_length=20, blank=True)
    # The park's or reporter's id, the province's name; "" for the archive's total.
    name = models.CharField("对象", max_length=100, blank=True)
    n = models.IntegerField("已发布文章数", default=0)

    class Meta:
        verbose_name = "已发布文章计数"
        verbose_name_plural = "已发布文章计数"
        constraints = [models.UniqueConstraint(fields=["scope", "kind", "name"], name="publishedcount_unique")]

    def __str__(self):
        return f"{self.scope} {self.kind} {self.name}: {self.n}"


class FigureSeries(models.Model):
    """The public figures (not rejected, in published articles) of one park, metric, base
    unit and year: how many there are and the largest value, kept by the database
    (``archive.figure_counting``: triggers on figures and articles). The park page's figure
    count and its charts read these few rows instead of grouping the park's figures
    (~18,000 for the biggest park at 100,000 articles) after every change."""

    park_id = models.IntegerField("园区")
    metric = models.CharField("指标", max_length=40, blank=True)
    base_unit = models.CharField("基本单位", max_length=20)
    year = models.PositiveSmallIntegerField("年份", help_text="0：年份不详。")
    n = models.IntegerField("数字个数", default=0)
    top = models.FloatField("最大换算值", null=True)

    class Meta:
        verbose_name = "园区数字序列"
        verbose_name_plural = "园区数字序列"
        constraints = [
            models.UniqueConstraint(fields=["park_id", "metric", "base_unit", "year"], name="figureseries_unique")
        ]

    def __str__(self):
        return f"{self.park_id} {self.metric} {self.year}: {self.n}"

"""Published-article counts the directory, the maps and the home page show, kept by the
database itself (``archive.counting``: triggers on articles, park tags, bylines and parks).

Counting them afresh walks every park tag or byline of every published article (0.2-0.3 s
each at 100,000 articles, several per page after every change); reading these rows is a
few hundred rows whatever the archive's size."""

from django.db import models

# PostgreSQL runs writers side by side; two transactions updating the same count rows in
# different orders (park, then province; province, then park) would deadlock. Every
# trigger that changes counts (``archive.counting``, ``archive.figure_counting``) and
# ``count_new_figures`` first take this transaction-level advisory lock ("count" in
# ASCII), so writers that change counts take turns on them until they commit (SQLite has
# one writer anyway).
COUNT_LOCK_KEY = 0x636F756E74


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


class FigureSeries(models.Model):
    """The public figures (not rejected, in published articles) of one park, metric (as
    written and its class), base unit and year: how many there are and the largest value,
    kept by the database (``archive.figure_counting``: triggers on figures and articles).
    The park page's figure count and its charts, and ``/figures/``' counts by park,
    province, metric and year, read these few rows instead of counting figures (~18,000
    for the biggest park, ~850,000 in all at 100,000 articles) after every change. Figures
    without a park are counted under park 0."""

    NO_PARK = 0

    park_id = models.IntegerField("园区", help_text="0：未归属园区。")
    metric = models.CharField("指标", max_length=40, blank=True)
    metric_class = models.CharField("指标类别", max_length=8, default="")
    base_unit = models.CharField("基本单位", max_length=20)
    year = models.PositiveSmallIntegerField("年份", help_text="0：年份不详。")
    n = models.IntegerField("数字个数", default=0)
    top = models.FloatField("最大换算值", null=True)

    class Meta:
        verbose_name = "园区数字序列"
        verbose_name_plural = "园区数字序列"
        constraints = [
            models.UniqueConstraint(
                fields=["park_id", "metric", "metric_class", "base_unit", "year"], name="figureseries_unique"
            )
        ]

    def __str__(self):
        return f"{self.park_id} {self.metric} {self.year}: {self.n}"


# The statements ``FigureSeries`` rows are kept with (``archive.figure_counting`` builds its
# triggers from them too). Statuses as SQL: Article.Status.PUBLISHED, Figure.Status.REJECTED.
SERIES_TABLE = "archive_figureseries"
SERIES_KEY = "park_id, metric, metric_class, base_unit, year"
SERIES_GROUP = "COALESCE(f.park_id, 0), f.metric, f.metric_class, f.base_unit, COALESCE(f.year, 0)"
PUBLISHED_SQL, REJECTED_SQL = "'published'", "'rejected'"
_TOP = (
    f"CASE WHEN {SERIES_TABLE}.top IS NULL OR excluded.top > {SERIES_TABLE}.top "
    f"THEN excluded.top ELSE {SERIES_TABLE}.top END"
)
SERIES_INSERT = f"INSERT INTO {SERIES_TABLE} ({SERIES_KEY}, n, top) "
SERIES_UPSERT = f" ON CONFLICT ({SERIES_KEY}) DO UPDATE SET n = {SERIES_TABLE}.n + excluded.n, top = {_TOP}"
_NEW_FIGURES = (
    f"{SERIES_INSERT}SELECT {SERIES_GROUP}, COUNT(*), MAX(f.base_value) FROM archive_figure f "
    "JOIN archive_article a ON a.id = f.article_id WHERE f.{column} IN ({marks}) "
    f"AND a.status = {PUBLISHED_SQL} AND f.status <> {REJECTED_SQL} "
    f"GROUP BY {SERIES_GROUP}{SERIES_UPSERT}"
)
CHUNK = 500


def count_new_figures(column, ids, connection):
    """Just-inserted figures join their series: those with ``column`` ("id", or "article_id"
    for articles all of whose figures are new) in ``ids``, one grouped upsert per 500 ids.

    New figures are counted here, by whoever inserts them (the importer once a batch,
    ``Figure.save()`` and ``bulk_create`` otherwise), not by a trigger per row (with the date's
    trigger, +16 % of the import's CPU). Changes and deletes are the triggers' part."""
    if column not in ("id", "article_id"):
        raise ValueError(column)
    ids = list(ids)
    with connection.cursor() as cursor:
        if ids and connection.vendor == "postgresql":
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [COUNT_LOCK_KEY])
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            cursor.execute(_NEW_FIGURES.format(column=column, marks=", ".join(["%s"] * len(chunk))), chunk)

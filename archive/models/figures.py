"""Key figures and companies found in articles (issue #13).

The importer extracts them (``archive.pipeline.figures`` / ``companies``, pure) and
stores them with the article; editors check them in the admin. A figure an editor has
changed, confirmed or rejected (``editor_touched``) is never replaced by a re-parse; a
rejected figure stays in the database (so a re-parse does not bring it back) but is never
shown or exported. Readers see only the figures of published articles
(``Figure.objects.public()``).
"""

from django.db import connections, models, router, transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from simple_history.models import HistoricalRecords

from archive.companykeys import company_key

from .articles import Article
from .counts import count_new_figures
from .figure_history import connect as keep_imported_state_on_delete
from .figure_history import keep_imported_state
from .names import pinyin_slug, split_aliases, unique_slug
from .parks import Park


class FigureQuerySet(models.QuerySet):
    def not_rejected(self):
        return self.exclude(status=Figure.Status.REJECTED)

    def public(self):
        """The figures readers see: not rejected, in published articles.

        The article's status is compared through ``COALESCE`` so that no index on it can
        serve the comparison: otherwise SQLite starts from the published articles (the
        status index) and sorts all their figures for the newest-first list (5 s of CPU at
        100,000 articles) instead of walking the figures' date index and looking up the
        article of each (0.5 ms). PostgreSQL plans from its statistics and is misled by the
        ``COALESCE`` (it takes it for a rare match and starts from every article: 2.6-3.1 s
        for a metric class's first page at 100,000 articles), so it gets the plain comparison."""
        if connections[self.db].vendor == "postgresql":
            return self.not_rejected().filter(article__status=Article.Status.PUBLISHED)
        return (
            self.not_rejected()
            .alias(article_state=Coalesce("article__status", Value("")))
            .filter(article_state=Article.Status.PUBLISHED)
        )

    def bulk_create(self, objs, *args, **kwargs):
        """Insert figures with their articles' dates, and count them into their series."""
        if kwargs.get("ignore_conflicts") or kwargs.get("update_conflicts"):
            raise ValueError("figures are inserted whole: they must be counted (FigureSeries)")
        objs = list(objs)
        dates = _article_dates({f.article_id for f in objs}, self.db)
        for figure in objs:
            figure.article_date = dates.get(figure.article_id)
        with transaction.atomic(using=self.db):
            objs = super().bulk_create(objs, *args, **kwargs)
            count_new_figures("id", [f.pk for f in objs], connections[self.db])
        return objs


def _article_dates(article_ids, using):
    return dict(Article.objects.using(using).filter(pk__in=article_ids).values_list("pk", "published_on"))


class Figure(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "自动提取"
        CONFIRMED = "confirmed", "已确认"
        REJECTED = "rejected", "已否决"

    class MetricClass(models.TextChoices):
        OUTPUT = "产值", "产值"
        REVENUE = "营收", "营收"
        TAX = "税收", "税收"
        INVESTMENT = "投资", "投资"
        FINANCE = "融资/贷款", "融资/贷款"
        FUNDS = "资金", "资金（奖补、扶持）"
        TRADE = "进出口", "进出口"
        ENTERPRISES = "企业数", "企业数"
        PROJECTS = "项目数", "项目数"
        TALENT = "人才", "人才"
        PATENTS = "专利", "专利"
        AREA = "面积", "面积"
        CAPACITY = "产能", "产能"
        GROWTH = "增速", "增速"
        SHARE = "占比", "占比"
        OTHER = "其他", "其他"

    class Approx(models.TextChoices):
        EXACT = "exact", "确数"
        APPROX = "approx", "约数（近、约、左右）"
        LOWER = "lower", "下限（超、逾、余、以上）"
        UPPER = "upper", "上限（不超过、不足）"
        RANGE = "range", "区间（取下限）"

    class Confidence(models.TextChoices):
        HIGH = "high", "高"
        MEDIUM = "medium", "中"
        LOW = "low", "低"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="figures", verbose_name="文章")
    park = models.ForeignKey(
        Park,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="figures",
        db_index=False,  # the first column of figure_park_metric
        verbose_name="园区",
        help_text="数字所指的园区：句中提到的园区，否则为文章的主要园区。",
    )
    value = models.CharField(
        "数值（原文）", max_length=40, help_text="原文写法，含万、亿、余、多，如“4191.83”“1.2万”。"
    )
    unit = models.CharField(
        "单位",
        max_length=20,
        blank=True,
        help_text="原文写法；金额含万、亿，如“亿元”“家”“%”。用文字写的比例（百分之五、三分之一）无单位。",
    )
    base_value = models.FloatField("换算值", help_text="换算到基本单位的数值，用于排序和图表；修改数值时一并修改。")
    base_unit = models.CharField("基本单位", max_length=20, help_text="元、个、平方米、W、千瓦时、% 等。")
    approx = models.CharField("精确程度", max_length=8, choices=Approx.choices, default=Approx.EXACT)
    metric = models.CharField("指标", max_length=40, blank=True, help_text="句中的指标名称，如“工业总产值”“高企”。")
    metric_class = models.CharField("指标类别", max_length=8, choices=MetricClass.choices, default=MetricClass.OTHER)
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True, help_text="数字所属的年份；不详则留空。")
    quote = models.TextField("原句", help_text="数字所在的句子（长句取所在分句及前一分句）。")
    start = models.PositiveIntegerField("起始位置", default=0, help_text="在正文中的字符位置（导入时）。")
    end = models.PositiveIntegerField("结束位置", default=0)
    confidence = models.CharField(
        "可信度",
        max_length=6,
        choices=Confidence.choices,
        default=Confidence.HIGH,
        help_text="导入程序的把握：未找到指标为低，指标类别为“其他”为中。",
    )
    status = models.CharField(
        "状态",
        max_length=10,
        choices=Status.choices,
        default=Status.EXTRACTED,
        help_text="否决的数字不再显示、不导出，重新解析也不会再出现。",
    )
    # The article's date, so that a park's or the archive's figures come newest first from
    # an index instead of sorting every figure by its article's date (0.2-0.3 s at 100,000
    # articles). Written with a new figure (``save()``, ``bulk_create``, the importer), kept
    # by triggers after that (``archive.figure_counting``).
    article_date = models.DateField("文章日期", null=True, blank=True, editable=False)
    editor_touched = models.BooleanField(
        "编辑已修改", default=False, help_text="编辑修改、确认或否决过的数字，重新解析时保留不动。"
    )

    # An imported figure's first record is written at its first change (``figure_history``).
    history = HistoricalRecords()
    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        verbose_name = "关键数字"
        verbose_name_plural = "关键数字"
        # Few indexes: the importer writes ~8 figures an article and each index costs it.
        indexes = [
            # The park page's table and chart: a park's figures by metric and year.
            models.Index(fields=["park", "metric", "base_unit", "year", "base_value"], name="figure_park_metric"),
            models.Index(fields=["metric_class", "year"], name="figure_class_year"),
            # Newest first: a park's table, /figures/, and /figures/ of one metric class.
            models.Index(fields=["park", "article_date", "id"], name="figure_park_date"),
            models.Index(fields=["article_date", "id"], name="figure_date"),
            models.Index(fields=["metric_class", "article_date", "id"], name="figure_class_date"),
        ]

    def __str__(self):
        return f"{self.metric or self.get_metric_class_display()} {self.value}{self.unit}"

    def save(self, *args, **kwargs):
        """A new figure gets its article's date and joins its series (``_counted``, once
        the row is in); a change of a saved one is the triggers' to follow."""
        using = kwargs.get("using") or router.db_for_write(Figure, instance=self)
        if self._state.adding:
            self.article_date = _article_dates([self.article_id], using).get(self.article_id)
        with transaction.atomic(using=using):
            if not self._state.adding:
                keep_imported_state(Figure, [self.pk], using)  # its history's first record, if none yet
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The article with this figure's sentence marked."""
        return reverse("archive:article", args=[self.article_id]) + f"?hl={self.pk}#hl"

    @property
    def display(self):
        """The number as a reader reads it: 近4000亿元, 3700余家, 3-5家."""
        return figure_display(self.value, self.unit, self.approx, self.base_value)


def figure_display(value, unit, approx, base_value=0.0):
    """``Figure.display`` from plain values (for figures loaded with ``values()``). A fall
    (a negative base value: 同比下降3.2%) reads with its sign, ``-3.2%``; a vague amount
    (数十亿元, 几百家) with no 约 before it."""
    before = {"approx": "约", "upper": "不超过"}.get(approx, "") if value[:1] not in "数几" else ""
    after = "以上" if approx == "lower" and not value.endswith(("余", "多")) else ""
    sign = "-" if base_value is not None and base_value < 0 and not value.startswith("-") else ""
    return f"{before}{sign}{value}{unit}{after}"


def confidence_of(metric, metric_class):
    """How sure the importer is of a figure: no metric found is low, an unclassed one medium."""
    if not metric:
        return Figure.Confidence.LOW
    if metric_class == Figure.MetricClass.OTHER:
        return Figure.Confidence.MEDIUM
    return Figure.Confidence.HIGH


class CompanyQuerySet(models.QuerySet):
    def public(self):
        """Companies named in at least one published article."""
        return self.filter(
            pk__in=ArticleCompany.objects.filter(article__status=Article.Status.PUBLISHED).values("company_id")
        )


class Company(models.Model):
    name = models.CharField("名称", max_length=100, help_text="最完整的写法，如“包头市山晟新能源有限责任公司”。")
    slug = models.SlugField(
        "网址标识", max_length=100, unique=True, help_text="永久网址中的 ASCII 标识；一经发布不要修改。"
    )
    key = models.CharField(
        "合并键",
        max_length=100,
        unique=True,
        editable=False,
        help_text="同一公司不同写法的共同部分（去掉括号宽度差异和末尾的股份、有限、责任、公司）。",
    )
    aliases = models.TextField(
        "别名",
        blank=True,
        help_text="其他写法，每行一个；导入时遇到这些写法也归到本公司。合并公司时自动加入。",
    )
    former_slugs = models.TextField(
        "旧网址标识", blank=True, editable=False, help_text="合并进来的公司原来的网址标识，旧链接会转到这里。"
    )
    history = HistoricalRecords()
    objects = CompanyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "公司"
        verbose_name_plural = "公司"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.key:
            self.key = company_key(self.name)
        if not self.slug:
            self.slug = unique_slug(Company, pinyin_slug(self.name, "company")[:90], exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:company", args=[self.slug])

    @property
    def alias_list(self):
        return split_aliases(self.aliases)

    @property
    def all_names(self):
        return list(dict.fromkeys(n for n in [self.name, *self.alias_list] if n))


class ArticleCompany(models.Model):
    """A company an article names, with the name as the article writes it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="company_tags", verbose_name="文章")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="article_tags", verbose_name="公司")
    name = models.CharField("原文写法", max_length=100)
    mentions = models.PositiveIntegerField("提及次数", default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["article_id", "id"]
        verbose_name = "文章中的公司"
        verbose_name_plural = "文章中的公司"
        constraints = [models.UniqueConstraint(fields=["article", "company"], name="articlecompany_unique")]

    def __str__(self):
        return self.name


def _counted(sender, instance, created, using, **kwargs):
    """A figure ``save()`` inserted joins its series (whether it inserts is known only here:
    a figure made from a history record has its key and may or may not still exist)."""
    if created:
        count_new_figures("id", [instance.pk], connections[using])


models.signals.post_save.connect(_counted, sender=Figure, dispatch_uid="archive.figure_series")
keep_imported_state_on_delete(Figure)

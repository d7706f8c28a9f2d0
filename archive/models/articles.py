"""Articles cut from source pages, their bylines and park tags, and the later parts of an
article that jumps to another page.

An article always comes from a source page; the page keeps the raw text exactly as it
was received, so every article can be traced back to (and re-cut from) what the
newspaper printed.
"""

import re

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .counts import PublishedCount
from .newspapers import SourcePage
from .parks import Park
from .reporters import Reporter


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The one definition of "publicly visible", used by views, feeds, sitemaps and search."""
        return self.filter(status=Article.Status.PUBLISHED)

    def with_public_relations(self):
        return self.select_related("source_page").prefetch_related(
            models.Prefetch("bylines", queryset=Byline.objects.select_related("reporter").order_by("order")),
            models.Prefetch(
                "park_tags", queryset=ArticlePark.objects.select_related("park").order_by("-is_primary", "-mentions")
            ),
        )

    def newest_first(self):
        return self.order_by(models.F("published_on").desc(nulls_last=True), "-id")


class Article(models.Model):
    class Status(models.TextChoices):
        IMPORTED = "imported", "已导入"
        REVIEW = "review", "审核中"
        PUBLISHED = "published", "已发布"
        REJECTED = "rejected", "已退回"

    class DatePrecision(models.TextChoices):
        DAY = "day", "日"
        MONTH = "month", "月"
        YEAR = "year", "年"

    source_page = models.ForeignKey(
        SourcePage, on_delete=models.PROTECT, related_name="articles", verbose_name="来源版面", null=True, blank=True
    )
    order_on_page = models.PositiveIntegerField("版面顺序", default=0)
    headline = models.CharField("主标题", max_length=300)
    kicker = models.CharField("引题", max_length=300, blank=True, help_text="主标题上方的引题（肩题）。")
    subtitle = models.CharField("副题", max_length=300, blank=True, help_text="主标题下方的副题。")
    column = models.CharField("栏目", max_length=100, blank=True, db_index=True)
    byline = models.CharField(
        "署名（原文）", max_length=300, blank=True, help_text="按报纸印刷的署名，如“本报讯(记者 刘琴)”，含文末署名。"
    )
    body = models.TextField(
        "正文",
        blank=True,
        help_text="段落之间空一行；小标题单独一段，以“## ”开头。",
    )
    captions = models.TextField("图片说明", blank=True, help_text="每行一条图片说明（含图片来源、摄影署名）。")
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.IMPORTED, db_index=True)
    published_on = models.DateField("刊发日期", null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        "日期精度", max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    date_estimated = models.BooleanField(
        "日期为推测", default=False, help_text="导入程序从正文推测的日期；编辑核实后取消勾选。"
    )
    date_evidence = models.CharField("推测依据", max_length=200, blank=True)
    source_lines = models.JSONField(
        "原文行号", default=list, blank=True, editable=False, help_text="导入时本文来自原文的哪些行（从 0 起）。"
    )
    jumps_to = models.CharField(
        "下转版次", max_length=8, blank=True, help_text="文末“下转第6版”的版次（如 6、A6）；续文接上后仍保留。"
    )
    continues_from = models.CharField(
        "上接版次", max_length=8, blank=True, help_text="本文是“上接第5版”的续文时，前文所在的版次。"
    )
    flags = models.JSONField("提示标记", default=list, blank=True, help_text="导入程序发现的问题，如重复段落。")
    editor_touched = models.BooleanField(
        "编辑已修改", default=False, help_text="编辑修改过的文章，重新解析时不会被覆盖。"
    )
    created = models.DateTimeField("创建时间", auto_now_add=True)
    updated = models.DateTimeField("更新时间", auto_now=True)

    reporters = models.ManyToManyField(Reporter, through="Byline", related_name="articles", verbose_name="记者")
    parks = models.ManyToManyField(Park, through="ArticlePark", related_name="articles", verbose_name="园区")

    history = HistoricalRecords(excluded_fields=["updated"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["source_page_id", "order_on_page", "id"]
        verbose_name = "文章"
        verbose_name_plural = "文章"
        indexes = [
            models.Index(fields=["status", "published_on"], name="article_status_date"),
            models.Index(fields=["source_page", "order_on_page"], name="article_page_order"),
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("archive:article", args=[self.pk])

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def blocks(self):
        """Body as a list of {"kind": "p"|"subhead", "text": ...}."""
        return body_to_blocks(self.body)

    @property
    def paragraphs(self):
        """Every block's text in order (subheads included), as exported."""
        return [b["text"] for b in self.blocks]

    @property
    def caption_list(self):
        return [c for c in (self.captions or "").splitlines() if c.strip()]

    @property
    def date_display(self):
        """The date as a reader should see it: an estimate is never shown as fact."""
        return date_text(self.published_on, self.date_precision, self.date_estimated)


def date_text(d, precision, estimated):
    """An article's date as readers see it, from its three fields (also for lists loaded
    with ``values()``): to its precision, an estimate marked as one, never shown as fact."""
    if d is None:
        return "日期不详"
    if precision == Article.DatePrecision.YEAR:
        text = f"{d.year}年"
    elif precision == Article.DatePrecision.MONTH:
        text = f"{d.year}年{d.month}月"
    else:
        text = f"{d.year}年{d.month}月{d.day}日"
    return f"约{text}（推测）" if estimated else text


SUBHEAD_PREFIX = "## "


def body_to_blocks(body):
    blocks = []
    for chunk in re.split(r"\n\s*\n", body or ""):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith(SUBHEAD_PREFIX.strip()):
            blocks.append({"kind": "subhead", "text": chunk.lstrip("#").strip()})
        else:
            blocks.append({"kind": "p", "text": chunk})
    return blocks


def blocks_to_body(blocks):
    out = []
    for block in blocks:
        text = block["text"].strip()
        if not text:
            continue
        out.append(SUBHEAD_PREFIX + text if block.get("kind") == "subhead" else text)
    return "\n\n".join(out)


class Byline(models.Model):
    class Role(models.TextChoices):
        STAFF = "staff", "本报记者"
        SPECIAL = "special", "特约通讯员"
        CORRESPONDENT = "correspondent", "通讯员"
        AUTHOR = "author", "作者"
        PHOTOGRAPHER = "photo", "摄影"
        CONTRIBUTOR = "contributor", "署名"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines", verbose_name="文章")
    reporter = models.ForeignKey(Reporter, on_delete=models.PROTECT, related_name="bylines", verbose_name="记者")
    role = models.CharField("身份", max_length=15, choices=Role.choices, default=Role.CONTRIBUTOR)
    order = models.PositiveSmallIntegerField("顺序", default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "署名"
        verbose_name_plural = "署名"
        constraints = [
            models.UniqueConstraint(fields=["article", "reporter", "role"], name="byline_unique_per_role"),
        ]

    def __str__(self):
        return f"{self.get_role_display()} {self.reporter}"


class ArticlePark(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="park_tags", verbose_name="文章")
    park = models.ForeignKey(Park, on_delete=models.PROTECT, related_name="article_tags", verbose_name="园区")
    is_primary = models.BooleanField("主要园区", default=False)
    mentions = models.PositiveIntegerField("提及次数", default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-is_primary", "-mentions", "id"]
        verbose_name = "园区标签"
        verbose_name_plural = "园区标签"
        constraints = [
            models.UniqueConstraint(fields=["article", "park"], name="articlepark_unique"),
            models.UniqueConstraint(fields=["article"], condition=Q(is_primary=True), name="articlepark_one_primary"),
        ]

    def __str__(self):
        return f"{self.park}{'（主要）' if self.is_primary else ''}"


def park_article_counts():
    """{park_id: number of published articles}, as the database's triggers keep them
    (``archive.counting``; a fresh count walked every tag: 0.2-0.3 s at 100,000 articles)."""
    rows = PublishedCount.objects.filter(scope=PublishedCount.Scope.PARK, kind="", n__gt=0).values_list("name", "n")
    return {int(name): n for name, n in rows}


class ArticlePart(models.Model):
    """A later part of an article continued on another page of the same issue
    (下转第6版 … 上接第5版). The article's body holds the whole text; ``text`` keeps what
    this part added, so editors can undo the join."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="parts", verbose_name="文章")
    page = models.ForeignKey(
        SourcePage, on_delete=models.PROTECT, related_name="article_parts", verbose_name="续接版面"
    )
    order = models.PositiveSmallIntegerField("顺序", default=1, help_text="1 为第一个续接部分。")
    source_lines = models.JSONField("原文行号", default=list, blank=True, editable=False)
    text = models.TextField("续文", blank=True, help_text="这一部分接入正文的文字（撤销接续时用）。")
    headline = models.CharField("续文标题", max_length=300, blank=True, help_text="续接处重复印刷的标题（如有）。")
    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "续接部分"
        verbose_name_plural = "续接部分"
        constraints = [models.UniqueConstraint(fields=["article", "page"], name="articlepart_unique_page")]

    def __str__(self):
        return f"{self.article}（续，{self.page}）"

"""The archive's data: parks (the gazetteer), reporters, imported source pages and articles.

An article always comes from a source page; the page keeps the raw text exactly as it
was received, so every article can be traced back to (and re-cut from) what the
newspaper printed.
"""

import re

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from pypinyin import lazy_pinyin
from simple_history.models import HistoricalRecords

ALIAS_SEPARATORS = re.compile(r"[;；\n]+")


def pinyin_slug(text, fallback="item"):
    """An ASCII slug from Chinese text: 武汉东湖 -> wuhandonghu."""
    words = lazy_pinyin(text, errors=lambda chars: list(chars))
    slug = slugify("".join(words))
    return slug or fallback


def unique_slug(model, base, max_length=100, exclude_pk=None):
    slug = base[:max_length]
    n = 2
    qs = model.objects.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)] + suffix
        n += 1
    return slug


class Park(models.Model):
    class Kind(models.TextChoices):
        HITECH = "national_hitech", "国家高新区"
        ETDZ = "national_etdz", "国家级经开区"
        OTHER = "other", "其他园区"

    name = models.CharField("正式名称", max_length=100, help_text="官方全称，如“武汉东湖新技术开发区”。")
    short_name = models.CharField("简称", max_length=60, blank=True, help_text="新闻中常用的简称，如“武汉东湖高新区”。")
    slug = models.SlugField(
        "网址标识",
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text="永久网址中的 ASCII 标识；一经发布不要修改。",
    )
    aliases = models.TextField(
        "别名",
        blank=True,
        help_text="新闻中出现的其他叫法，每行一个（也可用分号分隔），如“东湖高新区”“中国光谷”。",
    )
    province = models.CharField("省份", max_length=20, blank=True, db_index=True)
    city = models.CharField("城市", max_length=40, blank=True)
    kind = models.CharField("类别", max_length=20, choices=Kind.choices, default=Kind.HITECH, db_index=True)
    approved_year = models.PositiveSmallIntegerField("批准年份", null=True, blank=True)
    verified = models.BooleanField(
        "已核实",
        default=True,
        help_text="名录中的园区为已核实；导入时在正文中发现、名录中没有的园区为未核实，需编辑核对或合并。",
    )
    source = models.CharField(
        "名录来源", max_length=100, blank=True, help_text="名录数据来源代码，见 fixtures/parks-sources.md。"
    )
    notes = models.TextField("备注", blank=True)

    class Meta:
        ordering = ["province", "name"]
        verbose_name = "园区"
        verbose_name_plural = "园区"
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="park_unique_name_per_kind"),
        ]

    def __str__(self):
        return self.short_name or self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = pinyin_slug(
                re.sub(r"(高新区|高新技术产业开发区|经济技术开发区|经开区)$", "", self.short_name or self.name)
            )
            suffix = {"national_hitech": "gxq", "national_etdz": "jkq"}.get(self.kind, "yq")
            self.slug = unique_slug(Park, f"{base}-{suffix}", exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:park", args=[self.slug])

    @property
    def alias_list(self):
        return [a.strip() for a in ALIAS_SEPARATORS.split(self.aliases or "") if a.strip()]

    @property
    def all_names(self):
        """Every name the park goes by, official first, without duplicates."""
        names = [self.name, self.short_name, *self.alias_list]
        return list(dict.fromkeys(n for n in names if n))


class Reporter(models.Model):
    name = models.CharField("姓名", max_length=40, unique=True)
    slug = models.SlugField("网址标识", max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "记者/作者"
        verbose_name_plural = "记者/作者"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Reporter, pinyin_slug(self.name, "reporter"), max_length=60, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:reporter", args=[self.slug])


class SourcePage(models.Model):
    file_name = models.CharField("原始文件名", max_length=255)
    sha256 = models.CharField(
        "SHA-256", max_length=64, unique=True, help_text="原始字节的 SHA-256，同一文件只导入一次。"
    )
    raw_text = models.TextField("原文", help_text="按收到时的样子保存，从不修改（含原有换行）。")
    encoding = models.CharField("编码", max_length=20, default="utf-8")
    newspaper = models.CharField("报纸", max_length=60, blank=True, db_index=True)
    issue_date = models.DateField("出版日期", null=True, blank=True)
    page_label = models.CharField("版次", max_length=40, blank=True)
    imported_at = models.DateTimeField("导入时间", default=timezone.now)
    unplaced = models.JSONField(
        "未归位片段",
        default=list,
        blank=True,
        help_text="导入程序无法归入任何文章的文字片段，请编辑处理。",
    )
    warnings = models.JSONField("导入提示", default=list, blank=True)
    parser_version = models.CharField("解析器版本", max_length=20, blank=True)

    class Meta:
        ordering = ["-imported_at", "file_name"]
        verbose_name = "来源版面"
        verbose_name_plural = "来源版面"

    def __str__(self):
        parts = [self.newspaper, self.issue_date.isoformat() if self.issue_date else "", self.page_label]
        label = " ".join(p for p in parts if p)
        return f"{label} ({self.file_name})" if label else self.file_name

    def get_absolute_url(self):
        return reverse("archive:source_page", args=[self.pk])


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
        d = self.published_on
        if d is None:
            return "日期不详"
        if self.date_precision == self.DatePrecision.YEAR:
            text = f"{d.year}年"
        elif self.date_precision == self.DatePrecision.MONTH:
            text = f"{d.year}年{d.month}月"
        else:
            text = f"{d.year}年{d.month}月{d.day}日"
        return f"约{text}（推测）" if self.date_estimated else text


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
    """{park_id: number of published articles} in one query."""
    rows = (
        ArticlePark.objects.filter(article__status=Article.Status.PUBLISHED)
        .values("park_id")
        .annotate(n=Count("article_id", distinct=True))
    )
    return {r["park_id"]: r["n"] for r in rows}

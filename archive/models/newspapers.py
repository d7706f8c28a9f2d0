"""Newspapers, their dated issues and the pages we received of them: title → issue → page.

A page arrives as OCR'd text (``SourcePage.raw_text``, never changed). What the page says
about itself (masthead, date, page number and title, the editor lines) is recognised at
import, or given on the command line, and stored here, so an article can be cited with its
newspaper, date and page, and readers can browse an issue page by page.
"""

from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from archive.pagelabels import parse_page_label

from .names import pinyin_slug, split_aliases, unique_slug


def _name_key(name):
    """Names compare without spaces, quotes or brackets: 《科技日报》 == 科技日报."""
    return "".join(ch for ch in (name or "") if not ch.isspace() and ch not in "《》〈〉\"“”'")


class NewspaperQuerySet(models.QuerySet):
    def matching(self, name):
        """The newspaper called ``name`` (its name, short name or an alias), or None."""
        key = _name_key(name)
        if not key:
            return None
        for paper in self.all():
            if key in {_name_key(n) for n in paper.all_names}:
                return paper
        return None

    def for_name(self, name):
        """The newspaper called ``name``, created (for editors to check) when it is new."""
        paper = self.matching(name)
        if paper is None and _name_key(name):
            paper = self.create(name=_name_key(name))
        return paper


class Newspaper(models.Model):
    name = models.CharField(
        "报名", max_length=60, unique=True, help_text="报头上的正式名称，如“中国高新技术产业导报”。"
    )
    short_name = models.CharField("简称", max_length=30, blank=True, help_text="常用简称，如“导报”。")
    slug = models.SlugField(
        "网址标识", max_length=80, unique=True, help_text="永久网址中的 ASCII 标识；一经发布不要修改。"
    )
    publisher = models.CharField("主办单位", max_length=100, blank=True)
    aliases = models.TextField(
        "别名",
        blank=True,
        help_text="报头或 OCR 中出现的其他写法，每行一个（如繁体名、旧名）。导入时按正式名称、简称和别名识别报纸。",
    )
    notes = models.TextField("备注", blank=True)

    objects = NewspaperQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "报纸"
        verbose_name_plural = "报纸"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Newspaper, pinyin_slug(self.name, "newspaper"), max_length=80, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:newspaper", args=[self.slug])

    @property
    def all_names(self):
        names = [self.name, self.short_name, *split_aliases(self.aliases)]
        return list(dict.fromkeys(n for n in names if n))


class Issue(models.Model):
    newspaper = models.ForeignKey(Newspaper, on_delete=models.PROTECT, related_name="issues", verbose_name="报纸")
    date = models.DateField("出版日期", db_index=True)
    edition = models.PositiveSmallIntegerField(
        "版别序号", default=1, help_text="同一天出版多个版别（如海外版）时用来区分；只有一个版别时为 1。"
    )
    edition_label = models.CharField("版别", max_length=40, blank=True, help_text="如“海外版”；只有一个版别时留空。")
    notes = models.TextField("备注", blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["newspaper", "date", "edition"]
        verbose_name = "期次"
        verbose_name_plural = "期次"
        constraints = [
            models.UniqueConstraint(fields=["newspaper", "date", "edition"], name="issue_unique_per_day"),
        ]

    def __str__(self):
        label = f"{self.newspaper} {self.date.year}年{self.date.month}月{self.date.day}日"
        return f"{label} {self.edition_label}" if self.edition_label else label

    def get_absolute_url(self):
        args = [self.newspaper.slug, self.date.isoformat()]
        if self.edition != 1:
            return reverse("archive:issue_edition", args=[*args, self.edition])
        return reverse("archive:issue", args=args)


class SourcePageQuerySet(models.QuerySet):
    def public(self):
        """Pages with a published article on them (its first part or a continuation): the
        pages readers may see, with their raw text."""
        # The article models build on pages; reach them through the reverse relations.
        article_model = self.model.articles.rel.related_model
        part_model = self.model.article_parts.rel.related_model
        return self.filter(
            models.Exists(article_model.objects.published().filter(source_page=models.OuterRef("pk")))
            | models.Exists(
                part_model.objects.filter(
                    page=models.OuterRef("pk"), article__in=article_model.objects.published().values("pk")
                )
            )
        )


class SourcePage(models.Model):
    file_name = models.CharField("原始文件名", max_length=255)
    sha256 = models.CharField(
        "SHA-256", max_length=64, unique=True, help_text="原始字节的 SHA-256，同一文件只导入一次。"
    )
    raw_text = models.TextField("原文", help_text="按收到时的样子保存，从不修改（含原有换行）。")
    encoding = models.CharField("编码", max_length=20, default="utf-8")
    newspaper = models.ForeignKey(
        Newspaper,
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name="报纸",
        null=True,
        blank=True,
    )
    issue_date = models.DateField(
        "出版日期", null=True, blank=True, help_text="改动后，本版文章的日期随之改动（不再是推测日期）。"
    )
    issue = models.ForeignKey(
        Issue,
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name="期次",
        null=True,
        blank=True,
        help_text="由报纸和出版日期确定；同一天有多个版别时请选择。",
    )
    page_label = models.CharField("版次", max_length=40, blank=True, help_text="按印刷的样子，如“第5版”“A5”。")
    page_section = models.CharField("叠", max_length=4, blank=True, help_text="分叠的报纸的叠号，如 A5 的“A”。")
    page_number = models.PositiveSmallIntegerField("版号", null=True, blank=True, help_text="如第5版的 5。")
    page_title = models.CharField("版名", max_length=40, blank=True, help_text="如“园区”“综合”。")
    furniture = models.JSONField(
        "版面附注行",
        default=list,
        blank=True,
        editable=False,
        help_text="报头、日期、版次、责任编辑、转版等不属于任何文章的行：[{行号, 类别}]。",
    )
    imported_at = models.DateTimeField("导入时间", default=timezone.now)
    unplaced = models.JSONField(
        "未归位片段",
        default=list,
        blank=True,
        help_text="导入程序无法归入任何文章的文字片段，请编辑处理。",
    )
    warnings = models.JSONField("导入提示", default=list, blank=True)
    parser_version = models.CharField("解析器版本", max_length=20, blank=True)
    history = HistoricalRecords(excluded_fields=["raw_text", "unplaced", "warnings", "furniture", "imported_at"])

    objects = SourcePageQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "file_name"]
        verbose_name = "来源版面"
        verbose_name_plural = "来源版面"
        indexes = [models.Index(fields=["issue", "page_section", "page_number"], name="page_in_issue")]

    def __str__(self):
        parts = [
            self.newspaper.name if self.newspaper_id else "",
            self.issue_date.isoformat() if self.issue_date else "",
            self.page_display,
        ]
        label = " ".join(p for p in parts if p)
        return f"{label} ({self.file_name})" if label else self.file_name

    def save(self, *args, **kwargs):
        if self.page_label and self.page_number is None:
            self.set_page_label(self.page_label)
        self.attach_issue()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.issue_id and self.page_code:
            issue = self.issue
            args = [issue.newspaper.slug, issue.date.isoformat()]
            if issue.edition != 1:
                return reverse("archive:issue_edition_page", args=[*args, issue.edition, self.page_code])
            return reverse("archive:issue_page", args=[*args, self.page_code])
        return reverse("archive:page", args=[self.pk])

    def get_raw_url(self):
        return reverse("archive:source_page", args=[self.pk])

    WITHHELD = "〔此处是尚未公开的文章，从略〕"

    def withheld_lines(self):
        """0-based numbers of the raw lines only unpublished articles hold (their first parts
        or their continuations here): a draft's or a rejected article's text, which public
        pages leave out. A line a published article holds too stays."""
        published = self.articles.model.Status.PUBLISHED
        held = {True: set(), False: set()}
        for status, lines in self.articles.values_list("status", "source_lines"):
            held[status == published].update(lines or ())
        for status, lines in self.article_parts.values_list("article__status", "source_lines"):
            held[status == published].update(lines or ())
        return held[False] - held[True]

    def public_lines(self, withheld=None):
        """The raw lines as readers may see them: each run of withheld lines (``withheld_lines``;
        blank lines inside it count with it) is one ``WITHHELD`` note and blank lines, so every
        other line keeps its number."""
        withheld = self.withheld_lines() if withheld is None else withheld
        shown, in_run = [], False
        for n, line in enumerate(self.raw_text.splitlines()):
            if n in withheld:
                shown.append("" if in_run else self.WITHHELD)
                in_run = True
            else:
                in_run = in_run and not line.strip()
                shown.append("" if in_run else line)
        return shown

    def public_text(self):
        """``raw_text`` with the withheld lines left out (``public_lines``)."""
        withheld = self.withheld_lines()
        if not withheld:
            return self.raw_text
        ending = "\n" if self.raw_text.endswith(("\n", "\r")) else ""
        return "\n".join(self.public_lines(withheld)) + ending

    def attach_issue(self):
        """A page with a known newspaper and date belongs to that day's issue (kept when an
        editor chose another edition of the same day); otherwise to none. ``save()`` calls
        this; bulk inserts call it themselves."""
        if not (self.newspaper_id and self.issue_date):
            self.issue = None
            return
        current = self.issue if self.issue_id else None
        if current and current.newspaper_id == self.newspaper_id and current.date == self.issue_date:
            return
        self.issue, _ = Issue.objects.get_or_create(newspaper_id=self.newspaper_id, date=self.issue_date, edition=1)

    @property
    def issue_order(self):
        """Where the page stands in its issue: by section, then number (unknown last)."""
        return (self.page_section, self.page_number or 10_000, self.pk)

    @property
    def page_code(self):
        """The page within its issue as a citation writes it: 5, A5 (empty when unknown)."""
        return f"{self.page_section}{self.page_number}" if self.page_number else ""

    @property
    def page_display(self):
        if self.page_number:
            return f"{self.page_section}{self.page_number}版" if self.page_section else f"第{self.page_number}版"
        return self.page_label

    def set_page_label(self, label):
        """Set the label as printed and the section and number read from it."""
        self.page_label = (label or "")[:40]
        parsed = parse_page_label(self.page_label)
        self.page_section, self.page_number = (parsed.section, parsed.number) if parsed else ("", None)

    @transaction.atomic
    def date_articles(self):
        """Give the page's articles the page's date as a fact. Returns how many changed.
        Each save is recorded in history and queued for the index like any edit."""
        if self.issue_date is None:
            return 0
        changed = 0
        for article in self.articles.all():
            day = article.DatePrecision.DAY
            if (article.published_on, article.date_precision, article.date_estimated) == (self.issue_date, day, False):
                continue
            article.published_on = self.issue_date
            article.date_precision = day
            article.date_estimated = False
            article.date_evidence = ""
            article._change_reason = "版面日期已知"
            article.save(update_fields=["published_on", "date_precision", "date_estimated", "date_evidence", "updated"])
            changed += 1
        return changed

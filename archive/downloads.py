"""Research exports of a result set: CSV, JSON Lines and RIS, written a row at a time.

Articles are loaded as plain values, a chunk at a time (``load``: three queries a chunk,
no model instances - building 10,000 models with prefetched relations cost most of an
export's time), each becomes one ``record`` dict, and each format turns records into
text. Nothing holds more than a chunk, so an export of any size streams in flat memory.

- **CSV** is UTF-8 with a byte-order mark (Excel otherwise reads Chinese as GBK), one
  article a row; a cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
  return) gets a leading apostrophe, so a spreadsheet shows it as text instead of running
  it as a formula (OWASP's advice against CSV injection).
- **JSON Lines**: one JSON object per article, UTF-8, Chinese unescaped.
- **RIS** (Zotero, EndNote): ``TY  - NEWS`` with title, authors, date, newspaper (T2),
  page (SP) and URL; an estimated date is a note, never a date.

Each file ends with a trailer saying what it holds, the query and the row cap (a CSV row
starting with ``#``, a JSON line ``{"_export": …}``, text after the last RIS record, which
readers skip). At the end, so that a file cut off in transfer is recognisably incomplete.
"""

import csv
import io
import json
from collections import defaultdict
from types import SimpleNamespace

from django.db.models import F
from django.urls import reverse

from archive import citations
from archive.models import Article, ArticlePark, Byline, SourcePage, body_to_blocks

FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
}
CSV_COLUMNS = [
    ("id", "编号"),
    ("title", "标题"),
    ("kicker", "引题"),
    ("subtitle", "副题"),
    ("date", "刊发日期"),
    ("date_precision", "日期精度"),
    ("date_estimated", "日期为推测"),
    ("newspaper", "报纸"),
    ("page", "版次"),
    ("column", "栏目"),
    ("authors", "作者"),
    ("parks", "园区"),
    ("provinces", "省份"),
    ("url", "网址"),
    ("citation", "引用（GB/T 7714）"),
    ("text", "正文"),
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


class ExportRow(SimpleNamespace):
    """One article as an export loads it. How a date and a page are written are the
    models' own rules: their properties, reused on plain values."""

    DatePrecision = Article.DatePrecision
    date_display = Article.date_display
    page_code = SourcePage.page_code
    page_display = SourcePage.page_display


ARTICLE_VALUES = [
    "id",
    "headline",
    "kicker",
    "subtitle",
    "column",
    "body",
    "published_on",
    "date_precision",
    "date_estimated",
]
PAGE_VALUES = {
    "newspaper": F("source_page__newspaper__name"),
    "page_section": F("source_page__page_section"),
    "page_number": F("source_page__page_number"),
    "page_label": F("source_page__page_label"),
}


def load(ids):
    """``ExportRow``s of the *published* articles among ``ids``, in the order of ``ids``."""
    found = Article.objects.published().filter(pk__in=ids).values(*ARTICLE_VALUES, **PAGE_VALUES)
    rows = {r["id"]: r for r in found}
    credits, parks = defaultdict(list), defaultdict(list)
    bylines = Byline.objects.filter(article_id__in=list(rows)).order_by("article_id", "order", "id")
    for article_id, name, role in bylines.values_list("article_id", "reporter__name", "role"):
        credits[article_id].append((name, role))
    tags = ArticlePark.objects.filter(article_id__in=list(rows)).order_by(
        "article_id", "-is_primary", "-mentions", "id"
    )
    for article_id, name, province in tags.values_list("article_id", "park__name", "park__province"):
        parks[article_id].append((name, province))
    return [ExportRow(**rows[pk], credits=credits[pk], parks=parks[pk]) for pk in ids if pk in rows]


def url_maker(base_url):
    """``pk -> absolute URL of the article``, reversing the route once instead of per row."""
    marker = 987654321
    prefix, suffix = (base_url + reverse("archive:article", args=[marker])).split(str(marker))
    return lambda pk: f"{prefix}{pk}{suffix}"


def record(row, url):
    """What every format exports of one article (an ``ExportRow``)."""
    authors = citations.author_names(row.credits)
    known_day = row.published_on if not row.date_estimated and row.date_precision == "day" else None
    return {
        "id": row.id,
        "url": url(row.id),
        "title": row.headline,
        "kicker": row.kicker,
        "subtitle": row.subtitle,
        "column": row.column,
        "date": row.published_on.isoformat() if row.published_on else None,
        "date_precision": row.date_precision,
        "date_estimated": row.date_estimated,
        "date_display": row.date_display,
        "newspaper": row.newspaper or "",
        "page": row.page_code or row.page_label or "",
        "page_display": row.page_display or "",
        "authors": authors,
        "reporters": [{"name": name, "role": role} for name, role in row.credits],
        "parks": [name for name, _province in row.parks],
        "provinces": list(dict.fromkeys(province for _name, province in row.parks if province)),
        "citation": citations.reference(authors, row.headline, row.subtitle, row.newspaper, known_day, row.page_code),
        "paragraphs": [block["text"] for block in body_to_blocks(row.body)],
    }


def safe_cell(value):
    """A spreadsheet cell that can't be a formula: lists joined with "；", text starting
    like a formula prefixed with an apostrophe."""
    if isinstance(value, list):
        value = "；".join(str(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvWriter:
    def __init__(self):
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator="\r\n")

    def _line(self, cells):
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(cells)
        return self.buffer.getvalue()

    def header(self):
        return BOM + self._line([label for _key, label in CSV_COLUMNS])

    def row(self, rec):
        rec = {**rec, "text": "\n".join(rec["paragraphs"])}
        return self._line([safe_cell(rec[key]) for key, _label in CSV_COLUMNS])

    def trailer(self, meta):
        return self._line(["# " + describe(meta)])


class JsonLinesWriter:
    def header(self):
        return ""

    def row(self, rec):
        return json.dumps(rec, ensure_ascii=False) + "\n"

    def trailer(self, meta):
        return json.dumps({"_export": {**meta, "note": describe(meta)}}, ensure_ascii=False) + "\n"


def _ris_date(rec):
    year, month, day = rec["date"].split("-")
    if rec["date_precision"] == "year":
        return f"{year}///"
    if rec["date_precision"] == "month":
        return f"{year}/{month}//"
    return f"{year}/{month}/{day}/"


def _ris_line(tag, value):
    # One line per field: a newline inside a value would start a bogus field.
    return f"{tag}  - {' '.join(str(value).split())}\r\n"


class RisWriter:
    def header(self):
        return ""

    def row(self, rec):
        lines = [_ris_line("TY", "NEWS")]
        title = f"{rec['title']}: {rec['subtitle']}" if rec["subtitle"] else rec["title"]
        lines.append(_ris_line("TI", title))
        lines += [_ris_line("AU", name) for name in rec["authors"]]
        if rec["date"] and not rec["date_estimated"]:
            lines.append(_ris_line("PY", rec["date"][:4]))
            lines.append(_ris_line("DA", _ris_date(rec)))
        elif rec["date"]:
            lines.append(_ris_line("N1", f"刊发日期为推测：{rec['date_display']}"))
        if rec["newspaper"]:
            lines.append(_ris_line("T2", rec["newspaper"]))
        if rec["page"]:
            lines.append(_ris_line("SP", rec["page"]))
        if rec["column"]:
            lines.append(_ris_line("SE", rec["column"]))
        lines += [_ris_line("KW", name) for name in rec["parks"]]
        lines.append(_ris_line("UR", rec["url"]))
        lines.append(_ris_line("LA", "zh"))
        lines.append(_ris_line("DB", "高新区新闻档案"))
        lines.append(_ris_line("ER", ""))
        return "".join(lines) + "\r\n"

    def trailer(self, meta):
        return describe(meta) + "\r\n"


WRITERS = {"csv": CsvWriter, "jsonl": JsonLinesWriter, "ris": RisWriter}


def describe(meta):
    """The trailer's sentence: what was asked, how many rows, the cap."""
    shown = f"导出 {meta['rows']} 篇"
    if meta["truncated"]:
        shown += (
            f"（共 {meta['total']} 篇符合条件，超过每个文件 {meta['max_rows']} 篇的上限，只含前 {meta['max_rows']} 篇）"
        )
    else:
        shown += f"（每个文件上限 {meta['max_rows']} 篇）"
    asked = "，".join(f"{key}={value}" for key, value in meta["query"].items()) or "全部文章"
    return f"高新区新闻档案导出。条件：{asked}；{shown}；来源 {meta['source']}；导出时间 {meta['exported_at']}。"


def lines(fmt, records, meta, batch=100):
    """The file as encoded chunks: header, records (``batch`` rows a chunk, so a socket
    write is not one per row), trailer. ``meta`` is completed as the rows go by
    (``rows``) and read only at the end."""
    writer = WRITERS[fmt]()
    pending = [writer.header()]
    for rec in records:
        pending.append(writer.row(rec))
        meta["rows"] += 1
        if len(pending) >= batch:
            yield "".join(pending).encode("utf-8")
            pending = []
    pending.append(writer.trailer(meta))
    yield "".join(pending).encode("utf-8")

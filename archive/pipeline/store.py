"""The thin storage step: a parsed page -> SourcePage, Articles, Bylines, park tags.

``import_bytes`` is the one entry point for new pages (``import_pages`` and the admin's
upload both call it); ``reparse_page`` re-runs the parser on a stored page. Each page is
stored in one transaction: a failure leaves nothing half-imported.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from simple_history.utils import get_history_manager_for_model

from archive.models import Article, ArticlePark, Byline, Newspaper, Park, Reporter, SourcePage, blocks_to_body
from archive.pipeline.decode import DecodeError, decode_page
from archive.pipeline.parks import Gazetteer, GazetteerEntry
from archive.pipeline.parse import PARSER_VERSION, parse_page
from archive.pipeline.types import ParsedPage
from search.indexing import enqueue as enqueue_for_index


class ImportRejected(Exception):
    """A file that can't be imported; ``str(exc)`` is the reason shown to the user."""


@dataclass
class ImportOutcome:
    file_name: str
    status: str  # "imported" | "duplicate" | "failed" | "dry-run" | "reparsed"
    page: SourcePage | None = None
    articles: list = field(default_factory=list)
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    parsed: ParsedPage | None = None
    new_reporters: int = 0
    new_parks: int = 0
    skipped_touched: int = 0

    @property
    def ok(self):
        return self.status != "failed"


class ImportContext:
    """Caches shared by the pages of one import run: the gazetteer and known names."""

    def __init__(self):
        parks = list(Park.objects.all())
        self.parks_by_id = {p.pk: p for p in parks}
        self.parks_by_name = {}
        for p in parks:
            for name in (p.name, p.short_name):
                if name:
                    self.parks_by_name.setdefault(name, p)
        self.gazetteer = Gazetteer(
            GazetteerEntry(
                key=p.pk,
                name=p.name,
                short_name=p.short_name,
                aliases=p.alias_list,
                province=p.province,
                city=p.city,
                kind=p.kind,
            )
            for p in parks
            if p.verified
        )
        self.reporters = dict(Reporter.objects.values_list("name", "pk"))

    def reporter_id(self, name, outcome):
        pk = self.reporters.get(name)
        if pk is None:
            pk = Reporter.objects.create(name=name).pk
            self.reporters[name] = pk
            outcome.new_reporters += 1
        return pk

    def park_for(self, mention, outcome):
        if mention.key is not None and mention.key in self.parks_by_id:
            return self.parks_by_id[mention.key]
        park = self.parks_by_name.get(mention.name)
        if park is None:
            park = Park.objects.create(name=mention.name, short_name=mention.name, kind=Park.Kind.OTHER, verified=False)
            self.parks_by_id[park.pk] = park
            self.parks_by_name[mention.name] = park
            outcome.new_parks += 1
        return park


def sha256_of(data):
    return hashlib.sha256(data).hexdigest()


@dataclass
class PreparedPage:
    """A page decoded and parsed, not yet stored: the pure half of an import."""

    file_name: str
    digest: str = ""
    text: str = ""
    encoding: str = ""
    parsed: ParsedPage | None = None
    error: str = ""


def prepare_bytes(data, file_name, *, gazetteer, issue_date=None, known_digests=frozenset()):
    """Size check, sha256, decode and parse. Pure (no database), so it can run in a worker process.

    A page whose sha256 is in ``known_digests`` (already in the archive) is not parsed again.
    """
    prepared = PreparedPage(file_name=file_name)
    try:
        _check_size(len(data))
        prepared.digest = sha256_of(data)
        if prepared.digest in known_digests:
            return prepared
        prepared.text, prepared.encoding = decode_page(data)
    except (DecodeError, ImportRejected) as exc:
        prepared.error = str(exc)
        return prepared
    prepared.parsed = parse_page(prepared.text, gazetteer=gazetteer, issue_date=issue_date)
    if not prepared.parsed.articles and not prepared.parsed.unplaced:
        prepared.error = "页面中没有可识别的文字（no text found）"
    return prepared


def import_bytes(
    data,
    file_name,
    *,
    newspaper="",
    issue_date=None,
    page_label="",
    publish=False,
    dry_run=False,
    context=None,
):
    """Import one page file given as bytes. Never raises for bad input: see ``status``."""
    context = context or ImportContext()
    try:
        _check_size(len(data))
    except ImportRejected as exc:
        return ImportOutcome(file_name=file_name, status="failed", error=str(exc))
    existing = SourcePage.objects.filter(sha256=sha256_of(data)).first()
    if existing is not None:
        return _duplicate(file_name, existing)
    prepared = prepare_bytes(data, file_name, gazetteer=context.gazetteer, issue_date=issue_date)
    return store_prepared(
        prepared,
        newspaper=newspaper,
        issue_date=issue_date,
        page_label=page_label,
        publish=publish,
        dry_run=dry_run,
        context=context,
    )


def _duplicate(file_name, page):
    return ImportOutcome(file_name=file_name, status="duplicate", page=page, articles=list(page.articles.all()))


def store_prepared(prepared, **options):
    """Write one prepared page (see ``store_batch``)."""
    return store_batch([prepared], **options)[0]


def store_batch(
    prepared_pages, *, newspaper="", issue_date=None, page_label="", publish=False, dry_run=False, context=None
):
    """Write prepared pages with their articles, bylines and park tags: one outcome per page.

    The batch is one transaction (a failure leaves none of its pages behind) and a handful
    of bulk statements whatever its size, which is what makes large imports fast.
    """
    context = context or ImportContext()
    outcomes = [
        ImportOutcome(file_name=p.file_name, status="failed", parsed=p.parsed, error=p.error) for p in prepared_pages
    ]
    digests = {p.digest for p in prepared_pages if not p.error}
    stored = {
        page.sha256: page for page in SourcePage.objects.filter(sha256__in=digests).only("id", "file_name", "sha256")
    }
    fresh, repeats = [], []
    for i, prepared in enumerate(prepared_pages):
        if prepared.error:
            continue
        if prepared.digest in stored:
            outcomes[i] = _duplicate(prepared.file_name, stored[prepared.digest])
        elif any(prepared.digest == other.digest for other, _ in fresh):
            repeats.append(i)  # the same file twice in one batch: a duplicate of the first
        else:
            outcomes[i].warnings = list(prepared.parsed.warnings)
            fresh.append((prepared, outcomes[i]))
    if dry_run:
        for _prepared, outcome in fresh:
            outcome.status = "dry-run"
        return outcomes
    if fresh:
        with transaction.atomic():
            paper = Newspaper.objects.for_name(newspaper) if newspaper else None
            new_pages = []
            for prepared, _outcome in fresh:
                page = SourcePage(
                    file_name=prepared.file_name[:255],
                    sha256=prepared.digest,
                    raw_text=prepared.text,
                    encoding=prepared.encoding,
                    newspaper=paper,
                    issue_date=issue_date,
                    unplaced=prepared.parsed.unplaced,
                    warnings=prepared.parsed.warnings,
                    parser_version=PARSER_VERSION,
                )
                page.set_page_label(page_label)
                page.attach_issue()
                new_pages.append(page)
            pages = SourcePage.objects.bulk_create(new_pages)
            status = Article.Status.PUBLISHED if publish else Article.Status.IMPORTED
            entries = [
                (page, order, parsed_article, outcome)
                for (prepared, outcome), page in zip(fresh, pages, strict=True)
                for order, parsed_article in enumerate(prepared.parsed.articles, start=1)
            ]
            _create_articles(entries, status, context)
        for (prepared, outcome), page in zip(fresh, pages, strict=True):
            outcome.page = page
            outcome.status = "imported"
            stored[prepared.digest] = page
    for i in repeats:
        outcomes[i] = _duplicate(prepared_pages[i].file_name, stored[prepared_pages[i].digest])
    return outcomes


def _check_size(size):
    limit = settings.ARCHIVE_MAX_PAGE_BYTES
    if size > limit:
        raise ImportRejected(f"文件过大：{size:,} 字节，上限 {limit:,} 字节（file too large）")


def _article_fields(parsed_article):
    fields = {
        "headline": parsed_article.headline[:300] or "（无标题）",
        "kicker": parsed_article.kicker[:300],
        "subtitle": parsed_article.subtitle[:300],
        "column": parsed_article.column[:100],
        "byline": parsed_article.byline[:300],
        "body": blocks_to_body([{"kind": b.kind, "text": b.text} for b in parsed_article.blocks]),
        "captions": "\n".join(c.replace("\n", " ") for c in parsed_article.captions),
        "flags": list(parsed_article.flags),
        "source_lines": list(parsed_article.source_lines),
        "published_on": None,
        "date_precision": Article.DatePrecision.DAY,
        "date_estimated": False,
        "date_evidence": "",
    }
    if parsed_article.date is not None:
        d = parsed_article.date
        fields.update(
            published_on=d.value,
            date_precision=d.precision,
            date_estimated=d.estimated,
            date_evidence=d.evidence[:200],
        )
    return fields


_history_managers = {}


def bulk_create_with_history(objs, model, default_change_reason=""):
    """Bulk insert rows and their simple-history records (all inside the caller's transaction).

    simple-history's own helper builds a new history manager class on every call, which
    costs more than the inserts themselves at import speed; the manager is cached here.
    """
    objs = model.objects.bulk_create(objs)
    if objs:
        manager = _history_managers.get(model)
        if manager is None:
            manager = _history_managers[model] = get_history_manager_for_model(model)
        manager.bulk_history_create(objs, default_change_reason=default_change_reason)
    return objs


_history_copy_sql = {}


def copy_creation_history(model, key, ids, reason):
    """Write the "created" history records of just-inserted rows with one INSERT … SELECT.

    Equivalent to simple-history's ``bulk_history_create`` for new rows, but the database
    copies the columns itself instead of Python building one object per row: at import
    speed that is the difference between the ORM and the data dominating the cost.
    """
    if not ids:
        return
    sql = _history_copy_sql.get((model, key))
    if sql is None:
        history = model.history.model  # builds a manager class: do it once per model
        columns = [f.column for f in history._meta.concrete_fields if not f.column.startswith("history_")]
        qn = connection.ops.quote_name
        cols = ", ".join(qn(c) for c in columns)
        sql = _history_copy_sql[(model, key)] = (
            f"INSERT INTO {qn(history._meta.db_table)} ({cols}, {qn('history_date')}, "
            f"{qn('history_change_reason')}, {qn('history_type')}, {qn('history_user_id')}) "
            f"SELECT {cols}, %s, %s, '+', NULL FROM {qn(model._meta.db_table)} WHERE {qn(key)} IN ({{marks}})"
        )
    sql = sql.format(marks=", ".join(["%s"] * len(ids)))
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, reason, *ids])


def _create_articles(entries, status, context):
    """Store new articles given as (page, order, ParsedArticle, outcome), with a few bulk inserts.

    History records and index-queue rows are written too, in the same transaction.
    """
    articles = Article.objects.bulk_create(
        [
            Article(source_page=page, order_on_page=order, status=status, **_article_fields(parsed_article))
            for page, order, parsed_article, _outcome in entries
        ]
    )
    bylines, tags = [], []
    for article, (_page, _order, parsed_article, outcome) in zip(articles, entries, strict=True):
        bylines += _bylines(article, parsed_article, context, outcome)
        tags += _park_tags(article, parsed_article, context, outcome)
        outcome.articles.append(article)
    Byline.objects.bulk_create(bylines)
    ArticlePark.objects.bulk_create(tags)
    ids = [a.pk for a in articles]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        copy_creation_history(Article, "id", chunk, "导入")
        copy_creation_history(Byline, "article_id", chunk, "导入")
        copy_creation_history(ArticlePark, "article_id", chunk, "导入")
    enqueue_for_index(ids)
    return articles


def _replace_relations(article, parsed_article, context, outcome):
    article.bylines.all().delete()
    article.park_tags.all().delete()
    bulk_create_with_history(_bylines(article, parsed_article, context, outcome), Byline)
    bulk_create_with_history(_park_tags(article, parsed_article, context, outcome), ArticlePark)
    enqueue_for_index([article.pk])


def _bylines(article, parsed_article, context, outcome):
    bylines, seen = [], set()
    for order, credit in enumerate(parsed_article.credits):
        reporter_id = context.reporter_id(credit.name, outcome)
        if (reporter_id, credit.role) in seen:
            continue
        seen.add((reporter_id, credit.role))
        bylines.append(Byline(article=article, reporter_id=reporter_id, role=credit.role, order=order))
    return bylines


def _park_tags(article, parsed_article, context, outcome):
    tags = {}
    for mention in parsed_article.parks:
        park = context.park_for(mention, outcome)
        tag = tags.get(park.pk)
        if tag is None:
            tags[park.pk] = ArticlePark(article=article, park=park, is_primary=mention.primary, mentions=mention.count)
        else:
            tag.mentions += mention.count
            tag.is_primary = tag.is_primary or mention.primary
    primaries = [t for t in tags.values() if t.is_primary]
    for extra in primaries[1:]:
        extra.is_primary = False
    return list(tags.values())


def reparse_page(page, context=None):
    """Re-run the parser on a stored page; update the articles no editor has touched.

    Parsed articles are matched to stored ones by headline, then by position on the
    page. Touched articles are never changed. An untouched stored article the new
    parse no longer produces is deleted if it was never published, and flagged
    ``reparse_orphan`` for an editor if it was (permalinks stay valid).
    """
    context = context or ImportContext()
    outcome = ImportOutcome(file_name=page.file_name, status="reparsed", page=page)
    parsed = parse_page(page.raw_text, gazetteer=context.gazetteer, issue_date=page.issue_date)
    outcome.parsed = parsed
    outcome.warnings = list(parsed.warnings)
    with transaction.atomic():
        stored = list(page.articles.select_for_update().order_by("order_on_page", "id"))
        by_headline = {}
        for article in stored:
            by_headline.setdefault(article.headline, []).append(article)
        by_order = {a.order_on_page: a for a in stored}
        used = set()
        result = []
        for order, parsed_article in enumerate(parsed.articles, start=1):
            fields = _article_fields(parsed_article)
            candidates = [a for a in by_headline.get(fields["headline"], []) if a.pk not in used]
            match = candidates[0] if candidates else None
            if match is None and order in by_order and by_order[order].pk not in used:
                match = by_order[order]
            if match is not None:
                used.add(match.pk)
                if match.editor_touched:
                    outcome.skipped_touched += 1
                    result.append(match)
                    continue
                for name, value in fields.items():
                    setattr(match, name, value)
                match.order_on_page = order
                match.save()
                _replace_relations(match, parsed_article, context, outcome)
                result.append(match)
            else:
                entry = (page, order, parsed_article, outcome)
                result += _create_articles([entry], Article.Status.IMPORTED, context)
        for article in stored:
            if article.pk in used or article.editor_touched:
                continue
            if article.status == Article.Status.PUBLISHED:
                if "reparse_orphan" not in article.flags:
                    article.flags = [*article.flags, "reparse_orphan"]
                    article.save(update_fields=["flags", "updated"])
            else:
                article.delete()
        page.unplaced = parsed.unplaced
        page.warnings = parsed.warnings
        page.parser_version = PARSER_VERSION
        page.save(update_fields=["unplaced", "warnings", "parser_version"])
    outcome.articles = result
    return outcome


def read_limited(path):
    """Read a file, refusing (without reading it) anything above the size limit."""
    limit = settings.ARCHIVE_MAX_PAGE_BYTES
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        if size > limit:
            raise ImportRejected(f"文件过大：{size:,} 字节，上限 {limit:,} 字节（file too large）")
        fh.seek(0)
        return fh.read(limit + 1)


def parse_date_option(value):
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ImportRejected(f"日期格式应为 YYYY-MM-DD：{value!r}") from exc

"""The storage stage: prepared pages -> SourcePage, Articles, Bylines, park tags, key
figures and companies (``store_figures``).

``store_batch`` writes pages that ``prepare`` has decoded and parsed; ``runner`` calls it
for the ``import_pages`` command and the admin's upload, and ``reparse`` reuses the
article writers here. Database writes only: no decoding or parsing happens here. A batch
of pages is stored in one transaction (the command stores 50 pages per batch, the upload
one), so a failure never leaves a page half-imported; history records and index-queue
rows are written in the same transaction.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from django.db.models import Max

from archive.models import Article, ArticlePark, Byline, Newspaper, Park, Reporter, SourcePage, blocks_to_body
from archive.pipeline.history import bulk_create_with_history, copy_creation_history, insert_objects, insert_rows
from archive.pipeline.jumps import MISSING_CONTINUATION, MISSING_START, join_pending, placeholder_headline
from archive.pipeline.parks import Gazetteer, GazetteerEntry
from archive.pipeline.parse import PARSER_VERSION
from archive.pipeline.prepare import extract
from archive.pipeline.store_figures import create_extracted, replace_extracted
from archive.pipeline.types import ParsedPage
from search.indexing import enqueue as enqueue_for_index


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
    joined: int = 0  # continuations on this page joined to their first half

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
        # Every name a known newspaper goes by, for recognising mastheads.
        self.newspaper_names = tuple(name for paper in Newspaper.objects.all() for name in paper.all_names)

    def reporter_id(self, name, outcome):
        # Another import (or an editor) may have added the name since this run started:
        # look before creating, inside the batch's transaction.
        pk = self.reporters.get(name)
        if pk is None:
            reporter, created = _get_or_create_reporter(name)
            pk = self.reporters[name] = reporter.pk
            outcome.new_reporters += created
        return pk

    def park_for(self, mention, outcome):
        if mention.key is not None and mention.key in self.parks_by_id:
            return self.parks_by_id[mention.key]
        park = self.parks_by_name.get(mention.name)
        if park is None:
            park, created = Park.objects.get_or_create(
                name=mention.name, kind=Park.Kind.OTHER, defaults={"short_name": mention.name, "verified": False}
            )
            self.parks_by_id[park.pk] = park
            self.parks_by_name[mention.name] = park
            outcome.new_parks += created
        return park

    def forget_unsaved(self):
        """After a rolled-back batch: drop names whose rows the rollback took away."""
        self.reporters = dict(Reporter.objects.values_list("name", "pk"))
        parks = {p.pk: p for p in Park.objects.filter(pk__in=self.parks_by_id)}
        self.parks_by_id = {pk: parks[pk] for pk in self.parks_by_id if pk in parks}
        self.parks_by_name = {name: p for name, p in self.parks_by_name.items() if p.pk in parks}


# Tries of one batch when another import wins a race for the same rows (see store_batch).
STORE_ATTEMPTS = 3


def _get_or_create_reporter(name):
    """The reporter called ``name``, created if new, safe against another import at once.

    The same name is safe by itself: ``name`` is unique and ``get_or_create`` inserts in a
    savepoint, so the import that loses (on PostgreSQL its insert waits for the winner's
    commit) finds the winner's row. A name that sounds alike (张江, 章江: both
    ``zhangjiang``) can lose the race for the slug instead; then the next try, in a new
    savepoint, sees the winner's slug and takes the next free one (``zhangjiang-2``)."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            return Reporter.objects.get_or_create(name=name)
        except IntegrityError:
            if attempt == STORE_ATTEMPTS:
                raise


def _duplicate(file_name, page):
    return ImportOutcome(file_name=file_name, status="duplicate", page=page, articles=list(page.articles.all()))


def store_prepared(prepared, **options):
    """Write one prepared page (see ``store_batch``)."""
    return store_batch([prepared], **options)[0]


def store_batch(prepared_pages, *, publish=False, dry_run=False, context=None):
    """Write prepared pages with their articles, bylines and park tags: one outcome per page.

    Each page's newspaper, issue date and page label come from its ``PreparedPage.info``.
    A page already in the archive (same sha256), or repeated in the batch, is a
    "duplicate" and changes nothing. The batch is one transaction (a failure leaves none
    of its pages behind) and a handful of bulk statements whatever its size, which is what
    makes large imports fast.
    """
    context = context or ImportContext()
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                return _store_batch(prepared_pages, publish, dry_run, context)
        except IntegrityError:
            # Another import stored one of these pages, names or issues between our look
            # and our write (possible on PostgreSQL; SQLite's IMMEDIATE transactions
            # serialise whole batches). Look again: what it stored is now a duplicate.
            context.forget_unsaved()
            if attempt == STORE_ATTEMPTS:
                raise


def _store_batch(prepared_pages, publish, dry_run, context):
    outcomes = [
        ImportOutcome(file_name=p.file_name, status="failed", parsed=p.parsed, error=p.error) for p in prepared_pages
    ]
    digests = {p.digest for p in prepared_pages if not p.error}
    # Inside the batch's transaction, so that a page another import has just stored counts
    # as stored (on SQLite the transaction holds the write lock from its first statement).
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
        with transaction.atomic():  # a savepoint within the batch's transaction
            papers = {}  # newspaper name -> Newspaper (or None for no name)
            new_pages = []
            for prepared, _outcome in fresh:
                info = prepared.info
                if info.newspaper not in papers:
                    papers[info.newspaper] = Newspaper.objects.for_name(info.newspaper) if info.newspaper else None
                page = SourcePage(
                    file_name=prepared.file_name[:255],
                    sha256=prepared.digest,
                    raw_text=prepared.text,
                    encoding=prepared.encoding,
                    newspaper=papers[info.newspaper],
                    issue_date=info.issue_date,
                    page_title=info.page_title[:40],
                    furniture=prepared.parsed.furniture,
                    unplaced=prepared.parsed.unplaced,
                    warnings=prepared.parsed.warnings,
                    parser_version=PARSER_VERSION,
                )
                page.set_page_label(info.page_label)
                page.attach_issue()
                new_pages.append(page)
            pages = SourcePage.objects.bulk_create(new_pages)
            status = Article.Status.PUBLISHED if publish else Article.Status.IMPORTED
            entries, extracted = [], []
            for (prepared, outcome), page in zip(fresh, pages, strict=True):
                for order, parsed_article in enumerate(prepared.parsed.articles, start=1):
                    entries.append((page, order, parsed_article, outcome))
                    extracted.append(prepared.extracted[order - 1] if prepared.extracted else None)
            create_articles(entries, status, context, extracted)
            # A jump whose other half is already in the archive (or in this batch) is joined now.
            _note_joins(
                join_pending(pages), {page.pk: outcome for (_p, outcome), page in zip(fresh, pages, strict=True)}
            )
        for (prepared, outcome), page in zip(fresh, pages, strict=True):
            outcome.page = page
            outcome.status = "imported"
            stored[prepared.digest] = page
    for i in repeats:
        outcomes[i] = _duplicate(prepared_pages[i].file_name, stored[prepared_pages[i].digest])
    return outcomes


def _note_joins(parts, outcomes_by_page):
    """Count each join on the outcome of the page that completed it, and drop the absorbed
    continuation from the articles the outcome lists."""
    absorbed = {part.absorbed_id for part in parts}
    for outcome in outcomes_by_page.values():
        outcome.articles = [a for a in outcome.articles if a.pk not in absorbed]
    for part in parts:
        outcome = outcomes_by_page.get(part.page_id) or outcomes_by_page.get(part.article.source_page_id)
        if outcome is not None:
            outcome.joined += 1


def article_fields(parsed_article):
    fields = {
        "headline": parsed_article.headline[:300]
        or (placeholder_headline(parsed_article.continues_from) if parsed_article.continues_from else "（无标题）"),
        "kicker": parsed_article.kicker[:300],
        "subtitle": parsed_article.subtitle[:300],
        "column": parsed_article.column[:100],
        "byline": parsed_article.byline[:300],
        "body": blocks_to_body([{"kind": b.kind, "text": b.text} for b in parsed_article.blocks]),
        "captions": "\n".join(c.replace("\n", " ") for c in parsed_article.captions),
        "flags": list(parsed_article.flags)
        + ([MISSING_CONTINUATION] if parsed_article.jumps_to else [])
        + ([MISSING_START] if parsed_article.continues_from else []),
        "source_lines": list(parsed_article.source_lines),
        "jumps_to": parsed_article.jumps_to,
        "continues_from": parsed_article.continues_from,
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


def create_articles(entries, status, context, extracted=None):
    """Store new articles given as (page, order, ParsedArticle, outcome), with a few bulk inserts.

    ``extracted`` holds each entry's ``prepare.Extracted`` (figures and companies) when the
    worker processes found them; a missing one is extracted here. History records and
    index-queue rows are written too, in the same transaction.
    """
    articles = [
        Article(source_page=page, order_on_page=order, status=status, **article_fields(parsed_article))
        for page, order, parsed_article, _outcome in entries
    ]
    _insert_articles(articles)
    bylines, tags = [], []
    for article, (_page, _order, parsed_article, outcome) in zip(articles, entries, strict=True):
        bylines += [(article.pk, *row) for row in _byline_rows(parsed_article, context, outcome)]
        tags += [(article.pk, *row) for row in _park_tag_rows(parsed_article, context, outcome)]
        outcome.articles.append(article)
    insert_rows(Byline, ["article_id", *BYLINE_COLUMNS], bylines)
    insert_rows(ArticlePark, ["article_id", *PARK_TAG_COLUMNS], tags)
    extracted = extracted or [None] * len(entries)
    create_extracted(
        articles,
        [found or extract(entry[2], context.gazetteer) for found, entry in zip(extracted, entries, strict=True)],
        context,
    )
    ids = [a.pk for a in articles]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        copy_creation_history(Article, "id", chunk, "导入")
        copy_creation_history(Byline, "article_id", chunk, "导入")
        copy_creation_history(ArticlePark, "article_id", chunk, "导入")
    enqueue_for_index(ids)
    return articles


def _insert_articles(articles):
    """Insert new articles (``insert_objects``) and give each its primary key, found by its
    page and order among the rows the insert added to those pages: keys only grow (SQLite's
    rowid, PostgreSQL's sequence), so those are the rows above the pages' highest key
    before it, and a page's new articles have distinct orders (a re-parsed page may keep
    an old article at the same order: it is below that key)."""
    pages = {a.source_page_id for a in articles}
    on_pages = Article.objects.filter(source_page_id__in=pages)
    before = on_pages.aggregate(top=Max("pk"))["top"] or 0
    insert_objects(Article, articles)
    ids = {
        (page_id, order): pk
        for pk, page_id, order in on_pages.filter(pk__gt=before).values_list("pk", "source_page_id", "order_on_page")
    }
    for article in articles:
        article.pk = ids[(article.source_page_id, article.order_on_page)]
        article._state.adding = False
        article._state.db = connection.alias


def replace_relations(article, parsed_article, context, outcome):
    article.bylines.all().delete()
    article.park_tags.all().delete()
    bylines = [
        Byline(article=article, reporter_id=reporter_id, role=role, order=order)
        for reporter_id, role, order in _byline_rows(parsed_article, context, outcome)
    ]
    tags = [
        ArticlePark(article=article, park_id=park_id, is_primary=is_primary, mentions=mentions)
        for park_id, is_primary, mentions in _park_tag_rows(parsed_article, context, outcome)
    ]
    bulk_create_with_history(bylines, Byline)
    bulk_create_with_history(tags, ArticlePark)
    replace_extracted(article, extract(parsed_article, context.gazetteer), context)
    enqueue_for_index([article.pk])


# The importer writes bylines and park tags as plain rows (``history.insert_rows``).
BYLINE_COLUMNS = ("reporter_id", "role", "order")
PARK_TAG_COLUMNS = ("park_id", "is_primary", "mentions")


def _byline_rows(parsed_article, context, outcome):
    """``(reporter_id, role, order)`` per credit, each reporter once per role."""
    rows, seen = [], set()
    for order, credit in enumerate(parsed_article.credits):
        reporter_id = context.reporter_id(credit.name, outcome)
        if (reporter_id, credit.role) in seen:
            continue
        seen.add((reporter_id, credit.role))
        rows.append((reporter_id, credit.role, order))
    return rows


def _park_tag_rows(parsed_article, context, outcome):
    """``(park_id, is_primary, mentions)`` per park the article reports on; one primary at most."""
    tags = {}  # park id -> [is_primary, mentions]
    for mention in parsed_article.parks:
        park = context.park_for(mention, outcome)
        tag = tags.get(park.pk)
        if tag is None:
            tags[park.pk] = [mention.primary, mention.count]
        else:
            tag[1] += mention.count
            tag[0] = tag[0] or mention.primary
    primary_seen = False
    rows = []
    for park_id, (is_primary, mentions) in tags.items():
        rows.append((park_id, is_primary and not primary_seen, mentions))
        primary_seen = primary_seen or is_primary
    return rows

"""Editors' operations on imported articles, parks and reporters.

The admin's actions and views call these functions; they hold the rules, the admin only
collects input. Each operation runs in one transaction and saves through the ORM (never
``QuerySet.update()``), so history records and the search index's model signals see
every change. Every article an editor's operation changes is marked ``editor_touched``:
a later reparse of its page leaves it alone.

Text is never lost or doubled by the segmentation fixes (split, merge, move unplaced):
every character of the articles' headline fields, byline, body and captions (and of
the page's unplaced fragments) is found exactly once afterwards. Layout whitespace and
the "## " subhead markers are the only things that may change.
"""

from collections import Counter

from django.db import transaction

from archive.models import Article, ArticlePark, Byline, Figure, Park, blocks_to_body
from archive.models.figure_history import keep_imported_state

# The fields that hold text printed on the page (the column is a page-level label).
TEXT_FIELDS = ("headline", "kicker", "subtitle", "byline", "body", "captions")


class CurationError(Exception):
    """An operation an editor asked for that can't be done; ``str(exc)`` says why (Chinese)."""


def _touch_and_save(article, update_fields=None):
    article.editor_touched = True
    if update_fields is not None:
        update_fields = [*update_fields, "editor_touched", "updated"]
    article.save(update_fields=update_fields)


# --- status, columns, dates, park tags in bulk ---------------------------------------


@transaction.atomic
def set_status(articles, status):
    """Set the status of each article; returns how many changed."""
    changed = 0
    for article in articles:
        if article.status != status:
            article.status = status
            _touch_and_save(article, ["status"])
            changed += 1
    return changed


@transaction.atomic
def set_column(articles, column):
    for article in articles:
        article.column = column
        _touch_and_save(article, ["column"])
    return len(articles)


@transaction.atomic
def set_date(articles, value, precision=Article.DatePrecision.DAY):
    """Set a confirmed (not estimated) publication date."""
    for article in articles:
        article.published_on = value
        article.date_precision = precision
        article.date_estimated = False
        _touch_and_save(article, ["published_on", "date_precision", "date_estimated"])
    return len(articles)


@transaction.atomic
def confirm_dates(articles):
    """An editor checked the estimated dates: they are no longer marked as guesses."""
    changed = 0
    for article in articles:
        if article.date_estimated and article.published_on is not None:
            article.date_estimated = False
            _touch_and_save(article, ["date_estimated"])
            changed += 1
    return changed


@transaction.atomic
def add_park(articles, park, *, primary=False):
    """Tag each article with ``park`` (kept if already there); optionally make it primary."""
    for article in articles:
        tag, _ = ArticlePark.objects.get_or_create(article=article, park=park)
        if primary and not tag.is_primary:
            for other in article.park_tags.filter(is_primary=True).exclude(pk=tag.pk):
                other.is_primary = False
                other.save()
            tag.is_primary = True
            tag.save()
        _touch_and_save(article, [])
    return len(articles)


def set_primary_park(articles, park):
    return add_park(articles, park, primary=True)


def _set_park_tags(article, mentions, primary_park_id):
    """Make the article's tags exactly ``{park_id: mentions}`` with one primary."""
    existing = {tag.park_id: tag for tag in article.park_tags.all()}
    for park_id, tag in existing.items():
        if park_id not in mentions:
            tag.delete()
    # Clear the old primary first: the database allows only one per article.
    for park_id, tag in existing.items():
        if park_id in mentions and tag.is_primary and park_id != primary_park_id:
            tag.is_primary = False
            tag.save()
    for park_id, count in mentions.items():
        tag = existing.get(park_id) or ArticlePark(article=article, park_id=park_id)
        is_primary = park_id == primary_park_id
        if tag.pk is None or tag.mentions != count or tag.is_primary != is_primary:
            tag.mentions = count
            tag.is_primary = is_primary
            tag.save()


def count_mentions(text, park):
    """How often the text names the park; a longer name is counted before the names inside it."""
    count = 0
    for name in sorted(park.all_names, key=len, reverse=True):
        count += text.count(name)
        text = text.replace(name, "\0")
    return count


def article_text(article):
    return "\n".join(getattr(article, name) or "" for name in TEXT_FIELDS)


def _pick_primary(mentions, preferred):
    if not mentions:
        return None
    if preferred in mentions:
        return preferred
    return max(mentions, key=lambda park_id: mentions[park_id])


# --- segmentation fixes ---------------------------------------------------------------


def _shift_orders_after(article):
    """Make room for a new article right after ``article`` on its page."""
    if article.source_page_id is None:
        return
    later = Article.objects.filter(source_page_id=article.source_page_id, order_on_page__gt=article.order_on_page)
    for other in later.exclude(pk=article.pk).order_by("-order_on_page"):
        other.order_on_page += 1
        other.save(update_fields=["order_on_page"])


def _renumber_page(page_id):
    """Close the gaps merges leave in a page's order, keeping its first number (0 or 1)."""
    if page_id is None:
        return
    articles = list(Article.objects.filter(source_page_id=page_id).order_by("order_on_page", "id"))
    if not articles:
        return
    base = articles[0].order_on_page
    for offset, article in enumerate(articles):
        if article.order_on_page != base + offset:
            article.order_on_page = base + offset
            article.save(update_fields=["order_on_page"])


@transaction.atomic
def split_article(article, at, *, headline=""):
    """Split ``article`` before body block ``at`` (0-based); return the new, second article.

    The new article follows the original on the page. Its headline is ``headline`` or, if
    none is given and the split starts at a subhead, that subhead (moved, not copied).
    The printed byline and the captions stay with the first part (they are printed once);
    the reporter credits are copied to both parts. Park tags are recounted in each part's
    text: a part is tagged with the parks it names; tags named in neither part (e.g. added
    by an editor) stay with the first part, and a part naming no park gets the original
    primary park. The new part goes to review (status "review") unless the original is
    rejected.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    blocks = article.blocks
    if not 0 < at < len(blocks):
        raise CurationError(f"只能在第 2 至第 {len(blocks)} 段之前拆分（共 {len(blocks)} 段）。")
    first_blocks, rest = blocks[:at], blocks[at:]
    headline = (headline or "").strip()
    if not headline:
        if rest[0]["kind"] != "subhead":
            raise CurationError("请为拆出的新文章填写标题（拆分处不是小标题）。")
        headline, rest = rest[0]["text"], rest[1:]

    _shift_orders_after(article)
    status = Article.Status.REJECTED if article.status == Article.Status.REJECTED else Article.Status.REVIEW
    new = Article.objects.create(
        source_page_id=article.source_page_id,
        order_on_page=article.order_on_page + 1,
        headline=headline[:300],
        column=article.column,
        body=blocks_to_body(rest),
        status=status,
        published_on=article.published_on,
        date_precision=article.date_precision,
        date_estimated=article.date_estimated,
        date_evidence=article.date_evidence,
        flags=list(article.flags),
        editor_touched=True,
    )
    article.body = blocks_to_body(first_blocks)
    _touch_and_save(article)

    for byline in article.bylines.all():
        Byline.objects.create(article=new, reporter_id=byline.reporter_id, role=byline.role, order=byline.order)

    tags = list(article.park_tags.select_related("park"))
    original_primary = next((t.park_id for t in tags if t.is_primary), None)
    first_text, new_text = article_text(article), article_text(new)
    first_mentions, new_mentions = {}, {}
    for tag in tags:
        in_first, in_new = count_mentions(first_text, tag.park), count_mentions(new_text, tag.park)
        if in_new:
            new_mentions[tag.park_id] = in_new
        if in_first or not in_new:
            first_mentions[tag.park_id] = in_first
    if tags and not new_mentions and original_primary is not None:
        new_mentions[original_primary] = 0
    _set_park_tags(article, first_mentions, _pick_primary(first_mentions, original_primary))
    _set_park_tags(new, new_mentions, _pick_primary(new_mentions, original_primary))
    return new


@transaction.atomic
def merge_articles(articles):
    """Merge two or more articles, in page order, into the first; return it.

    The others' headline, kicker and subtitle become subheads before their paragraphs
    (so no printed text is lost; editors delete what they don't need), captions and
    printed bylines are appended, reporter credits and park tags are unioned (mentions
    summed, the first article's primary park kept, else the most mentioned). The other
    articles are then deleted: keeping them (even rejected) would double their text.
    Their full content stays in the history (simple-history records deletions).
    """
    articles = sorted(
        Article.objects.select_for_update().filter(pk__in=[a.pk for a in articles]),
        key=lambda a: (a.source_page_id or 0, a.order_on_page, a.pk),
    )
    if len(articles) < 2:
        raise CurationError("请至少选择两篇文章进行合并。")
    target, others = articles[0], articles[1:]

    blocks = target.blocks
    captions = target.caption_list
    bylines_printed = [target.byline] if target.byline else []
    flags = list(target.flags)
    for other in others:
        for heading in (other.kicker, other.headline, other.subtitle):
            if heading.strip():
                blocks.append({"kind": "subhead", "text": heading})
        blocks.extend(other.blocks)
        captions.extend(other.caption_list)
        if other.byline:
            bylines_printed.append(other.byline)
        flags.extend(f for f in other.flags if f not in flags)
        if not target.column and other.column:
            target.column = other.column
        if target.published_on is None and other.published_on is not None:
            target.published_on = other.published_on
            target.date_precision = other.date_precision
            target.date_estimated = other.date_estimated
            target.date_evidence = other.date_evidence

    credits = {(b.reporter_id, b.role): b for b in target.bylines.all()}
    next_order = max((b.order for b in credits.values()), default=-1) + 1
    mentions = Counter({t.park_id: t.mentions for t in target.park_tags.all()})
    primary = next((t.park_id for t in target.park_tags.all() if t.is_primary), None)
    for other in others:
        for byline in other.bylines.order_by("order", "id"):
            if (byline.reporter_id, byline.role) not in credits:
                credits[(byline.reporter_id, byline.role)] = Byline.objects.create(
                    article=target, reporter_id=byline.reporter_id, role=byline.role, order=next_order
                )
                next_order += 1
        for tag in other.park_tags.all():
            mentions[tag.park_id] += tag.mentions
            if primary is None and tag.is_primary:
                primary = tag.park_id

    page_ids = {a.source_page_id for a in articles}
    for other in others:
        other.delete()

    target.body = blocks_to_body(blocks)
    target.captions = "\n".join(captions)
    target.byline = " ".join(bylines_printed)[:300]
    target.flags = flags
    _touch_and_save(target)
    all_mentions = dict(mentions)
    _set_park_tags(target, all_mentions, _pick_primary(all_mentions, primary))
    for page_id in page_ids:
        _renumber_page(page_id)
    target.refresh_from_db()
    return target


@transaction.atomic
def move_unplaced(page, indexes, article):
    """Append the page's unplaced fragments at ``indexes`` to ``article`` as paragraphs."""
    page = type(page).objects.select_for_update().get(pk=page.pk)
    if article.source_page_id != page.pk:
        raise CurationError("只能把未归位片段移入同一版面的文章。")
    wanted = sorted(set(indexes))
    if not wanted:
        raise CurationError("请至少选择一个片段。")
    if wanted[0] < 0 or wanted[-1] >= len(page.unplaced):
        raise CurationError("所选片段已不存在，请刷新页面后重试。")
    article = Article.objects.select_for_update().get(pk=article.pk)
    fragments = [page.unplaced[i] for i in wanted]
    article.body = blocks_to_body(article.blocks + [{"kind": "p", "text": f} for f in fragments])
    _touch_and_save(article, ["body"])
    page.unplaced = [f for i, f in enumerate(page.unplaced) if i not in set(wanted)]
    page.save(update_fields=["unplaced"])
    return article


# --- parks and reporters ----------------------------------------------------------------


@transaction.atomic
def verify_parks(parks):
    changed = 0
    for park in parks:
        if not park.verified:
            park.verified = True
            park.save(update_fields=["verified"])
            changed += 1
    return changed


@transaction.atomic
def merge_park(source, target):
    """Merge ``source`` (typically a park the importer discovered) into ``target``.

    Its tags move to ``target`` (mentions summed where an article has both, primary kept
    if either was primary), its names become aliases of ``target`` so the importer
    recognises them next time, and ``source`` is deleted.
    """
    if source.pk == target.pk:
        raise CurationError("不能把园区合并到它自己。")
    target = Park.objects.select_for_update().get(pk=target.pk)
    for tag in ArticlePark.objects.filter(park=source).select_related("article"):
        existing = ArticlePark.objects.filter(article_id=tag.article_id, park=target).first()
        if existing is None:
            tag.park = target
            tag.save()
        else:
            was_primary = tag.is_primary
            existing.mentions += tag.mentions
            tag.delete()
            existing.is_primary = existing.is_primary or was_primary
            existing.save()
        _touch_and_save(tag.article, [])
    moved = Figure.objects.filter(park=source)
    keep_imported_state(Figure, list(moved.values_list("pk", flat=True)), moved.db)  # before the change
    moved.update(park=target)  # figures follow their park
    known = set(target.all_names)
    new_aliases = [name for name in source.all_names if name not in known]
    if new_aliases:
        target.aliases = "\n".join([*target.alias_list, *new_aliases])
        target.save(update_fields=["aliases"])
    source.delete()
    return target


@transaction.atomic
def merge_reporters(sources, target):
    """Move the bylines of ``sources`` to ``target`` (no duplicate rows) and delete them."""
    moved = 0
    for source in sources:
        if source.pk == target.pk:
            continue
        for byline in Byline.objects.filter(reporter=source).select_related("article"):
            if Byline.objects.filter(article_id=byline.article_id, reporter=target, role=byline.role).exists():
                byline.delete()
            else:
                byline.reporter = target
                byline.save()
                moved += 1
            _touch_and_save(byline.article, [])
        source.delete()
    return moved

"""Articles that jump between pages: 下转第6版 … 上接第5版.

The parser marks an article that ends with a jump (``Article.jumps_to``) and the
continuation it finds under a 上接 line on another page (``continues_from``; stored as an
article of its own until its first half is known). ``join_pending`` joins the two halves
as soon as both pages of the same issue are in the archive, whichever came first and in
whatever run: the continuation's text is appended to the first half (a sentence broken at
the jump runs on without a paragraph break), its page becomes the article's second source
(``ArticlePart``), and the continuation article is removed. A half whose other half never
arrives keeps a flag for editors (``续文缺失`` / ``前文缺失``). Editors can join two articles
by hand or undo a join; every change is kept in history.
"""

from django.db import transaction
from django.db.models import Max

from archive.models import Article, ArticleCompany, ArticlePark, ArticlePart, Byline, SourcePage
from archive.pipeline.lines import ends_sentence

MISSING_CONTINUATION = "续文缺失"
MISSING_START = "前文缺失"


class JumpError(Exception):
    """A join editors asked for that can't be made; ``str(exc)`` says why, in Chinese."""


def join_text(first, second):
    """``second`` after ``first``: a sentence cut at the jump runs on, else a new paragraph."""
    first, second = (first or "").rstrip(), (second or "").lstrip()
    if not first or not second:
        return first or second
    last = first.rsplit("\n\n", 1)[-1]
    if last.startswith("#") or ends_sentence(last) or second.startswith("#"):
        return f"{first}\n\n{second}"
    return first + second


def placeholder_headline(code):
    return f"（上接第{code}版）"


@transaction.atomic
def join_articles(first, continuation, *, reason="接续跨版文章"):
    """Append ``continuation`` (an article on a later page) to ``first``; returns the part."""
    if first.pk == continuation.pk:
        raise JumpError("不能把文章接到它自己后面。")
    if continuation.source_page_id is None:
        raise JumpError("续文没有来源版面，无法接续。")
    if first.parts.filter(page_id=continuation.source_page_id).exists() or (
        first.source_page_id == continuation.source_page_id
    ):
        raise JumpError("两篇文章在同一版面上，请用“合并”。")
    order = (first.parts.aggregate(n=Max("order"))["n"] or 0) + 1
    headline = (
        "" if continuation.headline == placeholder_headline(continuation.continues_from) else continuation.headline
    )
    part = ArticlePart(
        article=first,
        page_id=continuation.source_page_id,
        order=order,
        source_lines=list(continuation.source_lines or []),
        text=continuation.body,
        headline=headline,
    )
    part._change_reason = reason
    part.save()
    first.body = join_text(first.body, continuation.body)
    # Where the continuation's text starts in the joined body: its figures' spans move by this.
    offset = len(first.body) - len((continuation.body or "").strip()) - _leading_space(continuation.body)
    first.captions = "\n".join(filter(None, [first.captions.strip(), continuation.captions.strip()]))
    first.flags = [f for f in first.flags or [] if f != MISSING_CONTINUATION]
    first._change_reason = reason
    first.save()
    _take_relations(first, continuation)
    _take_figures(first, continuation, offset)
    continuation._change_reason = f"{reason}：并入《{first.headline}》"
    part.absorbed_id = continuation.pk  # for callers listing what they stored
    continuation.delete()
    return part


def _take_relations(first, continuation):
    parks = set(first.park_tags.values_list("park_id", flat=True))
    for tag in continuation.park_tags.exclude(park_id__in=parks):
        ArticlePark.objects.create(article=first, park_id=tag.park_id, is_primary=False, mentions=tag.mentions)
    known = set(first.bylines.values_list("reporter_id", "role"))
    order = first.bylines.count()
    for byline in continuation.bylines.all():
        if (byline.reporter_id, byline.role) not in known:
            Byline.objects.create(article=first, reporter_id=byline.reporter_id, role=byline.role, order=order)
            order += 1


def _leading_space(text):
    text = (text or "").rstrip()
    return len(text) - len(text.lstrip())


def _take_figures(first, continuation, offset):
    """The continuation's key figures and companies go with its text to ``first``."""
    for figure in continuation.figures.all():
        figure.article, figure.start, figure.end = first, figure.start + offset, figure.end + offset
        figure._change_reason = "接续跨版文章"
        figure.save()
    named = {tag.company_id: tag for tag in first.company_tags.all()}
    for tag in continuation.company_tags.all():
        if tag.company_id in named:
            named[tag.company_id].mentions += tag.mentions
            named[tag.company_id].save(update_fields=["mentions"])
        else:
            ArticleCompany.objects.create(
                article=first, company_id=tag.company_id, name=tag.name, mentions=tag.mentions
            )


def _give_back_figures(first, continuation, cut):
    """Undoing a join: the figures in the part's text (from ``cut`` on) go back to it."""
    for figure in first.figures.filter(start__gte=cut):
        figure.article = continuation
        figure.start, figure.end = figure.start - cut, figure.end - cut
        figure._change_reason = "撤销跨版接续"
        figure.save()


@transaction.atomic
def undo_join(part, *, reason="撤销跨版接续"):
    """Split a part off its article again: the continuation becomes its own article on its
    page (flagged ``前文缺失``) and the first half is flagged ``续文缺失``. Returns it."""
    first = part.article
    body = first.body.rstrip()
    text = part.text.strip()
    flags = [MISSING_START]
    cut = None
    if text and body.endswith(text):
        cut = len(body) - len(text)
        first.body = body[:cut].rstrip()
    else:
        flags.append("撤销接续：前文正文已被编辑，请核对")
    first.flags = list(dict.fromkeys([*(first.flags or []), MISSING_CONTINUATION]))
    first._change_reason = reason
    first.save()
    code = first.source_page.page_code if first.source_page_id else ""
    continuation = Article(
        source_page_id=part.page_id,
        order_on_page=0,
        headline=part.headline or placeholder_headline(code),
        body=text,
        status=Article.Status.IMPORTED,
        published_on=first.published_on,
        date_precision=first.date_precision,
        date_estimated=first.date_estimated,
        source_lines=list(part.source_lines or []),
        continues_from=code,
        flags=flags,
    )
    continuation._change_reason = reason
    continuation.save()
    if cut is not None:
        _give_back_figures(first, continuation, cut)
    part._change_reason = reason
    part.delete()
    return continuation


def _page(issue_id, code):
    for page in SourcePage.objects.filter(issue_id=issue_id).only("page_section", "page_number"):
        if page.page_code == code:
            return page
    return None


def _best(candidates, headline):
    """The candidate whose headline is the given one, else the first in page order."""
    candidates = list(candidates)
    return next((c for c in candidates if c.headline == headline), candidates[0] if candidates else None)


def join_pending(pages):
    """Join every jump on ``pages`` whose other half is in the archive; returns the parts made."""
    parts = []
    for page in pages:
        if not page.issue_id or not page.page_code:
            continue
        for first in page.articles.filter(editor_touched=False).exclude(jumps_to="").order_by("order_on_page"):
            target = _page(page.issue_id, first.jumps_to)
            if target is None or first.parts.filter(page=target).exists():
                continue
            waiting = target.articles.filter(continues_from=page.page_code, editor_touched=False)
            continuation = _best(waiting.order_by("order_on_page", "pk"), first.headline)
            if continuation is not None:
                parts.append(join_articles(first, continuation))
        for continuation in page.articles.filter(editor_touched=False).exclude(continues_from="").order_by("pk"):
            source = _page(page.issue_id, continuation.continues_from)
            if source is None:
                continue
            waiting = (
                source.articles.filter(jumps_to=page.page_code, editor_touched=False)
                .exclude(parts__page=page)
                .order_by("order_on_page", "pk")
            )
            first = _best(waiting, continuation.headline)
            if first is not None:
                parts.append(join_articles(first, continuation))
    return parts

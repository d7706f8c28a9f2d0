"""Stories printed under one heading without headlines of their own (``assemble``): a run
of briefs (简讯), each opening with a dateline or a bullet and closing with its credits, and a
column of pictures (图片新闻), each caption a story. Tests on items and drafts; ``next_brief``
marks the draft it ends as a brief in place."""

from dataclasses import replace

from . import leads
from .bylines import caption_credit_at, caption_credits
from .draft import ArticleDraft
from .headings import is_column_name, photo_label
from .lines import BULLETS
from .reflow import Item
from .stacks import BRIEF_LABEL_ENDINGS, PHOTO_COLUMNS


def opens_brief(it: Item) -> bool:
    """Does a paragraph open the next of a run of briefs, after one that closed with its
    credits: with a dateline (本报讯), or set with a bullet (``■ 日前，…``)?"""
    if it.lead:
        return leads.dated(it.lead)
    return it.text[:1] in BULLETS and it.text[1:].lstrip()[:1] not in BULLETS


def dated_again(cur: ArticleDraft, it: Item) -> bool:
    """A paragraph opening with a dateline under a story that had one opens the next story
    (a paper dates a story once): a run of briefs whose first carried its credits at the
    start (``本报讯（记者 X）近日…`` / ``本报讯 采访团参观了…（王亚楠）``)."""
    return bool(it.lead) and leads.dated(it.lead) and any(leads.dated(t) for t in cur.top)


def photo_story(it: Item) -> tuple[Item, ...]:
    """Under 图片新闻 a picture's caption is its story's text: a caption is a paragraph, and a
    caption joined to its credit (``photocap``, or at the line's end: ``…成果展。 王明 摄``) a
    paragraph and the credit, which closes the picture's story. So does a caption too long to
    be read as one (a paragraph: the picture's story told in its caption) ending with its
    credit after the sentence."""
    if it.kind == "para" and not it.sig and (at := caption_credit_at(it.text)) and it.text[:at].strip():
        credit = it.text[at:].strip()
        return replace(it, text=it.text[:at].rstrip()), Item(
            "photocap", "", [], sig=credit, credits=caption_credits(it.text) or []
        )
    if it.kind == "caption":
        at = caption_credit_at(it.text)
        if at is None or not it.text[:at].strip():
            return (Item("para", it.text, it.lines),)
        credit = it.text[at:].strip()
        return Item("para", it.text[:at].rstrip(), it.lines), Item(
            "photocap", "", [], sig=credit, credits=caption_credits(it.text) or []
        )
    if it.kind == "photocap" and it.text:
        return Item("para", it.text, it.lines), Item("photocap", "", [], sig=it.sig, credits=it.credits)
    return (it,)


def photo_news(cur: ArticleDraft) -> bool:
    """Is ``cur`` a picture's story: under a picture-news label as its column, as its headline
    (the label alone), or over the picture's own headline (``图片新闻`` / ``德阳高新区：…出海``)?"""
    a = cur.article
    return (
        photo_label(a.column)
        or photo_label(a.kicker)
        or (not cur.brief and a.headline in PHOTO_COLUMNS and not a.kicker)
    )


def next_brief(cur: ArticleDraft) -> ArticleDraft:
    """The next of a run of briefs (简讯): stories that each open with a dateline (本报讯)
    and close with their credits (（王明）), under one heading and no headline of their own.
    A heading that reads as a column name (``园区快讯``: short, no punctuation) over such a
    run is the run's column, not the first brief's headline."""
    a = cur.article
    if not cur.brief and a.headline and not (a.kicker or a.subtitle) and is_column_name(a.headline):
        a.column = " ".join(x for x in (a.column, a.headline) if x)
        a.headline = ""
    cur.brief = True
    nxt = ArticleDraft(column=a.column)
    nxt.brief = True
    return nxt


def lone_brief(cur: ArticleDraft) -> None:
    """A column of briefs that prints one brief: its label (``园区简讯``, short, no punctuation)
    over a story with no headline of its own that opens with a dateline and closes with its
    credits is the brief's column, as over a run (``next_brief``), not its headline."""
    a = cur.article
    if cur.brief or cur.note or a.kicker or a.subtitle or not cur.ended:
        return
    if not (is_column_name(a.headline) and a.headline.endswith(BRIEF_LABEL_ENDINGS)):
        return
    if any(leads.dated(t) for t in cur.top) or _bulleted_first(a):
        a.column = " ".join(x for x in (a.column, a.headline) if x)
        a.headline = ""
        cur.brief = True


def _bulleted_first(a) -> bool:
    first = next((b for b in a.blocks if b.kind == "p"), None)
    return first is not None and first.text[:1] in BULLETS

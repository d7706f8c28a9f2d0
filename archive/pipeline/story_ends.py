"""Where a story ends: what closes the article being assembled (its credits on a line of
their own, a dateline in brackets, a 下转 mark) and which pictures belong to the next story.
``assemble`` asks these at each headline cluster; pure functions of the page's items."""

import re

from . import leads
from .briefs import opens_brief, photo_news
from .column_labels import next_bulleted_item
from .draft import ArticleDraft
from .headings import SIDEBAR_LABELS
from .lines import ends_sentence
from .reflow import Item
from .types import ParsedPage

# What a headline cluster is made of.
HEAD_KINDS = ("cand", "md", "byline", "editor")


def jumped(pre: list[Item], cluster: list[Item], page: ParsedPage) -> bool:
    """A 下转 mark between the text above the first headline and the headline: that text
    goes on on another page, it is no lead of this headline's story."""
    above, below = max(pre[-1].lines, default=-1), min(cluster[0].lines, default=-1)
    return any(e["kind"] == "jump_out" and above < e["line"] < below for e in page.furniture)


def closed_story(pre: list[Item]) -> bool:
    """Do the paragraphs above the first headline close with credits or an end mark?"""
    last = next((p for p in reversed(pre) if p.kind == "para"), None)
    return last is not None and bool(last.sig.strip() or last.end_mark or last.credits)


def credits_over_a_headline(cluster: list[Item], cur: ArticleDraft) -> bool:
    """A byline line between an article's last sentence and the next headline closes the
    article above (``…产业集群。`` / ``本报记者 王明 李华`` / ``成都高新区发布人才新政``): a byline is
    printed under its headline, never over it. Not when the article above is credited
    already: then the line is the next story's, read out of place (a paper credits a story
    once; a photographer's credit is the picture's, not the story's). Nor under an
    editor's note: the reporters are the story's that the note introduces. A dateline in
    brackets (``（本报杭州5月6日电）``) closes the story above even when it is credited: a
    dateline opens a story's text or closes it, and is never set over a headline."""
    return (
        len(cluster) >= 2
        and cluster[0].kind == "byline"
        and cluster[1].kind in ("cand", "md")
        and not cur.ended
        and not cur.note
        and (
            all(c.role == "photo" for c in cur.article.credits)
            or leads.closing_dateline(cluster[0].text.strip())
            or _JOINED_RE.match(cluster[0].text.strip()) is not None
        )
        and bool(cur.article.blocks)
        and cur.article.blocks[-1].kind == "p"
        and ends_sentence(cur.article.blocks[-1].text)
    )


# A line naming who checked the story (撰稿：何晴  审核：周立), or who wrote it in WeChat's and
# the magazines' form (文字：X, 撰文｜X, 文/X), is printed under its text: its closing credits.
_CHECKED_RE = re.compile(r"(?:审核|审校)\s*[:：]|^(?:文字|撰文|撰稿|文)\s*[:：｜|/]")
# Who joined in the reporting (新华社's ``参与采写：X``): a line printed under its story's text
# only, never over a headline, so it closes the story above even when that one is credited.
_JOINED_RE = re.compile(r"^参与采写\s*[:：]")


def closing_credits(cluster: list[Item], cur: ArticleDraft, after: Item | None) -> bool:
    """A line of credits in brackets (``（王明）``) between an article's last sentence and a
    paragraph that opens with a dateline closes the article above (a run of briefs set in
    a narrow column puts each one's credits on a line of their own); so does one before
    the next headline or at the page's end, and a line naming who checked or wrote the story
    (``撰稿：何晴  审核：周立``, ``文字：王立新``), printed under the text only."""
    if len(cluster) != 1 or cluster[0].kind != "byline" or not cur.article.blocks:
        return False
    text = cluster[0].text.strip()
    return (
        (text[:1] in "(（" and text[-1:] in ")）" or _CHECKED_RE.search(text) is not None)
        and ends_sentence(cur.article.blocks[-1].text)
        and (
            after is None  # the page's end: （本报记者 李洋 整理）
            or after.kind in HEAD_KINDS  # the next story's headline
            or (after.kind == "para" and opens_brief(after))
        )
    )


_PICTURE_KINDS = ("caption", "photocap", "photo")


def past_pictures(items: list[Item], i: int) -> int:
    """The index of the first item from ``i`` on that is no caption or photo credit."""
    while i < len(items) - 1 and items[i].kind in _PICTURE_KINDS:
        i += 1
    return i


def pictures_of_the_next_story(items: list[Item], i: int, cur: ArticleDraft) -> bool:
    """Captions between a story closed by its credits (``…中心。（王明）``) and the next
    headline are the pictures of the story below, as a caption over the page's first
    headline is: a closed story takes nothing more. (Not in a column of picture news,
    whose stories are their captions.)"""
    if items[i].kind not in ("caption", "photocap") or not cur.ended or not cur.article.blocks or photo_news(cur):
        return False
    k = past_pictures(items, i)
    nxt = items[k]
    if nxt.kind not in ("cand", "md") or (nxt.kind == "md" and nxt.level >= 4):
        return False
    cluster = items[k : cluster_end(items, k)]
    return not any(c.kind == "editor" for c in cluster) and not (
        len(cluster) == 1 and (cluster[0].text in SIDEBAR_LABELS or next_bulleted_item(cluster, cur.bullet))
    )


def cluster_end(items: list[Item], i: int) -> int:
    j = i
    while j < len(items) and (items[j].kind in HEAD_KINDS and not (items[j].kind == "md" and items[j].level >= 4)):
        j += 1
    return j

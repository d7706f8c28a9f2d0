"""Page items -> article drafts: where each article starts and what its headline is.

Two ways to cut a page (``parse`` explains the rules): ``assemble`` walks the items top to
bottom, starting an article at each headline cluster that opens one;
``assemble_end_headlines`` handles pages whose headlines were all printed after the
bodies (``endheads`` plans which headline goes with which body).
"""

import re

from . import endheads, leads
from .brief_heads import heads_a_brief, label_alone, under_label
from .briefs import dated_again, lone_brief, next_brief, opens_brief, photo_news, photo_story
from .column_labels import marked_column, next_bulleted_item, opens_column
from .draft import ArticleDraft, apply_byline, apply_item, close_with_credits
from .head_clauses import park_names
from .headings import SIDEBAR_LABELS, headline_parts
from .lines import BULLETS
from .notices import notice_head
from .numbered_items import drop_item_numbers, next_item, note_number
from .reflow import Item
from .story_ends import (
    HEAD_KINDS,
    closed_story,
    closing_credits,
    cluster_end,
    credits_over_a_headline,
    jumped,
    past_pictures,
    pictures_of_the_next_story,
)
from .topics import NUMBERED_RE, changes_topic, lines_above, set_apart
from .types import ParsedPage


def assemble(items: list[Item], gazetteer, page: ParsedPage) -> list[ArticleDraft]:
    """Cut the items into article drafts from top to bottom (headlines above their bodies)."""
    arts: list[ArticleDraft] = []
    pre: list[Item] = []  # body items before the first headline
    cur: ArticleDraft | None = None
    column = ""
    column_level = 0
    gaps = lines_above(items)
    parted = set_apart(gaps, _sure_starts(items))
    i = 0
    while i < len(items):
        it = items[i]
        if heads_a_brief(items, i, cur):
            # #### 嘉兴经开区… over 本报讯…, under the column's label or a brief closed by its credits
            brief = _new_article([it], gazetteer, cur.article.column if cur else column)
            if cur is not None and label_alone(cur):
                arts[-1] = brief = under_label(cur, brief)
            else:
                arts.append(brief)
            cur = brief
            i += 1
            continue
        if it.kind == "md" and it.level >= 4:
            it = Item("sub", it.text, it.lines)
        if it.kind == "jump":
            # A continuation from another page (上接第5版): under its repeated headline when
            # one was just printed, else an article of its own.
            if cur is None or cur.article.blocks or cur.article.continues_from:
                cur = ArticleDraft(column=column)
                arts.append(cur)
            cur.article.continues_from = it.text
            i += 1
            continue
        if it.kind not in HEAD_KINDS:
            if cur is None or pictures_of_the_next_story(items, i, cur):
                pre.append(it)
            else:
                pictures = photo_news(cur)
                for piece in photo_story(it) if pictures else (it,):
                    if (
                        piece.kind == "para"
                        and cur.article.blocks
                        and ((cur.ended and (pictures or opens_brief(piece))) or dated_again(cur, piece))
                    ):
                        cur = next_brief(cur)
                        arts.append(cur)
                    apply_item(cur, piece, page)
                    if pictures and piece.kind in ("photo", "photocap") and cur.article.blocks:
                        cur.ended = True  # a picture's story closes with its photographer's credit
            i += 1
            continue
        j = cluster_end(items, i)
        cluster = items[i:j]
        after = items[j] if j < len(items) else None
        if cur is not None and cur.article.continues_from and not (cur.article.blocks or cur.article.headline):
            # 上接第1版 / the story's headline repeated / its text: the continuation's headline
            head = _new_article(cluster, gazetteer, column)
            head.article.continues_from = cur.article.continues_from
            arts[-1] = cur = head
            i = j
            continue
        if cur is not None and credits_over_a_headline(cluster, cur):
            close_with_credits(cur, cluster[0])  # 本报记者 王明 李华 after the text, a headline next
            i += 1
            continue
        if cur is not None and closing_credits(
            cluster, cur, items[past_pictures(items, j)] if j < len(items) else None
        ):
            close_with_credits(cur, cluster[0])  # （王明） on its own line, a brief after it
            i = j
            continue
        if cur is not None and len(cluster) == 1 and cluster[0].text in SIDEBAR_LABELS:
            # 延伸阅读, 相关链接…: a sidebar's label, under the story it goes with
            apply_item(cur, Item("sub", cluster[0].text, cluster[0].lines), page)
            i = j
            continue
        if cur is not None and next_bulleted_item(cluster, cur.bullet):
            # ◎ the column's next item (its title set as the one above it)
            cur = _new_article(cluster, gazetteer, cur.article.column)
            arts.append(cur)
            i = j
            continue
        if cur is not None and next_item(cluster, cur):
            # 四、… under the item headlined 三、…: the next item of a bulletin, not a subhead
            cur = _new_article(cluster, gazetteer, column)
            arts.append(cur)
            i = j
            continue
        if not (_starts_article(cluster, after) or (cur is not None and (cur.ended or opens_column(cluster, after)))):
            # Candidates inside an article: subheads, or a new article that names a park
            # the current one never mentioned.
            if cur is not None and (
                _bulleted_subhead(cluster)
                or (
                    not _names_new_park(cluster, cur, gazetteer)
                    and not _news_lead(cur, after)
                    and ((parted and gaps[i] == 0) or not changes_topic(cluster, arts, items, j))
                )
            ):
                for c in cluster:
                    apply_item(cur, Item("sub", c.text, c.lines), page)
                i = j
                continue
            if cur is None and after is None:
                for c in cluster:
                    pre.append(Item("sub", c.text, c.lines))
                i = j
                continue
        # A new article (or a column + editor's note).
        k = next((n for n, c in enumerate(cluster) if c.kind == "editor"), -1)
        if (
            k > 0
            and any(c.kind == "byline" for c in cluster[:k])
            and any(c.kind in ("md", "cand") for c in cluster[:k])
        ):
            # 编者按 under a headline and its byline: the story's own note, a subhead of it
            cur = _new_article(cluster[:k], gazetteer, column)
            arts.append(cur)
            apply_item(cur, Item("sub", cluster[k].text, cluster[k].lines), page)
            if cluster[k + 1 :]:
                cur = _new_article(cluster[k + 1 :], gazetteer, column)
                arts.append(cur)
            i = j
            continue
        if k >= 0:
            col_items = [c for c in cluster[:k] if c.kind in ("md", "cand")]
            column = " ".join(c.text for c in col_items)
            column_level = min((c.level for c in col_items if c.kind == "md"), default=0)
            cur = ArticleDraft(headline=cluster[k].text, column=column)
            cur.note = True
            cur.article.source_lines.extend(cluster[k].lines)
            page_source = [n for c in col_items for n in c.lines]
            cur.article.source_lines.extend(page_source)
            for c in cluster[:k]:
                if c.kind == "byline":  # (nothing is lost: a byline over the note is its)
                    apply_byline(cur, c)
            arts.append(cur)
            rest = cluster[k + 1 :]
            if rest:
                # Headings after 编者按 in the same cluster start the next article.
                cur = _new_article(rest, gazetteer, column)
                arts.append(cur)
            i = j
            continue
        md_levels = [c.level for c in cluster if c.kind == "md"]
        if column and md_levels and column_level and min(md_levels) <= column_level:
            column = ""
        cluster, sections = _numbered_after_byline(cluster)
        if pre and (closed_story(pre) or jumped(pre, cluster, page)):
            # A story's tail closed by its credits (…增长45.45%。（记者 徐莉莎）) above the first
            # headline: its start is on another page or column, not this headline's lead.
            arts.append(_headless(pre, page))
            pre = []
        cur = _new_article(cluster, gazetteer, column)
        arts.append(cur)
        if pre:
            for p in pre:
                apply_item(cur, p, page)
            cur.lead_blocks = len(cur.article.blocks)
            # The lead was printed above the headline; keep it first.
            pre = []
        for c in sections:
            apply_item(cur, Item("sub", c.text, c.lines), page)
        i = j
    if pre:
        arts.insert(0, _headless(pre, page))
    for d in arts:
        lone_brief(d)
    drop_item_numbers(arts)
    return arts


def _headless(items: list[Item], page: ParsedPage) -> ArticleDraft:
    """An article of the body items printed with no headline over them."""
    art = ArticleDraft()
    for it in items:
        apply_item(art, it, page)
    return art


def assemble_end_headlines(items, narrow, gazetteer, page) -> list[ArticleDraft] | None:
    """Article drafts for a page whose headlines all follow the bodies; None for any other page."""
    planned = endheads.plan(items, narrow)
    if planned is None:
        return None
    bodies, per_body, unplaced = planned
    arts = []
    for body, (heads, head_bylines) in zip(bodies, per_body, strict=True):
        art = _new_article(heads, gazetteer, "")
        for it in body:
            if it.kind == "cand" or (it.kind == "md" and it.level >= 4):
                it = Item("sub", it.text, it.lines)
            apply_item(art, it, page)
        # A byline found among the headlines has no printed place: it follows the body's
        # ``本报讯`` (``本报讯 姬婷婷 李永涛``), as a reader would write it.
        for it in head_bylines:
            apply_byline(art, it)
        arts.append(art)
    page.unplaced.extend(it.text for it in unplaced)
    return arts


def _numbered_after_byline(cluster: list[Item]) -> tuple[list[Item], list[Item]]:
    """A heading numbered as a series (一、总体要求) under the headline's byline opens the
    text's first section: a subhead, not the headline's subtitle. (The cluster up to it,
    and it with the headings after it.)"""
    bylines = [n for n, c in enumerate(cluster) if c.kind == "byline"]
    if bylines and (k := bylines[-1] + 1) < len(cluster) and cluster[k].kind == "cand":
        if NUMBERED_RE.match(cluster[k].text):
            return cluster[:k], cluster[k:]
    return cluster, []


def _new_article(cluster: list[Item], gazetteer, column: str) -> ArticleDraft:
    heads = [c for c in cluster if c.kind in ("md", "cand", "editor")]
    if marked_column(heads):
        column, heads = heads[0].text, heads[1:]  # 对话园区掌门人: the column's heading, marked
    byline_below = any(c.kind == "byline" for c in cluster)
    kicker, headline, subtitle, own_column, dashes = headline_parts(heads, gazetteer, byline_below)
    bullet = headline[:1] if headline[:1] in BULLETS and len(headline[1:].strip()) >= 4 else ""
    if bullet:  # (◎ 张江药谷…: a column's item's title; the bullet is the page's typography)
        headline = headline[1:].strip()
        dashes = [*dashes, (heads[-1].lines[0] if heads and heads[-1].lines else 0, bullet)]
    art = ArticleDraft(headline=headline, kicker=kicker, subtitle=subtitle, column=own_column or column)
    art.bullet = bullet
    note_number(art, heads)
    art.furniture += [{"line": n, "kind": "markup", "text": dash.strip()} for n, dash in dashes]
    # (a wire's 题： before the headline it gives is typography too)
    art.furniture += [
        {"line": c.lines[0], "kind": "markup", "text": c.lead} for c in heads if c.kind == "md" and c.lead
    ]
    for c in cluster:
        if c.kind == "byline":
            apply_byline(art, c)
        else:
            art.article.source_lines.extend(c.lines)
    return art


# A heading set wholly in 【】 (``【龙头带动 链条延伸】``).
_BRACKETED_RE = re.compile(r"^【[^【】]{2,24}】$")


def _bulleted_subhead(cluster: list[Item]) -> bool:
    """A heading set with a bullet (``■ 全力打造优质平台``) or in 【】 (``【人才引育 平台支撑】``)
    inside an article, over no dateline or byline: a subhead, never a headline (a paper
    prints no headline with a bullet or in brackets; a bracketed column label over a title
    or a brief is read before, ``opens_column``)."""
    if len(cluster) != 1 or cluster[0].kind != "cand":
        return False
    text = cluster[0].text
    return text[:1] in BULLETS or _BRACKETED_RE.match(text) is not None


def _names_new_park(cluster: list[Item], cur: ArticleDraft, gazetteer) -> bool:
    names = set()
    for c in cluster:
        names |= park_names(c.text, gazetteer)
    if not names:
        return False
    return not (names & park_names(cur.text(), gazetteer))


def _news_lead(cur: ArticleDraft, after: Item | None) -> bool:
    """Headline candidates over a paragraph that begins like a news story, after an
    article with text of its own, start a new article (one with no byline at all)."""
    return after is not None and after.kind == "para" and bool(cur.article.blocks) and leads.news_lead(after.text)


def _sure_starts(items: list[Item]) -> list[int]:
    """Where the headline clusters that start an article whatever their text begin
    (indexes; not a line of credits alone, which may close the story above)."""
    out, i = [], 0
    while i < len(items):
        j = cluster_end(items, i) if items[i].kind in HEAD_KINDS else i
        heads = j > i and any(c.kind in ("cand", "md") for c in items[i:j])
        if heads and _starts_article(items[i:j], items[j] if j < len(items) else None):
            out.append(i)
        i = max(j, i + 1)
    return out


def _starts_article(cluster: list[Item], after: Item | None) -> bool:
    if any(it.kind in ("byline", "editor") for it in cluster):
        return True
    if after is not None and after.kind == "jump":
        return True  # a headline over 上接第1版: the continued story's, repeated
    if any(it.kind == "md" for it in cluster) or notice_head(cluster, after):
        return True  # (更正 over its text: the paper's notice, no subhead of the story above)
    return after is not None and after.kind == "para" and after.opens

"""Parse the decoded text of one OCR'd newspaper page into articles.

Pure functions: text in, ``ParsedPage`` out; no database, no Django.

How a page is cut (``reflow`` explains how lines become items):

1. Headline clusters: consecutive headline candidates / ``#`` headings / bylines. A cluster
   starts an article when it has a ``#``-``###`` heading, a byline, or is followed by a
   ``本报讯`` paragraph. Inside it, the most important ``#`` level (else the line with a
   ``：`` or a park name, else the last line) is the headline; lines above are the kicker,
   lines below the subtitle; a last line of at most 8 characters with no punctuation under
   a headline is a column name (``科技厅局长话创新``). A heading followed by ``编者按``
   is a column for every article below it, and the editor's note becomes an article
   headlined ``编者按``.
2. A candidate inside an article with no byline after it is a subhead, unless it names a
   park the article has not mentioned (then it is the headline of a new article). A
   headline broken over lines is joined with a space (no space inside an open quote):
   ``北京经开区129个项目签约落地 总投资额近4000亿元`` is one headline.
3. Paragraphs and captions before the first headline belong to the first article (a photo
   and lead printed above the headline); with no headline at all, to one headless article.
4. Headlines collected at the end of the page (page 004): the bodies above are cut at
   ``本报讯``, top bylines, end signatures and changes of column width, and each headline
   is matched to a body by shared character bigrams (see ``endheads``).
5. Interruptions: a subhead section whose words match an earlier article much better than
   the current one goes back to that article (flag ``joined``).
6. Flags: ``repeated_text`` when a paragraph mostly repeats an earlier one of the article.
"""

import dataclasses
import datetime
import re
from collections import Counter
from itertools import chain

from . import bylines as B
from . import dates as D
from . import endheads
from .lines import display_width, ends_sentence, join_fragments, normalise, squash
from .parks import Gazetteer
from .reflow import Item, page_items
from .similarity import bigram_list, bigrams, cosine, norm2, repeats_earlier
from .types import Block, Credit, DateEstimate, ParsedArticle, ParsedPage

PARSER_VERSION = "1"

COLUMN_MAX = 8
_PUNCT_RE = re.compile(r"[：:，,、。“”\"（）()！？!?；;]")
_PARK_WORD_RE = re.compile(r"[\u3400-\u9fff]{2,8}?(?:高新区|经开区|开发区|园区)")
_HEAD_KINDS = ("cand", "md", "byline", "editor")


class _Article:
    """An article while it is being assembled."""

    def __init__(self, headline="", kicker="", subtitle="", column=""):
        self.a = ParsedArticle(headline=headline, kicker=kicker, subtitle=subtitle, column=column)
        self.top: list[str] = []  # byline pieces in print order
        self.sigs: list[str] = []
        self.photos: list[str] = []
        self.notes: list[str] = []
        self.lead_blocks = 0  # blocks printed before the headline (a lead above it)

    def add_block(self, text, kind="p", lines=()):
        if text:
            self.a.blocks.append(Block(text=text, kind=kind))
        self.a.source_lines.extend(lines)

    def add_credits(self, credits):
        seen = {c.name for c in self.a.credits}
        for c in credits:
            if c.name not in seen:
                self.a.credits.append(Credit(c.name, c.role))
                seen.add(c.name)

    def text(self):
        head = " ".join(x for x in (self.a.kicker, self.a.headline, self.a.subtitle) if x)
        return head + "\n" + "\n".join(b.text for b in self.a.blocks)

    def finish(self):
        self.a.byline = " ".join(p for p in self.top + self.sigs + self.photos + self.notes if p)
        self.a.source_lines = sorted(set(self.a.source_lines))
        return self.a


def _is_column_name(text: str) -> bool:
    return len(text) <= COLUMN_MAX and not _PUNCT_RE.search(text)


def _park_names(text: str, gazetteer: Gazetteer | None) -> set:
    if gazetteer is not None:
        return {m.key if m.verified else m.name for m in gazetteer.find_mentions(text)}
    return set(_PARK_WORD_RE.findall(text))


def _apply_byline(art: _Article, item: Item) -> None:
    body, _ = B.strip_marker(item.text)
    art.top.append(body)
    art.add_credits(B.parse_credits(body))
    art.a.source_lines.extend(item.lines)


def _apply_item(art: _Article, item: Item, page: ParsedPage) -> None:
    """Attach a body-level item (not a headline cluster) to ``art``."""
    k = item.kind
    if k == "para":
        if item.lead:
            art.top.append(item.lead)
            art.add_credits(item.credits)
        art.add_block(item.text, "p", item.lines)
        if item.sig:
            art.sigs.append(item.sig)
            art.add_credits(B.parse_credits(item.sig))
    elif k == "sub":
        art.add_block(item.text, "subhead", item.lines)
    elif k == "caption":
        art.a.captions.append(item.text)
        art.a.source_lines.extend(item.lines)
    elif k == "photocap":
        if item.text:
            art.a.captions.append(item.text)
        art.photos.append(item.sig)
        art.add_credits(item.credits)
        art.a.source_lines.extend(item.lines)
    elif k == "photo":
        art.photos.append(item.text)
        art.add_credits(B.photo_credit(item.text) or [])
        art.a.source_lines.extend(item.lines)
    elif k == "names":
        art.sigs.append(item.text)
        art.add_credits(B.parse_credits(item.text))
        art.a.source_lines.extend(item.lines)
    elif k == "note":
        art.notes.append(item.text)
        for c in art.a.credits:
            if c.role == "contributor":
                c.role = "author"
        art.a.source_lines.extend(item.lines)
    elif k == "byline":
        _apply_byline(art, item)
    else:  # pragma: no cover - every kind is handled above
        page.unplaced.append(item.text)


def _bare_name_bylines(items: list[Item]) -> list[Item]:
    """A lone person's name (``王桂林``) on its own line under a headline, or at the top of
    the page, with body text below it is the byline its ``▶``/``◎`` marker would have
    made it."""
    out: list[Item] = []
    for i, it in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = out[-1] if out else None
        if (
            it.kind == "cand"
            and B.is_bare_name(it.parts[-1])
            and nxt is not None
            and nxt.kind == "para"
            and len(it.parts) == 1
            and (prev is None or prev.kind in ("cand", "md"))
        ):
            out.append(Item("byline", it.text, it.lines))
            continue
        out.append(it)
    return out


def _merge_photo_captions(items: list[Item]) -> list[Item]:
    """A candidate right above ``李学飞摄`` is that photo's caption."""
    out: list[Item] = []
    for it in items:
        if it.kind == "photo" and out and out[-1].kind == "cand":
            prev = out.pop()
            cap = Item("photocap", prev.text, prev.lines + it.lines)
            cap.sig = it.text
            cap.credits = B.photo_credit(it.text) or []
            out.append(cap)
        elif it.kind == "photo":
            cap = Item("photocap", "", it.lines)
            cap.sig = it.text
            cap.credits = B.photo_credit(it.text) or []
            out.append(cap)
        else:
            out.append(it)
    return out


def _merge_tails(items: list[Item], narrow: bool) -> list[Item]:
    """A candidate right after an unfinished paragraph is the rest of that paragraph (a
    short column end), not a heading, when body text follows it or, on narrow pages,
    when it is shorter than the full-width line before it."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = out[-1] if out else None
        starts_article = nxt is not None and (nxt.kind in ("byline", "md") or (nxt.kind == "para" and nxt.lead))
        body_follows = nxt is None or nxt.kind in ("para", "names", "note")
        short_end = (
            narrow
            and prev is not None
            and len(it.parts) == 1
            and bool(prev.widths)
            and display_width(it.text) < prev.widths[-1] - 2
        )
        if (
            it.kind == "cand"
            and prev is not None
            and prev.kind == "para"
            and not prev.closed
            and not prev.sig
            and (body_follows or short_end)
            and not starts_article
        ):
            prev.text += it.text
            prev.lines += it.lines
            prev.closed = True  # a short last line: the paragraph ends (or was cut) here
            i += 1
            continue
        out.append(it)
        i += 1
    return out


def _merge_cut_by_caption(items: list[Item]) -> list[Item]:
    """A single headline-shaped line directly above a picture caption, with body text after
    the caption, is a sentence the picture cut (``跨区域协同创`` / 图片来源 / ``新中心``)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        j = i + 1
        while j < len(items) and items[j].kind == "caption":
            j += 1
        if (
            it.kind == "cand"
            and len(it.parts) == 1
            and j > i + 1
            and j < len(items)
            and items[j].kind == "para"
            and not items[j].lead
        ):
            para = items[j]
            para.text = it.text + para.text
            para.lines = it.lines + para.lines
            out.extend(items[i + 1 : j])
            out.append(para)
            i = j + 1
            continue
        out.append(it)
        i += 1
    out.sort(key=lambda x: x.lines[0])
    return out


def _cluster_end(items: list[Item], i: int) -> int:
    j = i
    while j < len(items) and (items[j].kind in _HEAD_KINDS and not (items[j].kind == "md" and items[j].level >= 4)):
        j += 1
    return j


def _starts_article(cluster: list[Item], after: Item | None) -> bool:
    if any(it.kind in ("byline", "editor") for it in cluster):
        return True
    if any(it.kind == "md" for it in cluster):
        return True
    return after is not None and after.kind == "para" and bool(after.lead)


def _headline_parts(heads: list[Item], gazetteer) -> tuple[str, str, str, str]:
    """(kicker, headline, subtitle, column) from a cluster's heading items."""
    if not heads:
        return "", "", "", ""
    column = ""
    if len(heads) >= 2 and heads[-1].kind == "cand" and _is_column_name(heads[-1].text):
        column = heads[-1].text
        heads = heads[:-1]
    mds = [i for i, h in enumerate(heads) if h.kind == "md"]
    if mds:
        h = min(mds, key=lambda i: (heads[i].level, i))
    elif len(heads) == 1:
        h = 0
    else:
        marked = [i for i, x in enumerate(heads) if "：" in x.text or ":" in x.text or _park_names(x.text, gazetteer)]
        h = marked[0] if marked else len(heads) - 1
    kicker = " ".join(x.text for x in heads[:h])
    subtitle = " ".join(x.text for x in heads[h + 1 :])
    return kicker, heads[h].text, subtitle, column


def parse_page(text: str, *, gazetteer: Gazetteer | None = None, issue_date: datetime.date | None = None) -> ParsedPage:
    page = ParsedPage()
    raw_lines = normalise(text or "").split("\n")
    items, narrow = page_items(raw_lines)
    if not items:
        return page
    items = _bare_name_bylines(items)
    items = _merge_photo_captions(items)
    items = _merge_tails(items, narrow)
    items = _merge_cut_by_caption(items)

    arts = _assemble_end_headlines(items, narrow, gazetteer, page)
    if arts is None:
        arts = _assemble(items, gazetteer, page)

    _join_interruptions(arts)
    for art in arts:
        _rejoin_cut_fragment(art)
    articles = []
    for art in arts:
        a = art.finish()
        if not (a.headline or a.blocks or a.captions or a.byline):
            continue
        if repeats_earlier([b.text for b in a.blocks[art.lead_blocks :] if b.kind == "p"]):
            a.flags.append("repeated_text")
        articles.append(a)
    page.articles = articles

    _tag_parks(page, gazetteer)
    _date_articles(page, issue_date)
    return page


def _assemble(items: list[Item], gazetteer, page: ParsedPage) -> list[_Article]:
    arts: list[_Article] = []
    pre: list[Item] = []  # body items before the first headline
    cur: _Article | None = None
    column = ""
    column_level = 0
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "md" and it.level >= 4:
            it = Item("sub", it.text, it.lines)
        if it.kind not in _HEAD_KINDS:
            if cur is None:
                pre.append(it)
            else:
                _apply_item(cur, it, page)
            i += 1
            continue
        j = _cluster_end(items, i)
        cluster = items[i:j]
        after = items[j] if j < len(items) else None
        if not _starts_article(cluster, after):
            # Candidates inside an article: subheads, or a new article that names a park
            # the current one never mentioned.
            if cur is not None and not _names_new_park(cluster, cur, gazetteer):
                for c in cluster:
                    _apply_item(cur, Item("sub", c.text, c.lines), page)
                i = j
                continue
            if cur is None and after is None:
                for c in cluster:
                    pre.append(Item("sub", c.text, c.lines))
                i = j
                continue
        # A new article (or a column + editor's note).
        if any(c.kind == "editor" for c in cluster):
            k = next(n for n, c in enumerate(cluster) if c.kind == "editor")
            col_items = [c for c in cluster[:k] if c.kind in ("md", "cand")]
            column = " ".join(c.text for c in col_items)
            column_level = min((c.level for c in col_items if c.kind == "md"), default=0)
            cur = _Article(headline=cluster[k].text, column=column)
            cur.a.source_lines.extend(cluster[k].lines)
            page_source = [n for c in col_items for n in c.lines]
            cur.a.source_lines.extend(page_source)
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
        cur = _new_article(cluster, gazetteer, column)
        arts.append(cur)
        if pre:
            for p in pre:
                _apply_item(cur, p, page)
            cur.lead_blocks = len(cur.a.blocks)
            # The lead was printed above the headline; keep it first.
            pre = []
        i = j
    if pre:
        cur = _Article()
        for p in pre:
            _apply_item(cur, p, page)
        arts.insert(0, cur)
    return arts


def _assemble_end_headlines(items, narrow, gazetteer, page) -> list[_Article] | None:
    planned = endheads.plan(items, narrow)
    if planned is None:
        return None
    bodies, per_body, unplaced = planned
    arts = []
    for body, (heads, bylines) in zip(bodies, per_body, strict=True):
        art = _new_article(heads, gazetteer, "")
        for it in body:
            if it.kind == "cand" or (it.kind == "md" and it.level >= 4):
                it = Item("sub", it.text, it.lines)
            _apply_item(art, it, page)
        # A byline found among the headlines has no printed place: it follows the body's
        # ``本报讯`` (``本报讯 姬婷婷 李永涛``), as a reader would write it.
        for it in bylines:
            _apply_byline(art, it)
        arts.append(art)
    page.unplaced.extend(it.text for it in unplaced)
    return arts


def _new_article(cluster: list[Item], gazetteer, column: str) -> _Article:
    heads = [c for c in cluster if c.kind in ("md", "cand", "editor")]
    kicker, headline, subtitle, own_column = _headline_parts(heads, gazetteer)
    art = _Article(headline=headline, kicker=kicker, subtitle=subtitle, column=own_column or column)
    for c in cluster:
        if c.kind == "byline":
            _apply_byline(art, c)
        else:
            art.a.source_lines.extend(c.lines)
    return art


def _names_new_park(cluster: list[Item], cur: _Article, gazetteer) -> bool:
    names = set()
    for c in cluster:
        names |= _park_names(c.text, gazetteer)
    if not names:
        return False
    return not (names & _park_names(cur.text(), gazetteer))


def _join_interruptions(arts: list[_Article]) -> None:
    """Move a subhead section back to an earlier article it clearly continues (003: the
    包头 article resumes after the 诸暨 article cut into it)."""
    grams: dict[int, tuple[Counter, int]] = {}  # article -> (bigram counts, squared norm)

    def article_grams(j):
        if j not in grams:
            g = bigrams(arts[j].text())
            grams[j] = (g, norm2(g))
        return grams[j]

    for k in range(1, len(arts)):
        art = arts[k]
        blocks = art.a.blocks
        subheads = [s for s, b in enumerate(blocks) if b.kind == "subhead" and s > 0]
        if not subheads:
            continue
        block_grams = [bigram_list(b.text) for b in blocks]
        own = bigrams(art.a.headline)  # the article so far
        done = 0
        for s in subheads:
            # The subhead and the two blocks under it are enough to tell the topic.
            section = Counter(chain.from_iterable(block_grams[s : s + 3]))
            own.update(chain.from_iterable(block_grams[done:s]))
            done = s
            n_section = norm2(section)
            scores = [cosine(section, n_section, *article_grams(j)) for j in range(k)]
            best = max(range(k), key=lambda j: scores[j])
            mine = cosine(section, n_section, own, norm2(own))
            if scores[best] > 0.12 and scores[best] > 2 * mine:
                target = arts[best]
                target.a.blocks.extend(blocks[s:])
                del blocks[s:]
                grams.pop(best, None)
                if "joined" not in target.a.flags:
                    target.a.flags.append("joined")
                break


FRAGMENT_WORD_MIN = 3


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _rejoin_cut_fragment(art: _Article) -> None:
    """Put back a fragment the column layout moved (003: ``业办理运输通行证，…`` printed
    early in the 包头 article continues ``…协调交管大队帮助企``, a paragraph that stops
    mid-word before the 诸暨 article).

    A paragraph that stops on a Chinese character (mid-sentence) is joined with a paragraph of the
    same article that starts after a finished one, with a Chinese character, when the two
    characters meeting at the join form a word used at least ``FRAGMENT_WORD_MIN`` times
    elsewhere in the article (``企`` + ``业``). Only when exactly one such pair exists:
    anything less certain stays as printed."""
    blocks = art.a.blocks
    pairs = []
    text = None
    for x, cut in enumerate(blocks):
        if cut.kind != "p" or not cut.text or not _is_han(cut.text[-1]):
            continue  # (a paragraph that ends in a Chinese character ends mid-sentence)
        if text is None:
            text = "\n".join(b.text for b in blocks)
        for q in range(max(1, art.lead_blocks), len(blocks)):
            rest, before = blocks[q], blocks[q - 1]
            if q in (x, x + 1) or rest.kind != "p" or not rest.text or not _is_han(rest.text[0]):
                continue
            if before.kind != "p" or not ends_sentence(before.text):
                continue
            if text.count(cut.text[-1] + rest.text[0]) >= FRAGMENT_WORD_MIN:
                pairs.append((x, q))
    if len(pairs) != 1:
        return
    ((x, q),) = pairs
    blocks[x].text = join_fragments(blocks[x].text, blocks[q].text)
    del blocks[q]
    if "joined" not in art.a.flags:
        art.a.flags.append("joined")


def _tag_parks(page: ParsedPage, gazetteer: Gazetteer | None) -> None:
    if gazetteer is None:
        return
    for a in page.articles:
        head = " ".join(x for x in (a.kicker, a.headline, a.subtitle) if x)
        body = "\n".join([head] + [b.text for b in a.blocks] + a.captions)
        mentions = gazetteer.find_mentions(body)
        if not mentions:
            continue
        in_head = {m.key if m.verified else m.name for m in gazetteer.find_mentions(head)}
        best = max(
            range(len(mentions)),
            key=lambda i: (
                mentions[i].count,
                (mentions[i].key if mentions[i].verified else mentions[i].name) in in_head,
                -i,
            ),
        )
        mentions[best].primary = True
        a.parks = mentions


def _date_articles(page: ParsedPage, issue_date) -> None:
    if issue_date is not None:
        for a in page.articles:
            a.date = DateEstimate(issue_date, "day", estimated=False)
        return
    # Body text only: headlines and bylines carry no dates worth reading.
    estimate = D.page_estimate("\n".join(b.text for a in page.articles for b in a.blocks))
    for a in page.articles:
        a.date = dataclasses.replace(estimate) if estimate else None


def _output_strings(page: ParsedPage) -> list[str]:
    out = list(page.unplaced)
    last_column = None
    for a in page.articles:
        out += [a.headline, a.kicker, a.subtitle, a.byline]
        if a.column and a.column != last_column:
            out.append(a.column)
        last_column = a.column or last_column
        out += [b.text for b in a.blocks]
        out += a.captions
    return out


def accounted_chars(text: str, page: ParsedPage) -> tuple[Counter, Counter]:
    """(characters of the raw page, characters placed in the parsed page), whitespace and
    layout marks (``#`` and byline markers such as ``▶``) ignored. Equal Counters mean nothing was lost or
    duplicated; a column name shared by consecutive articles counts once."""
    raw = Counter(squash(normalise(text or "")))
    placed = Counter()
    for s in _output_strings(page):
        placed.update(squash(s))
    return raw, placed

"""The second look at page items, between ``reflow`` and ``assemble``.

``reflow`` classifies each line on its own; these passes correct what only the
neighbouring items show: a lone name under a headline is a byline, a line above ``李学飞摄``
is that photo's caption, a short line after an unfinished paragraph is its tail, and a
headline-shaped line above a picture caption is a sentence the picture cut.
"""

import re

from . import bylines, names
from .box_labels import box_label
from .candidates import two_phrases
from .captions import CAPTION_MAX
from .data_boxes import mark_data_boxes
from .lines import close_heading_spaces, display_width, ends_sentence, join_fragments
from .reflow import Item, join_heading


def refine_items(items: list[Item], narrow: bool) -> list[Item]:
    """All the passes, in the order they depend on each other."""
    items = bare_name_bylines(items)
    items = merge_photo_captions(items)
    items = merge_tails(items, narrow)
    return mark_data_boxes(merge_cut_by_caption(items))


def bare_name_bylines(items: list[Item]) -> list[Item]:
    """A lone person's name (``王桂林``) on its own line under a headline, or at the top of
    the page, with body text below it is the byline its ``▶``/``◎`` marker would have
    made it."""
    out: list[Item] = []
    for i, it in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = out[-1] if out else None
        if (
            it.kind == "cand"
            and names.is_bare_name(it.parts[-1])
            and nxt is not None
            and nxt.kind == "para"
            and len(it.parts) == 1
            and (prev is None or prev.kind in ("cand", "md"))
        ):
            out.append(Item("byline", it.text, it.lines))
            continue
        if (
            it.kind == "cand"
            and len(it.parts) >= 2
            and len(it.lines) == len(it.parts)
            and nxt is not None
            and nxt.kind == "para"
            and (prev is None or prev.kind in ("cand", "md"))
            and names.is_bare_name(re.sub(r"\s+", "", it.parts[-1]))
            and re.fullmatch(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", it.parts[-1].strip())
        ):
            # (an op-ed's writer set tight under its headline, 人民日报's way: 以改革激活… / 许　可)
            head = Item("cand", close_heading_spaces(join_heading(it.parts[:-1])), it.lines[:-1], parts=it.parts[:-1])
            head.level, head.main = it.level, it.main
            out += [head, Item("byline", it.parts[-1], it.lines[-1:])]
            continue
        if (
            it.kind == "cand"
            and len(it.parts) == 1
            and prev is not None
            and prev.kind == "para"
            and ends_sentence(prev.text)
            and (nxt is None or nxt.kind in ("cand", "md", "byline") or (nxt.kind == "para" and nxt.opens))
            and all(names.is_bare_name(name) or names.is_signature_name(name) for name in it.text.split())
            and not box_label(it.text)  # (链接 over a box's title: no one's name)
        ):
            # A name under the last paragraph, before the next headline or the next brief's
            # dateline (本报讯 日前，…): an end signature the layout put on a line of its own.
            out.append(Item("names", it.text, it.lines))
            continue
        out.append(it)
    return out


def merge_photo_captions(items: list[Item]) -> list[Item]:
    """A candidate right above ``李学飞摄`` is that photo's caption; so is a sentence on the
    line right above it, with no blank line between (人民日报 sets a caption so:
    ``…生产线上作业。`` / ``新华社记者 刘 潇摄``)."""
    out: list[Item] = []
    for it in items:
        if it.kind == "photo" and out and (out[-1].kind in ("cand", "caption") or _caption_sentence(out[-1], it)):
            prev = out.pop()
            cap = Item("photocap", prev.text, prev.lines + it.lines)
            cap.sig = it.text
            cap.credits = bylines.photo_credit(it.text) or []
            out.append(cap)
        elif it.kind == "photo":
            cap = Item("photocap", "", it.lines)
            cap.sig = it.text
            cap.credits = bylines.photo_credit(it.text) or []
            out.append(cap)
        else:
            out.append(it)
    return out


def _caption_sentence(para: Item, photo: Item) -> bool:
    return (
        para.kind == "para"
        and len(para.lines) == 1
        and para.lines[0] >= photo.lines[0] - 2  # (a blank line between, as blank-line OCR sets every line)
        and para.closed
        and not para.lead
        and len(para.text) <= CAPTION_MAX
    )


def merge_tails(items: list[Item], narrow: bool) -> list[Item]:
    """A candidate right after an unfinished paragraph is the rest of that paragraph (a
    short column end), not a heading, when body text follows it or, on narrow pages,
    when it is shorter than the full-width line before it."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = out[-1] if out else None
        starts_article = _opens_article(nxt) or (
            # Two phrases side by side over more headlines and a byline: a headline, set
            # under a paragraph the page cut off.
            it.kind == "cand" and two_phrases(it.text) and _opens_article(_after_candidates(items, i + 1))
        )
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
            and (
                (not ends_sentence(prev.text) and (body_follows or short_end) and not starts_article)
                or (narrow and len(it.parts) == 1 and _cut_number(it.text))
            )
        ):
            full = _fills_the_column(prev, it)
            prev.text += it.text
            prev.lines += it.lines
            prev.closed = True  # a short last line: the paragraph ends (or was cut) here
            i += 1
            if _goes_on(prev, nxt) or (full and _sentence_goes_on(prev, nxt)):
                # A number the column broke (``…营业收入10`` / ``2.3亿元，…``): the sentence
                # goes on in the paragraph under it.
                _join_paragraph(prev, nxt)
                i += 1
            continue
        out.append(it)
        i += 1
    return out


def _goes_on(para: Item, nxt: Item | None) -> bool:
    return (
        nxt is not None
        and nxt.kind == "para"
        and not nxt.opens
        and not nxt.lead
        and _cut_number(para.text)
        and nxt.text[:1] in _GOES_ON_AFTER_A_NUMBER
    )


def _fills_the_column(para: Item, line: Item) -> bool:
    """Is the candidate line ``line`` a line of text as wide as the column of the paragraph it
    ends: a clause's comma inside, no space (a headline's two parts are set apart by one)?"""
    column = para.columns[-1] if para.columns else max(para.widths, default=0)
    text = line.text
    return (
        len(line.parts) == 1
        and column > 0
        and display_width(text) >= column - 2
        and " " not in text
        and any(mark in text for mark in "，,、；")
    )


def _sentence_goes_on(para: Item, nxt: Item | None) -> bool:
    """A paragraph whose last line, read as a candidate, fills its column and stops in
    mid-sentence (``…8个，累计服`` / ``务企业600余家次。``) goes on in the paragraph under it:
    the line was no short column end, and the page broke no paragraph there."""
    return (
        nxt is not None
        and nxt.kind == "para"
        and not nxt.opens
        and not nxt.lead
        and not ends_sentence(para.text)
        and "\u3400" <= para.text[-1:] <= "\u9fff"
    )


# What a number broken over two lines goes on with: its other digits, its decimals, its
# unit (``亿元``, ``%``).
_GOES_ON_AFTER_A_NUMBER = set("0123456789.%万亿千百元家个项人件平亩倍吨台套")


def _join_paragraph(para: Item, nxt: Item) -> None:
    para.text = join_fragments(para.text, nxt.text)
    para.lines += nxt.lines
    para.widths += nxt.widths
    para.columns += nxt.columns
    para.closed, para.sig, para.end_mark = nxt.closed, nxt.sig, nxt.end_mark


# A number at a line's end with no unit or measure word after it (``总规模200``): Chinese
# counts with one (``200亿元``, ``3家``), so the line was cut mid-phrase. Not a year
# (``奋进2035``), an ordinal or a number of a series (``第5``, ``No.1``).
_CUT_NUMBER_RE = re.compile(r"(?<![第No.\d])(?!(?:19|20)\d\d$)\d+(?:\.\d+)?$")


def _cut_number(text: str) -> bool:
    """Does a headline candidate end in a number the column cut (``_CUT_NUMBER_RE``)?
    Under a paragraph left open (its last line full), it is the paragraph's last line, even
    over a headline: no headline ends in a count without its unit."""
    return bool(_CUT_NUMBER_RE.search(text))


def _opens_article(it: Item | None) -> bool:
    return it is not None and (it.kind in ("byline", "md") or (it.kind == "para" and it.opens))


def _after_candidates(items: list[Item], j: int) -> Item | None:
    """The first item from ``j`` on that is not a headline candidate."""
    while j < len(items) and items[j].kind == "cand":
        j += 1
    return items[j] if j < len(items) else None


def merge_cut_by_caption(items: list[Item]) -> list[Item]:
    """A single headline-shaped line directly above a picture caption, with body text after
    the caption, is a sentence the picture cut (``跨区域协同创`` / 图片来源 / ``新中心``) —
    unless no paragraph stands above it (the page's top, a byline), or it is two phrases
    side by side: then it is a headline over its picture (``国家级经开区再获利好 加速融入全球价值链`` /
    ``苏州工业园区一角。 朱桂根摄``)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        j = i + 1
        while j < len(items) and items[j].kind == "caption":
            j += 1
        prev = out[-1] if out else None
        if (
            it.kind == "cand"
            and len(it.parts) == 1
            and prev is not None
            and prev.kind == "para"
            and not two_phrases(it.text)
            and j > i + 1
            and j < len(items)
            and items[j].kind == "para"
            and not items[j].opens
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

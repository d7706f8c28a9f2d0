"""Lines that are a picture's caption though ``classify``, reading each line alone, could not
tell: a sentence right above a photographer's credit, one set wider than its column, and
every line of a caption block from its opening to its credit.

A picture set into a column cuts the paragraph there; the paragraph goes on past the caption
and its credit (``reflow.build_items`` joins it across them).
"""

import re
from collections import Counter

from .bylines import PICTURE_PLACE, caption_credits
from .classify import Line, bodyish, core_width
from .cut_word_captions import in_a_cut_word
from .lines import display_width

# A caption is a sentence or two: a longer line right above a photo credit is the text.
CAPTION_MAX = 90
# A caption set across a picture in a narrow column is wider than the column (1.25-2.4
# times on the probe pages); a column line is never more than a hung mark or two wider.
_CAPTION_OVER_COLUMN = 1.2
# A caption's lines above its credit: on the probe pages of 2026-12 one to three.
_BLOCK_LINES = 3


def mark_captions(lines: list[Line], narrow: bool) -> None:
    """Lines that are a picture's caption though nothing on them alone says so: the blocks
    closed by a credit (``mark_caption_blocks``), pull quotes (``mark_pull_quotes``, kept
    with the captions), then where a picture cut a paragraph:
    - on a page of whole paragraphs, a sentence set right above a photographer's credit (no
      blank line between), under a paragraph the picture cut off (``…依靠科技创新不断提高`` /
      ``凤城经开区一家企业的智能化生产线。`` / ``王卢莎 摄`` / ``行业领跑位置，…``);
    - in a narrow column, a sentence set wider than the column under a full line of running
      text in the column that leaves its sentence open (not a headline), with the column
      going on after it (or after its credit):
      ``…奥地利政府共同`` / ``苏锡通科技产业园区内的中新智能制造产业园。`` / ``（记者 刘园园 摄）``
      / ``建设的生态园区。``."""
    mark_caption_blocks(lines, narrow)
    _mark_pointed_lines(lines)
    if narrow:
        mark_pull_quotes(lines)
    else:
        mark_set_apart_captions(lines)
    page_text = ""
    for i in range(1, len(lines) - 1):
        cap, above = lines[i], lines[i - 1]
        if cap.kind != "text" or not cap.ends or len(cap.text) > CAPTION_MAX or above.kind != "text" or above.ends:
            continue
        below = lines[i + 1]
        if not narrow:
            if below.kind == "photo" and below.tight:
                cap.kind = "caption"
        elif (
            cap.width
            and core_width(cap) >= _CAPTION_OVER_COLUMN * cap.width
            and bodyish(above)
            and _fills(above, cap.width)
            and _column_goes_on(lines, i + 1, cap.width)
        ):
            cap.kind = "caption"
        elif in_a_cut_word(lines, i, page_text := page_text or "\n".join(ln.text for ln in lines)):
            cap.kind = "caption"  # narrower than the column, in a word the column cut


def _fills(ln: Line, width: float) -> bool:
    """Is ``ln`` a full line of a column ``width`` wide (within a cell either way)?"""
    return bool(width) and width - 2 <= core_width(ln) <= width + 2


def _column_goes_on(lines: list[Line], j: int, width: float) -> bool:
    """Does the column's text go on at ``lines[j]`` (past a photographer's credit): a line
    no wider than the column that opens no new paragraph?"""
    if j < len(lines) and lines[j].kind == "photo":
        j += 1
    if j >= len(lines):
        return False
    ln = lines[j]
    return ln.kind == "text" and core_width(ln) <= width + 2 and not ln.indent


# What a caption opens with: 图为, a pointer or a bullet (``▲``, ``■``), the picture's number
# or place (``图①``, ``上图：``, ``下左图：``, ``图一：``).
_OPENING_RE = re.compile(r"^(?:图为|[▲△■□◆●]\s*[^\s▲△■□◆●]|图\s*[①-⑳]|" + PICTURE_PLACE + r"\s*[：:])")
# A picture's source alone on its line, in brackets or not: ``（苏州高新区供图）``,
# ``（图片由受访单位提供）``, ``资料图``, ``（资料图片）``.
_SOURCE_ALONE_RE = re.compile(r"^[（(]?(?:[^（）()。，！？\s]{0,16}供图|图片由[^（）()。]{1,20}提供|资料图片?)[)）]?$")
# A picture's reporter credited in brackets under a caption that opens like one, as photo
# news is credited (大众日报: ``图为…`` / ``（□记者 刘兵 报道）``).
_REPORTED_RE = re.compile(r"^[（(]\s*[□■◇]?\s*(?:本报)?(?:记者|通讯员)[\s\u4e00-\u9fff·]{2,16}?报道\s*[)）]$")


def mark_caption_blocks(lines: list[Line], narrow: bool) -> None:
    """A caption is the whole block from its opening to its credit line: ``图为国仪量子研发人员
    正在调试`` / ``量子精密测量设备。`` / ``本报记者 吴长锋摄`` are one caption, not its first line
    and a sentence glued to the paragraph the picture cut. Each credit line (a photographer's,
    a source alone, a caption's last line ending with one) closes a block of at most three
    lines above it, with no blank line between, ending a sentence:
    - from the nearest line opening like a caption (``图为``, ``▲``, ``■``);
    - else, in a narrow column, from under the nearest full line of the column that leaves
      its sentence open, when the column goes on after the credit (``…光谷推行企`` / ``6月4日，光谷一家``
      / ``初创企业员工在办公。`` / ``（长江日报记者任勇 摄）`` / ``业开办“一网通办”…``).
    Its lines after the first are marked to be joined to it (``Line.caption_goes_on``)."""
    for j, ln in enumerate(lines):
        if ln.kind == "photo" or (ln.kind == "caption" and _SOURCE_ALONE_RE.match(ln.text)):
            last = j - 1  # the credit on a line of its own
        elif ln.kind == "text" and ln.tight and _REPORTED_RE.match(ln.text):
            last = j - 1  # (only under a block with an opening: it is no end credit then)
            first = _block_start(lines, last, j, narrow=False)
            if first is not None:
                for k in range(first, j + 1):
                    lines[k].kind = "caption"
                    lines[k].caption_goes_on = k > first
            continue
        elif ln.kind == "caption" and caption_credits(ln.text) is not None:
            last = j  # ``生产线上作业。　　新华社记者　张楠　摄``
        else:
            continue
        first = _block_start(lines, last, j, narrow)
        if first is None:
            continue
        for k in range(first, j + 1):
            if lines[k].kind != "photo":
                lines[k].kind = "caption"
                lines[k].caption_goes_on = k > first


def _block_start(lines: list[Line], last: int, credit: int, narrow: bool) -> int | None:
    """The first line of the caption whose sentence ends at ``lines[last]``, over the credit
    at ``lines[credit]``, or None."""
    if last < 1 or not lines[last].text or (last < credit and not lines[last].ends):
        return None
    block = []
    for k in range(last, max(last - _BLOCK_LINES, 0), -1):
        ln = lines[k]
        if ln.kind not in ("text", "caption") or ln.indent or (k < credit and not lines[k + 1].tight):
            break
        block.append(k)
    if sum(len(lines[k].text) for k in block) > CAPTION_MAX:
        return None
    for k in block:
        if _OPENING_RE.match(lines[k].text):
            return k
    if not narrow:
        return None
    for k in block:
        above = lines[k - 1]
        if k < last and lines[k].ends:
            break  # (a paragraph's last sentence over a caption credited on its own line)
        if k < last and _cut_at_a_clause(lines[k], above):
            # ``…贵阳高新区管`` / ``委会有关负责人表示，…牵引，`` / the caption / ``杨筑安摄`` /
            # ``带动…``: the text's line, finishing the word above, stopped at the picture
            return k + 1 if _column_goes_on(lines, credit + 1, above.width) else None
        if any(_cut_short(lines[m], lines[last]) for m in range(k, last)):
            continue  # (a caption's lines but its last fill its measure: this is the cut text)
        if (
            above.kind == "text"
            and not above.ends
            and _fills(above, above.width)
            and _column_goes_on(lines, credit + 1, above.width)
        ):
            return k
    return None


def _cut_at_a_clause(ln: Line, above: Line) -> bool:
    """Is ``ln`` running text the picture cut after a clause: under a full line of the column
    that leaves its sentence open, short of the column, ending with a clause's comma? A
    caption's line runs on to its measure; it stops short only at its end, a full stop."""
    return (
        ln.kind == "text"
        and not ln.ends
        and ln.text[-1:] in "，,；;、"
        and bool(ln.width)
        and core_width(ln) < ln.width - 2
        and above.kind == "text"
        and not above.ends
        and _fills(above, above.width)
    )


def _cut_short(ln: Line, last: Line) -> bool:
    """Is ``ln`` a line clearly short of its column that leaves its sentence open, over a
    caption's ``last`` line set wider than the column (its credit beside it): where a
    picture cut a paragraph (``给予揭榜方奖励，最高`` / the caption / ``可达300万元。``), not a
    caption's line running on to the next (which fills the caption's wider measure)?"""
    if ln.kind != "text" or ln.ends or not ln.width:
        return False
    return core_width(ln) < ln.width - 2 and display_width(last.text) > ln.width + 2


def mark_set_apart_captions(lines: list[Line]) -> None:
    """On a page of whole paragraphs a picture takes room of its own: a short block (one to
    three lines set tight, a sentence or two, ending one) under running text, set off from
    it by more blank lines than the page sets between its paragraphs, is the picture's
    caption when after it comes a credit line (blank lines between or not: ``…企业达到`` /
    4 blank / ``合肥高新区一家集成电路企业的生产车间。`` / blank / ``本报记者 戴勇 摄`` /
    ``410家。…``), or when the paragraph above leaves its sentence open and after the block
    come more blank lines than between paragraphs again and the text going on: running text
    does not finish its sentence across a wider gap than its paragraphs'. A picture's source alone under it (``青岛高新区供图``) is its credit, not a
    second caption."""
    gap = _paragraph_gap(lines)
    if not gap:
        # (a page setting its paragraphs tight: the lines taken out as furniture, a browser's
        # header and footer, leave gaps no picture made)
        return
    for i in range(1, len(lines)):
        above, first = lines[i - 1], lines[i]
        if not (above.kind == "text" and bodyish(above) and first.kind == "text"):
            continue
        if _gap(lines, i) <= gap or first.indent:
            continue
        last = i
        while last - i < _BLOCK_LINES - 1 and last + 1 < len(lines) and lines[last + 1].tight:
            if lines[last + 1].kind != "text":
                break
            last += 1
        block = lines[i : last + 1]
        if not lines[last].ends or sum(len(ln.text) for ln in block) > CAPTION_MAX:
            continue
        if last + 1 >= len(lines):
            continue
        nxt = lines[last + 1]
        credit = nxt.kind == "photo" or (nxt.kind == "caption" and _SOURCE_ALONE_RE.match(nxt.text))
        if credit:
            nxt.kind = "photo"
        elif above.ends or not (nxt.kind == "text" and _gap(lines, last + 1) > gap):
            continue
        for k, ln in enumerate(block):
            ln.kind = "caption"
            ln.caption_goes_on = k > 0


def _gap(lines: list[Line], i: int) -> int:
    """The blank lines between ``lines[i - 1]`` and ``lines[i]``."""
    return lines[i].no - lines[i - 1].no - 1


def _paragraph_gap(lines: list[Line]) -> int | None:
    """The blank lines a page sets between its paragraphs: the gap between text lines that
    half of them at least, and three at least, share (None: the page shows no such habit).
    Furniture taken out of the page counts as blank lines too."""
    gaps = Counter(_gap(lines, i) for i in range(1, len(lines)) if lines[i].kind == lines[i - 1].kind == "text")
    if not gaps:
        return None
    gap, count = gaps.most_common(1)[0]
    return gap if count >= 3 and 2 * count >= gaps.total() else None


# A caption pointing to its picture in one clause: ``▲佛山高新区一家企业的智能生产线。``, or
# two when it ends no sentence: its time or place first (``▲3月28日，重点项目签约仪式现场``);
# an item of a list closes its sentence.
_POINTED_RE = re.compile(
    r"^[▲△]\s*[^\s，,；;。！？▲△](?:[^，,；;。！？]{3,40}[。]?|[^，,；;。！？]{1,20}[，,][^，,；;。！？]{3,30})$"
)


def _mark_pointed_lines(lines: list[Line]) -> None:
    """A line pointing up to a picture (``▲``) in one clause (``_POINTED_RE``), with no credit (the byline
    credits the picture: ``图/南方日报记者 戴嘉信``), set alone between paragraphs, is a
    caption; pointed lines one under another are a list's items."""
    for i in range(1, len(lines) - 1):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        if ln.kind != "text" or not _POINTED_RE.match(ln.text) or ln.indent:
            continue
        if above.text[:1] in "▲△" or below.text[:1] in "▲△" or not above.ends:
            continue
        if below.kind == "text" and (below.indent or not below.tight):
            ln.kind = "caption"


def mark_pull_quotes(lines: list[Line]) -> None:
    """A quotation set into a narrow column in lines clearly shorter than the column (two
    cells or more), under a full line of the column that leaves its sentence open, with the
    column going on after it, is a pull quote, not the paragraph's text (21世纪经济报道:
    ``…武汉、成都、西安`` / ``“园区竞争正在从`` / ``拼政策转向拼生态。”`` / ``都是高校和科研院所…``).
    Running text leaves no line short before its paragraph ends. Its lines are one caption.
    It may be set apart by a blank line above and below it (as PDFs' text sets it)."""
    for i in range(1, len(lines)):
        above = lines[i - 1]
        if lines[i].kind != "text" or lines[i].text[:1] not in '“"' or above.kind != "text" or above.ends:
            continue
        width = above.width
        if not _fills(above, width):
            continue
        apart = not lines[i].tight  # (set apart by blank lines above and below it)
        for j in range(i, min(i + _BLOCK_LINES, len(lines))):
            ln = lines[j]
            if ln.kind != "text" or ln.indent or (j > i and not ln.tight) or core_width(ln) > width - 4:
                break
            if ln.text[-1] in '”"':
                below_apart = j + 1 < len(lines) and not lines[j + 1].tight
                if apart == below_apart and _column_goes_on(lines, j + 1, width):
                    for k in range(i, j + 1):
                        lines[k].kind = "caption"
                        lines[k].caption_goes_on = k > i
                break

"""Furniture printed among a page's stories rather than at its edges: the editor's or
proofreader's line a web edition closes each story with (``责任编辑：王锦程``), and a front
page's 导读 box (``今日导读`` over items that each point to a page, ``…增长37%  2版``), and
a bulletin's contents list (``【本期要目】`` over the headlines of its items), and the next
page's running head a PDF's text sets among the stories (``A07`` / ``南方日报　2023年11月8日``).

Pure functions on the page's lines (after ``furniture_marks.page_marks``): the caller blanks
what they find and keeps it on the page as furniture, so it becomes no headline, kicker or
article, and parks named in a 导读 box are not tagged on the story under it.
"""

import re

from .mastheads import editors_credit, parse_date, read_running_head
from .names import looks_like_person

# The label over a front page's box of pointers to other pages.
_CONTENTS_LABEL = re.compile(r"^[【\[（(]?(?:今日|本期|要闻|本刊)?(?:导读|提要|看点|提示|要目|目录)[】\]）)]?$")
# An item of the box ends with the page it points to: …增长37%  2版, ▶3版, 第5版, A3版.
_POINTS_TO_PAGE = re.compile(r"(?:^|[\s▶►→》”\u4e00-\u9fff%])[▶►→]?\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[)）】]?$")
# How many non-blank lines a box may hold under its label.
_BOX_LINES = 12


def among_stories(lines):
    """Entries ``{"line", "kind", "text"}`` for the editor lines (``editor``) and 导读 boxes
    (``contents``) among ``lines``."""
    out = []
    box_end = -1
    for n, line in enumerate(lines):
        s = line.strip()
        if not s or n <= box_end:
            continue
        if len(s) <= 8 and _CONTENTS_LABEL.match(s.replace(" ", "")):
            box_end = _box_end(lines, n)
            if box_end > n:
                box = range(n, box_end + 1)
                out += [{"line": k, "kind": "contents", "text": lines[k].strip()} for k in box if lines[k].strip()]
                continue
        if len(s) <= 60 and ("编" in s or "校" in s):
            names = editors_credit(s)
            if names and looks_like_person(names[0]):
                out.append({"line": n, "kind": "editor", "text": s})
    return out + _heads_between(lines)


# How many lines a running head set among the stories may take.
_HEAD_LINES = 3


def _heads_between(lines):
    """The running heads of the next page a PDF's text sets in the middle of a page, where
    its pages meet (``A07`` / ``南方日报　2023年11月8日　星期三``): a block of one to three
    lines set apart by blank lines, each a running head's item, one of them the paper's name
    or page with the date (a date alone may be a story's line)."""
    out = []
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        end = n
        while end < len(lines) and lines[end].strip():
            end += 1
        block = range(n, end)
        # (a date on one of its lines first: on a page with a blank line after each of its
        # lines every line is such a block, and reading a line as a head costs ten times more)
        if 0 < n and end < len(lines) and len(block) <= _HEAD_LINES and any(parse_date(lines[k]) for k in block):
            heads = [read_running_head(lines[k]) for k in block]
            if all(heads) and any("date" in h and ("newspaper" in h or "page" in h) for h in heads):
                out += [
                    {"line": k, "kind": h["kind"], "text": lines[k].strip()} for k, h in zip(block, heads, strict=True)
                ]
        n = end
    return out


def _box_end(lines, label):
    """The last line of the box under the label at ``label``: its last item within
    ``_BOX_LINES`` lines that points to a page, or that is printed again below as a line
    of its own, with or without its number (a bulletin's 本期要目 lists the headlines of its
    items, which carry ``一、`` below), ``label`` when there is none."""
    end, seen = label, 0
    for k in range(label + 1, len(lines)):
        s = lines[k].strip()
        if not s:
            continue
        seen += 1
        if seen > _BOX_LINES:
            break
        if _POINTS_TO_PAGE.search(s) or any(_ITEM_NUMBER.sub("", line.strip()) == s for line in lines[k + 1 :]):
            end = k
    return end


# The number an item's title carries below the box that lists it (一、…, 1. …, （二）…).
_ITEM_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)

"""A data box printed with a story (数读, 一图读懂, 图解): its label on a line of its own, a
title, and lines that are each an item and its number (``营业收入 9865亿元``,
``相关企业：126 家``). The box is an article of its own, as a sidebar under its label is
(``column_labels.opens_column``): the label over the title is its column, the title its
headline, and each number line a paragraph as printed (a number line read alone is a short
line with no punctuation, a headline candidate, and the run of them joined the next story's
headline as its kicker). Pure functions on ``reflow`` items."""

import re

from .lines import BULLETS
from .reflow import Item

# The labels papers print over such a box (a chart or table of a story's numbers).
DATA_BOX_LABELS = frozenset("数读 数说 读数 数看 一图读懂 一图看懂 图解 图说数据 数据看板".split())
# An item and its number: 营业收入 9865亿元, 相关企业：126 家, 同比增长：19.3%, 出口国家 40多个
# (OCR's ``l`` for ``1`` inside the number, as printed: 2l6亿元).
_NUMBER_LINE_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z“”\"（）()]{2,20}?\s*[：:\s]\s*约?\d[\dl.,，]*\s*(?:%|[\u4e00-\u9fff]{1,3})?$"
)
# The figure first, what it counts after a space: 68.4亿元 规上工业增加值 (the bold taken off).
_FIGURE_FIRST_RE = re.compile(r"^[约近超]?\d[\d.]*\s*(?:%|[\u4e00-\u9fff]{1,3})\s+[\u4e00-\u9fff“][^。！？]{1,30}$")
# A comment after the figure, set after a comma: 孵化器：23家，其中国家级6家.
_COMMENT_RE = re.compile(r"[，,；;][^。！？]{1,30}$")
# Who drew the box, on a line of its own under it: 制图：刘思远, 制表：王 岚.
_DRAWN_BY_RE = re.compile(r"^(?:制图|制表|绘图)\s*[：:]\s*[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff]{1,2})?$")
_TITLE_MAX = 30
# How many number lines a box holds at least (one is a story's short line).
_ROWS_MIN = 2


def is_number_line(text: str) -> bool:
    s = text.strip()
    if s[:1] in BULLETS:
        s = s[1:].lstrip()
    return bool(_NUMBER_LINE_RE.match(s) or _NUMBER_LINE_RE.match(_COMMENT_RE.sub("", s)) or _FIGURE_FIRST_RE.match(s))


def mark_data_boxes(items: list[Item]) -> list[Item]:
    """The items with each data box's label a headline candidate over its title and its
    number lines paragraphs."""
    out = list(items)
    for i, it in enumerate(items[:-3]):
        if "".join(it.text.split()) not in DATA_BOX_LABELS:
            continue
        title = items[i + 1]
        if title.kind not in ("cand", "md") or len(title.text) > _TITLE_MAX or is_number_line(title.text):
            continue
        rows = 0
        while i + 2 + rows < len(items) and items[i + 2 + rows].kind in ("cand", "para"):
            if not is_number_line(items[i + 2 + rows].text):
                break
            rows += 1
        if rows < _ROWS_MIN:
            continue
        out[i] = Item("cand", it.text.strip(), it.lines, parts=[it.text.strip()])
        for k in range(i + 2, i + 2 + rows):
            out[k] = Item("para", items[k].text.strip(), items[k].lines)
        end = i + 2 + rows
        if end < len(items) and items[end].kind in ("cand", "para") and _DRAWN_BY_RE.match(items[end].text.strip()):
            out[end] = Item("photo", items[end].text.strip(), items[end].lines)  # (the box's credit: no writer)
    return out

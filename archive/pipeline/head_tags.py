"""A column's name in 【】 printed at the head of the headline's own line (``## 【园区速递】无锡
高新区…``, ``【“链长”说】武进高新区:…``): the article's column, as the same name on a line of
its own over the headline is (``reflow.COLUMN_LABEL_RE``), not a word of the headline."""

import re

from .reflow import Item

# The tag and, after it, a headline of its own (four characters or more, no second tag).
_HEAD_TAG_RE = re.compile(r"^【([^【】\s]{2,10})】\s*(?=[^\s【].{3,})")


def split_head_tag(heads: list[Item]) -> tuple[str, list[Item], list[tuple[int, str]]]:
    """(the column, ``heads`` with the tag taken off the first line that opens with one, the
    brackets as (line, marks) for the page's furniture); ("", heads, []) when no line does."""
    for i, h in enumerate(heads):
        m = _HEAD_TAG_RE.match(h.text)
        if m is None:
            continue
        parts = [p[m.end() :] if k == 0 and p.startswith(m.group()) else p for k, p in enumerate(h.parts)]
        rest = Item(h.kind, h.text[m.end() :], h.lines, level=h.level, parts=parts, lead=h.lead)
        rest.main = h.main
        return m.group(1), [*heads[:i], rest, *heads[i + 1 :]], [(h.lines[0], "【】")] if h.lines else []
    return "", heads, []

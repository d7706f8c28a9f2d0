"""A list set one item a printed line on a page that indents its paragraphs
(``reflow.page_lines``): a paragraph closing with the colon that announces it (``…获奖名单如下：``),
then a run of indented lines, each short of its column with no punctuation of running text
(``　　金哲浩　吉林省…有限公司董事长``), then the story goes on. A name list (名单) of winners,
members or delegates is printed so: each item is a paragraph of its own (``Line.listed``), never a
headline and never run into the paragraph above or the next item, though no item ends a sentence.

Held-out probe p22 (04): ten such items had run into the paragraph above, five of them read as
a headline stack."""

import re

from .classify import Line
from .indents import PARAGRAPH_INDENTS

# Items in a row at least: two indented lines may be a subhead and a paragraph's first line.
LIST_MIN = 3
# An item's length at most (characters): a name and a post, a company's name.
_ITEM_MAX = 32
# Punctuation of running text: an item has none (an enumeration comma or a gap it may have).
_RUNNING_MARKS_RE = re.compile(r"[，,。；;！？!?：:]")
_CELL = 2  # a CJK character's display width


def _item(ln: Line) -> bool:
    """Is ``ln`` an item's line: indented, short, no punctuation of running text, and (measured
    on a narrow page) short of its column by a character at least?"""
    return (
        ln.kind == "text"
        and ln.indent
        and len(ln.text) <= _ITEM_MAX
        and not _RUNNING_MARKS_RE.search(ln.text)
        and not (ln.width and ln.dw + _CELL > ln.width)
    )


def mark_list_items(lines: list[Line]) -> list[Line]:
    """Mark (``listed``, not a candidate) and return the items of each list announced by a
    colon on a page that indents its paragraphs."""
    if sum(ln.indent for ln in lines) < PARAGRAPH_INDENTS:
        return []
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if ln.kind != "text" or ln.cand or ln.text[-1:] not in "：:":
            continue
        j = i
        while j < len(lines) and _item(lines[j]):
            j += 1
        if j - i >= LIST_MIN:
            out.extend(lines[i:j])
        i = max(i, j)
    for ln in out:
        ln.listed, ln.cand = True, False
    return out

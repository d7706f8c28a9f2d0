"""Paragraph indents on a narrow page: the first line of an indented paragraph is running
text, never a headline or subhead (``mark_paragraph_starts``, before ``candidates``).

Without this, the line under a heading was read with the heading when it looked short
(held-out probe p4, 8 of 36 articles: ``从实验室到生产线`` / ``　　合肥高新区量子产业的起点，是中``
one subhead): measured without its indent, a paragraph's first line is two characters
short of its column, and it opens a sentence the next line goes on with.
"""

import re

from .classify import Line
from .lines import display_width

# Indented lines that show a page indents its paragraphs (one may be a stray of OCR).
PARAGRAPH_INDENTS = 2
# A clause mark inside a line: it is a sentence's part, not a phrase of a headline.
_CLAUSE_INSIDE_RE = re.compile(r"[，,、；;：:].")


def opens_indented_paragraph(ln: Line, nxt: Line | None) -> bool:
    """Is ``ln`` (a measured line of a page that indents its paragraphs) an indented
    paragraph's first line: it leaves its sentence open, the next line goes on with it
    unindented, and it fills its column (its indent counted: ``classify``) or holds a
    clause mark inside (``　　合肥高新区量子产业的起点，是中`` / ``国科学技术大学的实验室。…``)?
    A subhead set with an indent is short of the column and has no clause mark
    (``　　链条越拉越长``), or stands over an indented paragraph."""
    return (
        ln.kind == "text"
        and ln.indent
        and bool(ln.width)
        and not ln.ends
        and nxt is not None
        and nxt.kind == "text"
        and not nxt.indent
        and (ln.dw >= ln.width - 2 or _CLAUSE_INSIDE_RE.search(ln.text) is not None)
    )


def cut_by_a_picture(lines: list[Line], i: int) -> bool:
    """Is ``lines[i]`` a line of running text a picture cut short: it leaves its sentence
    open over a caption, and the column goes on under the caption without an indent
    (``　　稳住外贸基本盘。`` / ``济宁高新区税`` / ``图片来源:…`` / ``务局积极从…``)? Under a subhead
    a paragraph would open with an indent."""
    ln = lines[i]
    if ln.kind != "text" or ln.ends or ln.indent or i + 1 >= len(lines) or lines[i + 1].kind != "caption":
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind in ("caption", "photo"):
        j += 1
    return j < len(lines) and lines[j].kind == "text" and not lines[j].indent


# A figure opening a line (``52亿元，…``), not a date (``2023年，…``, ``5月…``).
_FIGURE_OPENING_RE = re.compile(r"\d+(?:\.\d+)?%?(?!\s*[\d.年月日])")


def runs_into_a_figure(ln: Line, nxt: Line | None) -> bool:
    """Is ``ln`` (an unindented line of a page that indents its paragraphs) running text that
    leaves its sentence open, a clause mark inside it, over an unindented line that opens with
    the figure it was saying (``该集群已集聚…企业68家，去年实现产值`` / ``52亿元，…``)? However wide,
    it is no heading: the paragraph under a heading would open indented, and a figure does not
    open a sentence of its own there."""
    return (
        ln.kind == "text"
        and not ln.indent
        and not ln.ends
        and nxt is not None
        and nxt.kind == "text"
        and not nxt.indent
        and _CLAUSE_INSIDE_RE.search(ln.text) is not None
        and _FIGURE_OPENING_RE.match(nxt.text) is not None
    )


def mark_paragraph_starts(lines: list[Line]) -> None:
    """On a narrow page that indents its paragraphs, an indented paragraph's first line
    (``opens_indented_paragraph``), a line a picture cut short (``cut_by_a_picture``) and a
    line running into a figure on the next (``runs_into_a_figure``) are not headline-shaped
    (``candidates._shaped``): no rule of ``candidates`` takes them for a heading or a
    heading's next line."""
    if sum(ln.indent for ln in lines) < PARAGRAPH_INDENTS:
        return
    for i, ln in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if opens_indented_paragraph(ln, nxt) or cut_by_a_picture(lines, i) or runs_into_a_figure(ln, nxt):
            ln.shaped = False


_CELL = 2  # a CJK character's display width
# Marks that never end a line: a typesetter carries them down with the next character.
_OPENING_MARKS = "“‘「『（《【(["


def goes_on_unindented(ln: Line, nxt: Line | None) -> bool:
    """On a page that indents its paragraphs, does ``ln``, ending a sentence short of its
    column, still go on at ``nxt``? When it is short only because ``nxt`` opens with a mark
    that never ends a line (``…一派繁忙。`` / ``“二期项目…``: the mark and the character after
    it would not both have fitted), or when ``nxt`` is not indented and ``ln`` is at most one
    cell short of the column (a column set by count of characters leaves a line so, and the
    missing indent says the paragraph goes on)."""
    if nxt is None:
        return False
    if nxt.text[:1] in _OPENING_MARKS and len(nxt.text) >= 2:
        return ln.dw + display_width(nxt.text[:2]) > ln.width
    return not nxt.indent and ln.dw + _CELL >= ln.width

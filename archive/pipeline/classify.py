"""Each non-blank line of a page: its kind (text, heading, byline, caption…), whether it
ends a sentence, and on narrow pages its display width and the width of its column.

Two layouts are told apart per page (``is_narrow``):

- *wide*: each paragraph is one long line; widths are never looked at;
- *narrow* (most body lines do not end a sentence, and the median line is at most 60
  characters): every line is a column fragment, and the column width is measured around
  each line (``measure_widths``), per block of the page, so a wide lead and narrow columns
  on one page are each measured as printed.
"""

import statistics
from dataclasses import dataclass

from . import bylines, end_credits, leads
from .lines import display_width, ends_sentence, ends_sentence_under_speck, has_sentence_inside, markdown_heading

# An editor's note's label on a line of its own: 编者按 over a story or a series, 编后 (编后语,
# 编后记: the editor's afterword) under one; both are the page's notes, not a story's text.
EDITOR_NOTES = frozenset("编者按 编后 编后语 编后记".split())
# Two blocks of lines whose column widths differ by more than this share of the wider are
# set in different columns (``measure_widths``). Page 004 sets a story in a column 29%
# narrower than the one above it; re-set at 10-40 characters (``tests/pipeline/layouts``)
# the change is 17-23%. Within one column it is rarely more: on the synthetic narrow
# pages (``bench/corpus.py``: columns cut by a count of characters, so a run of lines
# with digits measures narrower) at 16 of 21,372 lines.
COLUMN_CHANGE = 0.18
# A paragraph's indent is printed two characters wide (``　　``, or four spaces; two spaces
# are one character). A line's width counts its indent up to this (half-width cells): a
# paragraph's first line fills its column with it. (More white space centres a heading.)
INDENT_MAX = 4


@dataclass(slots=True)
class Line:
    no: int
    kind: str  # text | md | byline | names | note | photo | caption | editor
    text: str
    level: int = 0
    tight: bool = False  # the raw line before it was not blank
    dw: int = 0  # display width of a text line, measured on narrow pages only
    cand: bool = False
    width: float = 0.0
    ends: bool = False  # ends a sentence (set in ``classify``)
    cont: bool = False  # under a full line that leaves its sentence open (narrow pages)
    caption_goes_on: bool = False  # a caption's line after its first (``captions``): joined to it
    indent: bool = False  # the raw line starts with (at least two cells of) white space
    indent_dw: int = 0  # the indent's display width (``INDENT_MAX`` at most), counted in ``dw``
    shaped: bool | None = None  # headline-shaped, worked out when first asked (``_shaped``)
    table: bool = False  # a row of a table (``broken_tables.table_rows``): a line of its own
    listed: bool = False  # an item of a list set one a line (``name_lists``): a line of its own
    body: bool | None = None  # running text (``bodyish``), worked out when first asked
    after_jump: bool = False  # the first line after a 下转 mark: no paragraph goes on into it
    joined: tuple = ()  # the lines of a table's row joined into this one (``broken_tables``)


def classify(raw_lines: list[str]) -> list[Line]:
    out = []
    prev_blank = True
    for no, raw in enumerate(raw_lines):
        s = raw.strip()
        if not s:
            prev_blank = True
            continue
        md = markdown_heading(s) if s[0] == "#" else None
        if md:
            line = Line(no, "md", md[1], level=md[0])
        elif s[0] == "编" and s.rstrip("：:") in EDITOR_NOTES:
            line = Line(no, "editor", s)
        elif bylines.plain_line(s):
            line = Line(no, "text", s)
        elif bylines.is_byline(s) or bylines.is_contributed(s) or (s[-2:-1] in "电讯" and leads.closing_dateline(s)):
            line = Line(no, "byline", s)
        elif bylines.is_author_note(s):
            line = Line(no, "note", s)
        elif bylines.photo_credit(s):
            line = Line(no, "photo", s)
        elif bylines.is_caption(s):
            line = Line(no, "caption", s)
        elif bylines.is_name_line(s):
            line = Line(no, "names", s)
        else:
            line = Line(no, "text", s)
        line.tight = not prev_blank
        line.indent = raw[:2].isspace()
        if line.indent:
            line.indent_dw = min(INDENT_MAX, display_width(raw[: len(raw) - len(raw.lstrip())]))
        line.ends = (
            ends_sentence(line.text)
            or ends_sentence_under_speck(line.text)
            or (line.text[-1] in "完)）" and end_credits.closes_with_credits(line.text))
            or end_credits.signed_off(line.text)
        )
        if not line.ends and line.text[-1] in ")）" and out and out[-1].kind == "text" and not out[-1].ends:
            # closing credits the column broke: ``…万平方米。（记`` / ``者 曹宝艳）``
            line.ends = end_credits.closes_with_credits(out[-1].text + line.text)
        out.append(line)
        prev_blank = False
    indented = sum(ln.indent for ln in out)
    if indented and 2 * indented > len(out):
        # Every line indented alike (a margin, not paragraph indents): no information.
        for ln in out:
            ln.indent, ln.indent_dw = False, 0
    return out


def is_narrow(lines: list[Line]) -> bool:
    """(A column of 40 CJK characters, the widest ``tests/pipeline/layouts`` sets, has lines
    of 40-50 when a story in it is set wider; a page of whole paragraphs has nearly every
    line ending a sentence, whatever their length.)"""
    texts = [ln for ln in lines if ln.kind == "text"]
    if len(texts) < 8 or not _narrow_lines(texts):
        return False
    # ... and so is its running text alone: on a small page, its headlines (short, open, no
    # punctuation) would outnumber its paragraphs and make a page of whole paragraphs look
    # narrow.
    body = [ln for ln in texts if bodyish(ln)]
    return len(body) < 4 or _narrow_lines(body)


def _narrow_lines(texts: list[Line]) -> bool:
    open_share = sum(not ln.ends for ln in texts) / len(texts)
    return statistics.median(len(ln.text) for ln in texts) <= 60 and open_share >= 0.5


def bodyish(ln: Line) -> bool:
    """Is ``ln`` running text (it has a sentence's punctuation)?"""
    if ln.body is None:
        t = ln.text
        ln.body = ln.ends or "，" in t or "、" in t or "," in t or has_sentence_inside(t)
    return ln.body


# A line longer than any newspaper column (a column of 40 characters sets lines of 40-50 when
# a story in it is set wider) is a whole paragraph set on one line: when it ends a sentence,
# it ends its paragraph, on a narrow page too (measured among other such lines, it looked
# like a full line of a very wide column, and a story's one-line paragraphs ran into one).
WHOLE_LINE_MIN = 60
# Punctuation a typesetter may hang past the column's edge.
_HANGING = "，。、；：！？”’）》」』…,.;:!?)"


def core_width(ln: Line) -> int:
    """``ln.dw`` less the closing punctuation at the line's end."""
    t = ln.text
    core = t.rstrip(_HANGING)
    return ln.dw if len(core) == len(t) else ln.dw - display_width(t[len(core) :])


def measure_widths(lines: list[Line], narrow: bool) -> None:
    """Set each text line's display width and local column width (narrow pages only:
    wide pages never look at widths). The column width at a line is the upper quartile
    of the widths of the six running-text lines before it and the six from it on."""
    if not narrow:
        return
    texts = []  # (line, is running text)
    for ln in lines:
        if ln.kind == "text":
            ln.dw = display_width(ln.text) + ln.indent_dw
            texts.append((ln, bodyish(ln)))
    # (Measured without closing punctuation at the end: a mark hung past the column
    # widens its line by a cell, and a narrow column hangs one on a line in three.)
    body_dw = [ln.dw if ln.text[-1] not in _HANGING else core_width(ln) for ln, is_body in texts if is_body]
    if not body_dw:
        return
    # Most column lines are full; the upper quartile is the column width.
    windows = (sorted(body_dw[max(0, k - 6) : k + 6]) for k in range(len(body_dw) + 1))
    column = [w[(3 * len(w)) // 4] for w in windows]
    # Where the block of the six lines above and that of the six from a line on are set
    # in columns of clearly different widths (a story set narrower than the one above
    # it), a window across the change measures the narrower column's lines against the
    # wider one, so they read as short (paragraph ends, headlines): a line short of the
    # window's width is measured against the narrower column instead.
    one_sided = [_upper_quartile(body_dw[k : k + 6]) for k in range(len(body_dw) + 1)]
    before = 0  # running-text lines before this one
    prev = None  # the text line above
    for ln, is_body in texts:
        ln.width = column[before]
        if before >= 6 and ln.dw < ln.width - 2:
            above, below = one_sided[before - 6], one_sided[before]
            # (In whole characters: a column of running text set by width has lines a
            # half-width quote, digit or letter short of it; its upper quartile may be one.)
            narrower = min(above, below)
            narrower += narrower % 2
            # (Not a line wider than the narrower column: it cannot be set in it; nor one
            # going on with an open line too wide for it.)
            if (
                below
                and core_width(ln) <= narrower + 2
                and (prev is None or prev.ends or core_width(prev) <= narrower + 2)
                and abs(above - below) > max(2, COLUMN_CHANGE * max(above, below))
            ):
                ln.width = min(ln.width, narrower)
        if ln.ends and len(ln.text) > WHOLE_LINE_MIN:
            ln.width = max(ln.width, ln.dw + 4)  # a whole paragraph on its line: it fills no column
        prev = ln
        before += is_body


def _upper_quartile(dws: list[int]) -> int:
    """The upper quartile of at least three widths (else 0)."""
    return sorted(dws)[(3 * len(dws)) // 4] if len(dws) >= 3 else 0


def set_by_width(lines: list[Line]) -> bool:
    """Are the narrow page's columns cut by printed width (half-width digits and letters
    taking half a cell), not by a count of characters? Then its lines that go on mid-
    sentence with two or more half-width characters in them still fill their column
    (within half a cell); cut by count, they fall short by a cell or more."""
    wide = short = 0
    for ln in lines:
        if ln.kind == "text" and ln.width and not ln.ends and 2 * len(ln.text) - ln.dw >= 2:
            if ln.dw >= ln.width - 1:
                wide += 1
            else:
                short += 1
    return wide > 2 * short

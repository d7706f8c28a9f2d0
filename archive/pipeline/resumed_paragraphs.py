"""A paragraph the next column cut into, resumed after the story printed inside it.

Two columns of a narrow page may be read into one text: a paragraph stops mid-sentence
(``…全年实现主营业务收入``), the next column's story is printed whole (its headline, its
``本报讯`` and its closing signature ``（X）``), and the paragraph then resumes with a line no
paragraph opens with: a figure with its unit, or a comma (``156亿元，同比增长…``). The reflow
runs the story's first headline line on into the broken paragraph when that paragraph's last
line is full; the headline line is then the paragraph's last line and shorter than the
column, as a line of running text in the middle of its paragraph never is.

``resume_cut_paragraphs`` joins the resumed text to the broken paragraph, moves the paragraphs
after it (to the next headline) up with it, and sets the interrupting story after them, its
headline line back on its own. Only with every signal (a paragraph ending mid-sentence, a
headline, a story opened by a dateline or byline and closed by a signature, a resuming line):
a paragraph that merely ends without punctuation, or a story without its signature, stays
as printed.
"""

import re
from dataclasses import replace

from .lines import join_fragments
from .reflow import Item

# A line no paragraph opens with: a figure and its unit (214亿元, 11.8%, 36家), or a comma.
_RESUMES = re.compile(r"^(?:\d[\d.,]*\s*(?:%|％|[亿万千百]|[元个家项吨台套件名倍户座亩])|[，、；：,;])")
# The last line of a paragraph is a headline's when it is this much shorter than the column.
_SHORT_LINE = 0.75


def resume_cut_paragraphs(items: list[Item], raw_lines: list[str]) -> list[Item]:
    """``items`` with each paragraph cut by another column's story made whole (above)."""
    i = 0
    while i < len(items):
        found = _interruption(items, i)
        if found is None:
            i += 1
            continue
        story_end, resumed_end = found
        cut = items[i]
        head_line = _headline_tail(cut, raw_lines)
        if head_line is not None:
            line, n = head_line
            cut = replace(cut, text=cut.text[: -len(line)], lines=cut.lines[:-1], widths=cut.widths[:-1])
            cut = replace(cut, columns=cut.columns[: len(cut.widths)])
        resumed = items[story_end + 1]
        joined = replace(
            cut,
            text=join_fragments(cut.text, resumed.text),
            lines=cut.lines + resumed.lines,
            widths=cut.widths + resumed.widths,
            columns=cut.columns + resumed.columns,
            soft=cut.soft + resumed.soft,
            closed=resumed.closed,
            sig=resumed.sig,
        )
        story = items[i + 1 : story_end + 1]
        if head_line is not None:
            story = [Item("cand", line, [n], parts=[line]), *story]
        items = [*items[:i], joined, *items[story_end + 2 : resumed_end], *story, *items[resumed_end:]]
        i += 1
    return items


def _interruption(items, i):
    """``(last item of the interrupting story, end of the resumed text)`` when the paragraph
    ``items[i]`` breaks off for a story and resumes after it, else None."""
    cut = items[i]
    if cut.kind != "para" or cut.closed or cut.sig or not cut.text:
        return None
    k = i + 1
    while k < len(items) and items[k].kind == "cand":
        k += 1
    if k == i + 1 or k >= len(items):
        return None  # (no headline after the broken paragraph)
    if items[k].kind == "byline":
        k += 1
    if (
        k >= len(items)
        or items[k].kind != "para"
        or not (items[k].lead or items[k].opens or items[k - 1].kind == "byline")
    ):
        return None  # (the story opens with its dateline or its byline)
    while k < len(items) and items[k].kind == "para" and not items[k].sig:
        k += 1
    if k + 1 >= len(items) or items[k].kind != "para":
        return None  # (and closes with its signature)
    resumed = items[k + 1]
    if resumed.kind != "para" or resumed.lead or not _RESUMES.match(resumed.text):
        return None
    end = k + 2
    while end < len(items) and items[end].kind == "para" and not items[end].lead and not items[end].opens:
        end += 1
    return k, end


def _headline_tail(cut, raw_lines):
    """The last line of ``cut`` and its number when it is a headline's line run on into the
    paragraph (shorter than the column, the line above it full), else None."""
    if len(cut.lines) < 2 or len(cut.widths) != len(cut.lines) or not cut.columns:
        return None
    n = cut.lines[-1]
    line = raw_lines[n].strip()
    column = cut.columns[-1] if len(cut.columns) == len(cut.widths) else max(cut.columns)
    if not line or not cut.text.endswith(line) or cut.widths[-1] >= _SHORT_LINE * column:
        return None
    if cut.widths[-2] < _SHORT_LINE * column:
        return None
    return line, n

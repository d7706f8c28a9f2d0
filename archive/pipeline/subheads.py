"""Subheads that the layout alone does not show, on a narrow page that starts its
paragraphs flush (``candidates.sets_flush``): cues from the line's neighbours and from its
words, asked of a headline-shaped line after a sentence's end (``candidates``).

- ``first_line_short``: a line a character short of its column after a paragraph's short
  last line is no paragraph's first line (the next line's first character would have
  fitted on it);
- ``opens_overlong_clause``: read as running text, the line would open the sentence
  under it with a run longer than running text has without a punctuation mark;
- ``series`` / ``in_series``: a story's subheads come in a series of one form;
- ``gapped_phrases``: two short phrases set apart by a gap, as a story's subheads are set.
"""

import re

from .classify import Line
from .lines import BULLETS, display_width

# The longest run of running text without a punctuation mark or space that a sentence
# opens with (characters): on the five fixture pages the longest of 423 is 37
# (``为携手共建…新格局,``); a heading read into the sentence under it makes a longer one
# (``opens_overlong_clause``).
CLAUSE_MAX = 40
_CLAUSE_BREAK_RE = re.compile(r"[^\w]")
# Two phrases of a subhead: a comma or a space between them, the first of four characters
# or more (not an opener: ``近日，``, ``2021年以来，``), the second of two or more.
_PHRASES_RE = re.compile(r"^[^，, ]{4,}[，, ](?=[^，, ]{2})")
# Subheads of one series differ in length by at most this many characters (page 003:
# ``以更大力度…，推动科学技术化`` 23, ``以更加开放生态…，厚植第一资源优势`` 22).
SERIES_SLACK = 3


def first_line_short(ln: Line, above: Line | None, nxt: Line | None) -> bool:
    """Is ``ln``, after a paragraph that ends short of its column, a cell or more short of
    its column and of the line of running text under it, which fills it? Then it is no
    paragraph's first line: the next line's first character would have fitted on it.
    (Not a line ending in a half-width character: a space between a number and its unit
    may have hung after it, ``总投资 186 ``.)"""
    return (
        above is not None
        and above.ends
        and above.dw < above.width - 2
        and ln.dw <= ln.width - 2
        and display_width(ln.text[-1]) == 2
        and nxt is not None
        and nxt.kind == "text"
        and not nxt.ends
        and nxt.dw >= ln.dw + 2
        and nxt.dw >= nxt.width - 1
    )


def _clause_run(lines: list[Line], i: int) -> int:
    """Characters from the start of ``lines[i]`` to the first punctuation mark or space,
    over the text lines under it (counted up to ``CLAUSE_MAX + 1``)."""
    run = 0
    for ln in lines[i:]:
        if ln.kind != "text":
            break
        m = _CLAUSE_BREAK_RE.search(ln.text)
        if m:
            return run + m.start()
        run += len(ln.text)
        if run > CLAUSE_MAX:
            break
    return run


def opens_overlong_clause(lines: list[Line], i: int) -> bool:
    """Is ``lines[i]`` (headline-shaped, under a line that ends a sentence) a heading by
    what its words would make of the sentence under it: read as running text, the
    sentence would open with more than ``CLAUSE_MAX`` characters without a punctuation
    mark, and without it, with no more? (Where the column is as wide as a subhead and the
    line above fills it, nothing of the layout tells the subhead from a paragraph's next
    line: ``打造内陆沿边开放高地`` / ``随着我国…`` at ten characters.)"""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        nxt is not None
        and nxt.kind == "text"
        and not _CLAUSE_BREAK_RE.search(lines[i].text)
        and _clause_run(lines, i) > CLAUSE_MAX
        and _clause_run(lines, i + 1) <= CLAUSE_MAX
    )


def _form(text: str) -> tuple[str, str] | None:
    """A two-phrase subhead's form: its first two characters and what parts its phrases."""
    m = _PHRASES_RE.match(text)
    return (text[:2], "，" if text[m.end() - 1] in "，," else " ") if m else None


def series(candidates: list[str]) -> dict[tuple[str, str], list[int]]:
    """{form: the lengths of its candidates} for each form of which two or more different
    candidates are (a series, not one line repeated)."""
    found: dict[tuple[str, str], set[str]] = {}
    for text in candidates:
        if form := _form(text):
            found.setdefault(form, set()).add(text)
    return {form: [len(t) for t in texts] for form, texts in found.items() if len(texts) >= 2}


def in_series(text: str, forms: dict[tuple[str, str], list[int]]) -> bool:
    """Is ``text`` of the form of a series (``series``) and about as long as one of it?
    (``以更大力度…，推动科学技术化`` / ``以更坚决决心…，推动技术产品化``.)"""
    form = _form(text)
    return form is not None and any(abs(len(text) - n) <= SERIES_SLACK for n in forms.get(form, ()))


# A subhead set with a bullet listing parallel phrases: ``■ 强链、补链、延链``.
_BULLETED_PHRASES_RE = re.compile(
    rf"^[{BULLETS}]\s*[^\s，,。；;：:！？!?、]{{2,12}}(?:、[^\s，,。；;：:！？!?、]{{2,12}}){{1,4}}$"
)


def bulleted_phrases(text: str) -> bool:
    """A line set with a bullet whose phrases are parted only by enumeration commas (no
    clause's punctuation): a subhead of parallel phrases, however many commas it has."""
    return _BULLETED_PHRASES_RE.match(text) is not None


# Two short phrases set apart by a gap (a space, a full-width one), nothing else: how a
# story's subhead is set (``数字赋能　留住游客脚步``, ``提高奖补额度 鼓励研发投入``, fixture 003).
_GAPPED_RE = re.compile(r"([^\s，,。；;：:！？!?、]{2,10})[ \u3000]+([^\s，,。；;：:！？!?、]{2,10})")


def gapped_phrases(text: str) -> bool:
    """Is ``text`` two short phrases (ten characters each at most) set apart by a gap?"""
    return _GAPPED_RE.fullmatch(text) is not None

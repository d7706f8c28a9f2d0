"""Markdown an OCR engine writes around a page's text, taken off before the page is read.

The OCR the archive takes pages from marks headlines with ``#`` (``classify`` reads
those); engines of its kind also write a picture as ``![](images/p3.jpg)``, bold as
``**…**``, a table as rows of ``| 指标 | 数值 |`` under a ``| --- | --- |`` rule, a
quotation as ``> …`` and a list item as ``- …``. None of that is the paper's text: left
in, a picture's link became a subhead, a table one heading, and a list ran its items
into one paragraph.

``strip_markup`` rewrites such lines in place, as ``parse._drop_specks`` does with dirt,
and keeps what it took as furniture (``image``, ``rule``, ``markup``), so nothing of the
page is lost. A table's rows become lines of cells apart by wide spaces, each a row of its
own (``broken_tables.table_rows``). Pure functions.
"""

import re

# ![alt](src) alone on a line: a picture the engine cut out of the page.
_IMAGE_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
# A table's rule row (| --- | :---: |) or a horizontal rule (---, ***, ___).
_RULE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$|^(?:[-*_]\s*){3,}$")
# A table row: cells between pipes, two at least.
_ROW_RE = re.compile(r"^\|(.+\|.+)\|$")
# A quotation's or a list item's mark opening a line: > …, - …, * …, + … (a space after).
_OPENING_MARK_RE = re.compile(r"^(>+|[-*+])\s+(?=\S)")
_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
# A number the engine wrote as inline math: $12.3\%$, $1 2 . 3 \%$, $4191.83$ (only digits,
# points, commas, signs and a per cent inside; other math is left as printed).
_MATH_NUMBER_RE = re.compile(r"\$\s*([-+−]?(?:\d\s*)+(?:[.,，]\s*(?:\d\s*)+)*(?:\\?%)?)\s*\$")
# The first character of every line markdown can change, unless it holds **, __ or $.
_OPENERS = frozenset("!|>-*+_")


def _plain_number(m: re.Match) -> str:
    return "".join(m.group(1).split()).replace("\\%", "%")


def strip_markup(raw_lines: list[str], furniture: list[dict]) -> set[int]:
    """Take the markdown off ``raw_lines`` (changed in place); the line numbers of table
    rows are returned. What was taken is added to ``furniture``."""
    tables = set()
    found = []
    for n, line in enumerate(raw_lines):
        if not line:
            continue
        s = line.strip()
        if s[:1] not in _OPENERS and "**" not in s and "__" not in s and "$" not in s:
            continue
        if _IMAGE_RE.match(s):
            found.append((n, "image", s))
            raw_lines[n] = ""
            continue
        if _RULE_RE.match(s):
            found.append((n, "rule", s))
            raw_lines[n] = ""
            continue
        margin = line[: len(line) - len(line.lstrip())]
        taken = []
        row = _ROW_RE.match(s)
        if row:
            cells = [c.strip() for c in row.group(1).split("|")]
            taken.append("|" * (len(cells) + 1))
            s = "  ".join(c for c in cells if c)
            tables.add(n)
        else:
            mark = _OPENING_MARK_RE.match(s)
            if mark:
                taken.append(mark.group(1))
                s = s[mark.end() :]
        if "**" in s or "__" in s:
            marks = [m.group()[:2] * 2 for m in _BOLD_RE.finditer(s)]
            if marks:
                taken += marks
                s = _BOLD_RE.sub(lambda m: m.group(1) or m.group(2), s)
        if "$" in s:
            # $12.3\%$ -> 12.3%: the dollars and a backslash are taken (spaces count for nothing)
            taken += ["$$\\" if "\\" in m.group(1) else "$$" for m in _MATH_NUMBER_RE.finditer(s)]
            s = _MATH_NUMBER_RE.sub(_plain_number, s)
        if taken:
            found.append((n, "markup", " ".join(taken)))
            raw_lines[n] = margin + s
    for n, kind, s in found:
        furniture.append({"line": n, "kind": kind, "text": s})
    if found:
        furniture.sort(key=lambda e: e["line"])
    return tables


def list_item_breaks(furniture: list[dict]) -> list[int]:
    """The line before each list item whose ``- `` (``*``, ``+``) ``strip_markup`` took off: no
    paragraph goes on from it into the item (``…三项举措：`` / ``- **建平台。**…``: each item is
    a paragraph, though the line above announces it with a colon and leaves its sentence open)."""
    return [e["line"] - 1 for e in furniture if e["kind"] == "markup" and e["text"].split()[0] in ("-", "*", "+")]

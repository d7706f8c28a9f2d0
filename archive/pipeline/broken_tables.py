"""A table of figures OCR broke over lines (``reflow.page_lines``): one cell a line, or a
row's last cells wrapped to the next line by a narrow column::

    园区                     园区 营业收入（亿元）
    营业收入（亿元）           增速
    增速                     南宁高新区 1286.5
    西安高新区                9.6%
    12436.5                  …
    13.1%

A run of short lines with no punctuation of running text whose cells, read in order, fall
into rows of the same number of cells (three at least), each a name then numbers only (two
rows at least), every row starting and ending with a line: each row is joined into one line,
a table's row (``Line.table``), with the header row of as many cells without numbers right
above the first. A line opening ``表`` over the header (``表1 …``, ``表　…``) is the table's
title, a line of its own too. Nothing here is a headline, a subhead or a kicker.

A table OCR read whole, one row a line (``长春新区 1056 8.2``), is found by ``table_rows``: its
rows stay lines of their own."""

import re

from .classify import Line

_CELL_MAX = 12  # characters of one cell: a name, a figure, a column's heading
_NUMBER_CELL_RE = re.compile(r"^[-+−]?\d[\d,.]*%?$")
_SENTENCE_MARKS_RE = re.compile(r"[，。；！？,;!?、：:“”]")
_TITLE_RE = re.compile(r"^表\s*\d{0,2}[\s\u3000：:]")


def _cells(ln: Line) -> list[str] | None:
    """The cells of a line that may be a piece of a table's row, or None."""
    if ln.kind != "text" or ln.table or _SENTENCE_MARKS_RE.search(ln.text):
        return None
    cells = ln.text.split()
    return cells if cells and all(len(c) <= _CELL_MAX for c in cells) else None


def _number(cell: str) -> bool:
    return _NUMBER_CELL_RE.match(cell) is not None


def join_broken_rows(lines: list[Line]) -> list[Line]:
    """``lines`` with each broken table's rows joined into one line each (above)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _cells(lines[j]) is not None:
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        out.extend(_table_in_run(lines[i:j], out))
        i = j
    return out


def _table_in_run(run: list[Line], before: list[Line]) -> list[Line]:
    owners = [n for n, ln in enumerate(run) for _ in _cells(ln)]
    cells = [c for ln in run for c in _cells(ln)]
    first = next((n for n, c in enumerate(cells) if _number(c)), None)
    if first is None or first == 0:
        return run
    start = first - 1  # the name of the first row
    best_k, best_rows = 0, 0
    for k in range(3, 7):
        rows = 0
        while _data_row(cells, owners, start + rows * k, k):
            rows += 1
        if rows >= 2 and rows > best_rows:
            best_k, best_rows = k, rows
    if not best_k:
        return run
    k = best_k
    spans = [(start + r * k, start + (r + 1) * k) for r in range(best_rows)]
    head = start - k
    if head >= 0 and _aligned(owners, head, start) and not any(_number(c) for c in cells[head:start]):
        spans.insert(0, (head, start))
    first_line = owners[spans[0][0]]
    title = run[first_line - 1] if first_line else (before[-1] if before else None)
    if title is not None and _TITLE_RE.match(title.text) and title.kind == "text":
        title.table, title.cand = True, False
    joined = set()
    for a, b in spans:
        top = run[owners[a]]
        top.text = " ".join(cells[a:b])
        top.joined = tuple(run[n].no for n in range(owners[a] + 1, owners[b - 1] + 1))
        top.table, top.cand = True, False
        joined.update(range(owners[a] + 1, owners[b - 1] + 1))
    return [ln for n, ln in enumerate(run) if n not in joined]


def _aligned(owners: list[int], a: int, b: int) -> bool:
    """Do cells ``a`` to ``b`` (not included) start and end with lines?"""
    return (a == 0 or owners[a - 1] != owners[a]) and (b >= len(owners) or owners[b] != owners[b - 1])


def _data_row(cells: list[str], owners: list[int], a: int, k: int) -> bool:
    """Are cells ``a`` to ``a + k`` a row of figures: a name, then numbers only?"""
    b = a + k
    if b > len(cells) or not _aligned(owners, a, b):
        return False
    return not _number(cells[a]) and all(_number(c) for c in cells[a + 1 : b])


_CELL_SPLIT_RE = re.compile(r"\s+")


def _row_cells(text: str) -> list[str] | None:
    cells = _CELL_SPLIT_RE.split(text.strip())
    return cells if len(cells) >= 3 and not _SENTENCE_MARKS_RE.search(text) else None


def table_rows(lines: list[Line]) -> list[Line]:
    """The rows of a table OCR read line by line (``长春新区 1056 8.2``: three cells or more
    parted by spaces, two of them numbers, no punctuation of running text; two such lines
    in a row at least), and a header row of as many cells right above them (``园区
    营业收入（亿元） 增速（%）``). Each stays a line of its own: never a headline, never
    joined to a paragraph."""
    numeric = [
        ln.kind == "text"
        and ln.text.count(" ") >= 2  # (most lines of Chinese text have no space: skipped at once)
        and (cells := _row_cells(ln.text)) is not None
        and sum(bool(_NUMBER_CELL_RE.match(c)) for c in cells) >= 2
        for ln in lines
    ]
    rows = []
    for i, ln in enumerate(lines):
        # two rows in a row at least: one line of a paragraph may look like one
        if numeric[i] and ((i and numeric[i - 1]) or (i + 1 < len(lines) and numeric[i + 1])):
            if not (i and numeric[i - 1]) and i and lines[i - 1].kind == "text":
                head = _row_cells(lines[i - 1].text)
                if head and len(head) == len(_row_cells(ln.text)):
                    rows.append(lines[i - 1])
            rows.append(ln)
    return rows

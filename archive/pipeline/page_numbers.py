"""A page number printed alone between two stories in the middle of a page (``7``): where
the OCR joined two printed pages, or read a folio set between the columns. It is page
furniture (kind ``page``, as ``— 1 —`` is in ``parse._drop_specks``), so it becomes neither
the tail of the story above nor the kicker of the headline below it.

Told by its place: a number of one to three digits alone on its line, a blank line on
each side, after a line that ends a sentence (or a caption) and over the next story's
heading (a ``#`` line, or a short line that ends no sentence and opens with no unit a
number would take: ``月``, ``家``, ``%``). A number under an open sentence is that
sentence's tail; numbers that count up from 1 (``1``, ``2``…) over a story's sections are
its section numbers, no page's.
"""

import re

from .bylines import is_caption
from .lines import ends_sentence

_NUMBER_RE = re.compile(r"^\d{1,3}$")
# A heading under the number: at most this many characters.
_HEADING_MAX = 40
# What a number would run on into: a unit or a measure word, a digit, a mark of a figure.
_RUNS_ON_RE = re.compile(r"^[\d年月日号时分秒个家项位名人台套座条万亿千百元%％.．、，,：:;；)）]")


def loose_page_numbers(raw_lines: list[str]) -> list[int]:
    """The line numbers of the page numbers printed alone between two stories (above)."""
    numbers = [n for n, line in enumerate(raw_lines) if len(line) < 8 and _NUMBER_RE.match(line.strip())]
    values = [int(raw_lines[n]) for n in numbers]
    if len(values) >= 2 and values == list(range(1, len(values) + 1)):
        return []  # (1, 2, 3 over a story's sections)
    return [n for n in numbers if _between_stories(raw_lines, n)]


def _between_stories(raw_lines: list[str], n: int) -> bool:
    if not (0 < n < len(raw_lines) - 1) or raw_lines[n - 1].strip() or raw_lines[n + 1].strip():
        return False
    above = next((s for s in (raw_lines[k].strip() for k in range(n - 1, -1, -1)) if s), "")
    below = next((s for s in (raw_lines[k].strip() for k in range(n + 1, len(raw_lines))) if s), "")
    if not above or not below or not (ends_sentence(above) or is_caption(above)):
        return False
    if below.startswith("#"):
        return True
    return len(below) <= _HEADING_MAX and not ends_sentence(below) and not _RUNS_ON_RE.match(below)

"""A WeChat article's section numbers: ``01``, ``02``… each on a line of its own right over
its section's title (no blank line between)::

    01
    算力规模翻一番

The number is the account's typography, as a subhead's bullet is: kept as furniture (kind
``section_number``), so the title under it is the subhead alone, not ``01 算力规模翻一番``.
Told by the series: two numbers or more, counting up from 01, each over a short line that
leaves no sentence open (a lone number elsewhere is a page's, or OCR dirt).
"""

import re

_NUMBER_RE = re.compile(r"^\d{2}$")
_TITLE_MAX = 30


def section_numbers(raw_lines: list[str]) -> list[int]:
    """The line numbers of the section numbers of ``raw_lines`` (above)."""
    found = [n for n, line in enumerate(raw_lines) if len(line) < 8 and _NUMBER_RE.match(line.strip())]
    if len(found) < 2 or [int(raw_lines[n]) for n in found] != list(range(1, len(found) + 1)):
        return []
    for n in found:
        title = raw_lines[n + 1].strip() if n + 1 < len(raw_lines) else ""
        if not title or len(title) > _TITLE_MAX or re.search(r"[，,。；;]", title):
            return []
    return found

"""A subtitle opening with a dash (``——…``) too long for a narrow column goes on over a second
line (大众日报: ``——潍坊高新区推动声学产业由零部件向整机、`` / ``由制造向“制造+服务”升级``).
The dashed line, broken after a clause mark, reads as running text, and the line under it,
short and headline-shaped, as the next story's headline: before, the headline and the
subtitle's first line became a story of their own (held-out probe p21, 06).

A line opening with a dash set tight under a headline candidate, leaving its sentence open,
over a tight headline candidate that starts no paragraph (no indent), is a headline line too:
``reflow`` then reads the two as one subtitle, joined with nothing after a clause mark."""

from .classify import Line
from .lines import SUBTITLE_DASHES


def mark_broken_subtitles(lines: list[Line]) -> None:
    """Mark each dashed subtitle line broken as above as a headline candidate."""
    for i in range(1, len(lines) - 1):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        if ln.cand or ln.kind != "text" or not ln.text.startswith(SUBTITLE_DASHES):
            continue
        if not (ln.tight and not ln.indent and not ln.ends and above.kind == "text" and above.cand):
            continue
        if below.kind == "text" and below.cand and below.tight and not below.indent and not below.ends:
            ln.cand, ln.cont = True, False

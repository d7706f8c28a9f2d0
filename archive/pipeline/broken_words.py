"""A word broken at a line's end with a hyphen (PDF text keeps the hyphen where the column
broke the word: ``bio-`` / ``pharmaceutical``, ``6G-`` / ``R``): the line leaves the word open,
so the next text line goes on with it, however short it is (set with Latin letters, it is
narrower than the Chinese lines around it) - never a headline candidate, nor the short last
line that closes a paragraph. ``lines.join_fragments`` joins the two (without the hyphen
when both sides are lower case)."""

import re

from .lines import HYPHENS

# A hyphen at a line's end after a Latin letter or a digit (not a dash: ``——``).
_OPEN_WORD_RE = re.compile(rf"[A-Za-z0-9][{HYPHENS}]$")


def continue_broken_words(lines) -> None:
    """Mark the text line after each line ending in a broken word as its continuation."""
    for above, ln in zip(lines, lines[1:], strict=False):
        if above.kind == "text" and ln.kind == "text" and _OPEN_WORD_RE.search(above.text.rstrip()):
            ln.cand, ln.cont = False, True

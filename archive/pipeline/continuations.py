"""A story continued from another page in the middle of this one (``parse``): papers print
its headline again, then ``（上接第1版）``, then the text going on mid-word. The text under
the mark goes on from the other page, never from the line above it (``continuation_marks``
are breaks for ``reflow``, as 下转 marks are), and a line shaped like a headline right
above the mark, under a finished paragraph, is the repeated headline (``repeated_headlines``;
``assemble`` starts the continued article with it)."""

import re

from .lines import ends_sentence
from .reflow import Item

# Marks of running text a headline does not hold (a sentence's end, a semicolon), or a
# clause's mark at the line's end (the line goes on).
_RUNNING_RE = re.compile(r"[。！？；;!?]|[，,、；;：:（(“—-]$")
_HEADLINE_MAX = 40


def continuation_marks(furniture) -> list[int]:
    """The lines of the page's 上接 marks, in order."""
    return sorted(e["line"] for e in furniture if e["kind"] == "jump_in")


def repeated_headlines(items: list[Item], furniture) -> list[Item]:
    """Items where a paragraph of one or two lines right above a 上接 mark, shaped like a
    headline (no mark of running text, not longer than a headline), under a finished
    paragraph, a heading or a byline (or at the page's top), is a headline candidate."""
    for mark in continuation_marks(furniture):
        k = max((n for n, it in enumerate(items) if it.lines and max(it.lines) < mark), default=None)
        if k is None:
            continue
        it = items[k]
        if it.kind != "para" or len(it.lines) > 2 or it.opens or not _headline_shaped(it.text):
            continue
        above = items[k - 1] if k else None
        if above is not None and above.kind == "para" and not ends_sentence(above.text):
            continue  # (the line is the tail of the paragraph above)
        items[k] = Item("cand", it.text, it.lines)
    return items


def _headline_shaped(text: str) -> bool:
    return 0 < len(text) <= _HEADLINE_MAX and not ends_sentence(text) and _RUNNING_RE.search(text) is None

"""A photographer credited with a slash before 摄 (``孟凡青／摄``, a securities paper's habit;
``图／X`` is a picture's source, ``bylines``). The slash is the paper's typography: the
credit reads as ``孟凡青摄`` does. A caption so credited may print no full stop: the credit
set after white space ends it (``…生产车间　孟凡青／摄``); a sentence of running text never
ends in one, so such a line is a caption wherever it stands (it was glued in front of the
next story's headline)."""

import re

# The slash before 摄 or 摄影, and the white space around it.
_SLASH_RE = re.compile(r"\s*[/／]\s*(?=摄影?$)")
# A caption's words, white space, then the slashed credit (a role and a name or two).
SLASHED_CAPTION_RE = re.compile(r"^\S.{3,}?\s+((?:本报|[\u4e00-\u9fff]{2,6}报)?(?:记者)?\s*\S{2,9}?\s*[/／]\s*摄影?)$")


def without_slash(s: str) -> str:
    """``孟凡青／摄`` -> ``孟凡青摄``; any other text as it is."""
    return _SLASH_RE.sub("", s) if ("/" in s or "／" in s) else s

"""Bylines that say after a slash where the story was filed from, as Taiwan's papers print
them (``記者X／台北報導``, read in the simplified copy as ``记者X／台北报导``): in square or
tortoise-shell brackets opening the first paragraph (``【記者X／台北報導】…``,
``〔記者X／台北報導〕…``: a byline run into the text), or on a line of its own under the
headline (``記者X／綜合報導``). X is a reporter; the place (or 综合, a round-up) names no one."""

import re

from .names import NAME, PERSON_ROLE_WORDS
from .types import Credit

_HAN = "\u3400-\u9fff"
_ROLE = "(?:" + "|".join(PERSON_ROLE_WORDS) + ")"
# 记者林家瑜／台北报导, 记者王明、李华／综合报导 (报导 is Taiwan's 报道)
_FILED = rf"{_ROLE}\s*({NAME}(?:[、\s]+{NAME})*)\s*[/／]\s*[{_HAN}]{{2,6}}?报[导道]"
FILED_OPENING = rf"[【〔［\[]\s*{_FILED}\s*[】〕］\]]"
_FILED_OPENING_RE = re.compile(FILED_OPENING)
# The same closing a credits line: ``记者X／综合报导`` (what ``credit_text`` takes off).
FILED_FROM_RE = re.compile(rf"(?<=[{_HAN}])\s*[/／]\s*[{_HAN}]{{2,6}}?报[导道]$")


def filed_opening(text: str) -> tuple[int, list[Credit]] | None:
    """(end, the reporters) of a bracketed ``记者X／Y报导`` opening ``text``, or None."""
    m = _FILED_OPENING_RE.match(text)
    if m is None:
        return None
    return m.end(), [Credit(name, "staff") for name in re.split(r"[、\s]+", m.group(1)) if name]

"""A byline printed over its story's headline, as narrow columns set it (``reflow.page_lines``)::

    ▶ 本报记者 杜若
    昆明高新区生物医药产业规模再创新高
    记者从昆明高新区获悉，今年前三季度，…

Under a byline that opens a story (the page's first line of text, or after a line that ends
a sentence: no headline is over it), a line with no punctuation of running text, over a line
that begins like a news story (``leads.news_lead``: 近日, a date, 记者从…), is the story's
headline, not the first line of its text: a candidate, whatever its width."""

import re

from . import leads
from .classify import Line

_RUNNING_TEXT_RE = re.compile(r"[，。；！？,;!?、]")


def mark_headlines_under_bylines(lines: list[Line]) -> None:
    for n in range(len(lines) - 2):
        byline, ln, nxt = lines[n], lines[n + 1], lines[n + 2]
        if byline.kind != "byline" or ln.kind != "text" or ln.cand or ln.table or nxt.kind != "text":
            continue
        above = lines[n - 1] if n else None
        if above is not None and not (above.kind in ("text", "byline") and above.ends and not above.cand):
            continue
        if _RUNNING_TEXT_RE.search(ln.text) or ln.ends or len(ln.text) < 6:
            continue
        if leads.news_lead(nxt.text):
            ln.cand = True

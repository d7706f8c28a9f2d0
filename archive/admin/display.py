"""HTML the admin shows next to forms: the raw page with an article's text marked.

Everything here is escaped first; the only markup added is our own (<mark>, <pre>, <li>)
around already-escaped text, built with ``format_html``/``format_html_join``.
"""

import re

from django.utils.html import format_html, format_html_join

from archive.models import SUBHEAD_PREFIX

WHITESPACE = re.compile(r"\s+")
# Layout markers the importer drops from headlines and bylines (markdown #, ▶, ◎ ...).
LEADING_MARKERS = "#▶◎■●◆★☆▲△▼▽►→·•"
# A raw line this short could occur anywhere; it is only marked next to a marked line.
MIN_STANDALONE = 6


def _normalize(text):
    return WHITESPACE.sub("", text or "")


def _line_key(line):
    return _normalize(line).lstrip(LEADING_MARKERS)


def _segments_match(line, haystack):
    """A line like "本报讯 今年以来……" holds a byline and a paragraph start: match piece by piece."""
    segments = [_line_key(s) for s in line.split()]
    segments = [s for s in segments if s]
    return (
        len(segments) > 1 and max(len(s) for s in segments) >= MIN_STANDALONE and all(s in haystack for s in segments)
    )


def article_match_text(article):
    """The article's printed text, whitespace removed, for finding its raw lines."""
    body = "\n".join(b["text"] for b in article.blocks)
    parts = [article.column, article.kicker, article.headline, article.subtitle, article.byline, body, article.captions]
    return _normalize("\n".join(p for p in parts if p)).replace(SUBHEAD_PREFIX.strip(), "")


def marked_lines(raw_text, article):
    """Indexes of the raw page's lines that belong to ``article``.

    Exact when the importer recorded them and no editor has re-cut the article since.
    Otherwise: the importer joins column-broken lines into paragraphs, so a raw line belongs to the
    article when its text (whitespace and layout markers removed) occurs in the article's
    text, or, for a line the importer cut at a space (a byline before the first sentence,
    a name signed after the last), when each of its pieces does. Short lines (a few characters) are too common to decide alone: they count only
    when a neighbouring non-blank line matched.
    """
    if article.source_lines and not article.editor_touched:
        return set(article.source_lines)  # exact: recorded by the importer
    haystack = article_match_text(article)
    lines = (raw_text or "").splitlines()
    keys = [_line_key(line) for line in lines]
    strong = {
        i
        for i, key in enumerate(keys)
        if len(key) >= MIN_STANDALONE and (key in haystack or _segments_match(lines[i], haystack))
    }
    weak = {i for i, key in enumerate(keys) if 0 < len(key) < MIN_STANDALONE and key in haystack}
    nonblank = [i for i, key in enumerate(keys) if key]
    marked = set(strong)
    for pos, i in enumerate(nonblank):
        if i in weak:
            neighbours = nonblank[max(pos - 1, 0) : pos + 2]
            if any(n in strong for n in neighbours if n != i):
                marked.add(i)
    return marked


def raw_page_html(raw_text, article=None):
    """The raw page in a <pre>, this article's lines wrapped in <mark>; all text escaped."""
    lines = (raw_text or "").splitlines()
    marked = marked_lines(raw_text, article) if article is not None else set()
    rows = (
        (format_html('<mark id="m{}">{}</mark>', i, line) if i in marked else format_html("{}", line),)
        for i, line in enumerate(lines)
    )
    return format_html(
        '<pre class="raw-page">{}</pre>',
        format_html_join("\n", "{}", rows),
    )


def html_list(items):
    """An escaped <ul> of strings (or a dash when empty)."""
    items = list(items)
    if not items:
        return "—"
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((item,) for item in items)))

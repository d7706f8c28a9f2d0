"""The query language, shared by the search page, the JSON API and the feed.

    张江 瞪羚企业          both words (AND)
    "拿地即开工" “营商环境”  a phrase: these words next to each other
    张江 OR 中关村         either
    -包头                  not this word
    京 / 4191.83 / SMC     any substring: single characters, numbers, Latin words

User text is parsed here into a small structure (``ParsedQuery``) and never handed to a
search engine's own query parser, so no input can raise a syntax error. The structure is
compiled into engine queries by the backend (``search.backends``); snippets are cut and
marked here, from the database text, with the same normaliser as the index.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.models import Article, Park, Reporter
from search import analysis

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_TERM_CHARS = 40
PER_PAGE = 20
MAX_PAGE = 500
SORTS = ("relevance", "newest", "oldest")

_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』", "＂": "＂"}
_TOKEN = re.compile(r'(?P<quote>["“”「『＂])|(?P<space>\s+)|(?P<word>[^\s"“”「『＂]+)')
# Characters that only mean something to a query parser; they separate words here.
_SYNTAX = re.compile(r"[()\[\]{}:^~*?\\/+!&|<>=]+")


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False


@dataclass
class ParsedQuery:
    """AND over ``groups``; each group is an OR of terms; minus every ``excluded`` term."""

    groups: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.groups and not self.excluded

    def positive_terms(self):
        return [t for g in self.groups for t in g]


@dataclass
class Filters:
    parks: list = field(default_factory=list)
    provinces: list = field(default_factory=list)
    reporters: list = field(default_factory=list)
    years: list = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None

    @property
    def is_empty(self):
        return not (self.parks or self.provinces or self.reporters or self.years or self.date_from or self.date_to)


def _clean(text):
    text = "".join(c if c.isprintable() or c in "\t\n" else " " for c in text or "")
    return text.strip()


def _lex(text):
    """``[(kind, text)]`` with kind "phrase", "word"; "OR" and "-" marks kept as words."""
    out = []
    i = 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m.group("quote"):
            close = _QUOTES.get(m.group("quote"), '"')
            j = i + 1
            end = min((k for k in (text.find(close, j), text.find('"', j)) if k != -1), default=-1)
            if end == -1:  # unbalanced: the rest is the phrase
                end = len(text)
            out.append(("phrase", text[j:end]))
            i = end + 1
        elif m.group("space"):
            i = m.end()
        else:
            out.append(("word", m.group("word")))
            i = m.end()
    return out


# Where a quoted phrase is cut into parts that must each occur: punctuation (but not the
# dot inside 4191.83). The character index keeps no adjacency across punctuation (no bigram
# spans 近日,家住), so "近日,家住益阳" means "近日" AND "家住益阳", as a reader intends.
_PHRASE_BREAK = re.compile(
    r"\s*(?:[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u206f,;:!?'\"()<>]"
    r"|[()\[\]{}/\\|~-]|(?<!\d)\.|\.(?!\d))+\s*"
)


def _phrase_parts(phrase):
    parts = [p.strip() for p in _PHRASE_BREAK.split(phrase)]
    return [p for p in parts if p]


def parse(text):
    """Parse any string into a ``ParsedQuery``; never raises."""
    parsed = ParsedQuery()
    text = _clean(text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        parsed.notes.append(f"查询过长，只使用了前 {MAX_QUERY_CHARS} 个字符。")
    pending_or = False
    for kind, raw in _lex(text):
        negate = False
        if kind == "word":
            if raw in ("OR", "|", "或"):
                pending_or = bool(parsed.groups)
                continue
            if raw in ("AND", "&", "+"):
                continue
            if raw.startswith("-") and len(raw) > 1:
                negate, raw = True, raw.lstrip("-")
            pieces = [p for p in _SYNTAX.sub(" ", raw).split() if p.strip("-")]
            terms = [Term(p.strip("-")[:MAX_TERM_CHARS]) for p in pieces]
        else:
            parts = (" ".join(_SYNTAX.sub(" ", part).split()) for part in _phrase_parts(raw[: MAX_TERM_CHARS * 2]))
            terms = [Term(part[:MAX_TERM_CHARS], phrase=True) for part in parts if part]
        terms = [t for t in terms if analysis.query_units(t.text) or analysis.query_words(t.text)]
        if not terms:
            continue
        if len(parsed.groups) + len(parsed.excluded) >= MAX_TERMS:
            parsed.notes.append(f"查询词过多，只使用了前 {MAX_TERMS} 个。")
            break
        if negate:
            parsed.excluded.extend(terms)
        elif pending_or:
            parsed.groups[-1].append(terms[0])
            parsed.groups.extend([t] for t in terms[1:])
        else:
            parsed.groups.extend([t] for t in terms)
        pending_or = False
    return parsed


# --- running a search ------------------------------------------------------------------------


@dataclass
class SearchResults:
    query: ParsedQuery
    filters: Filters
    sort: str
    page: int
    count: int
    articles: list
    facets: dict
    per_page: int = PER_PAGE

    @property
    def num_pages(self):
        return max(1, math.ceil(self.count / self.per_page))


def _backend():
    from search.indexing import backend

    return backend()


def search(q="", filters=None, sort="relevance", page=1, per_page=PER_PAGE, facets=True):
    """Run a search; ``articles`` are published ``Article`` objects with ``snippet`` set."""
    parsed = q if isinstance(q, ParsedQuery) else parse(q)
    filters = filters or Filters()
    sort = sort if sort in SORTS else "relevance"
    page = max(1, min(int(page or 1), MAX_PAGE))
    if parsed.is_empty and filters.is_empty:
        return SearchResults(parsed, filters, sort, page, 0, [], {}, per_page)
    if parsed.is_empty and sort == "relevance":
        sort = "newest"
    from search.indexing import refresh_dictionary

    refresh_dictionary(max_age=300)
    be = _backend()
    compiled = be.compile(parsed, filters)
    found = be.run(compiled, sort=sort, offset=(page - 1) * per_page, limit=per_page, facets=facets)
    articles = _load_articles(found["ids"])
    for article in articles:
        article.snippet = snippet(article, parsed)
        article.title_html = highlight(article.headline, parsed)
    return SearchResults(
        parsed, filters, sort, page, found["count"], articles, _label_facets(found["facets"]), per_page
    )


def _load_articles(ids):
    by_id = Article.objects.published().with_public_relations().in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


def _label_facets(raw):
    """``{"park": [{"value", "label", "count"}], ...}`` with names for slugs."""
    parks = dict(Park.objects.filter(slug__in=[v for v, _ in raw.get("park_slugs", [])]).values_list("slug", "name"))
    parks_short = dict(
        Park.objects.filter(slug__in=list(parks)).exclude(short_name="").values_list("slug", "short_name")
    )
    reporters = dict(
        Reporter.objects.filter(slug__in=[v for v, _ in raw.get("reporter_slugs", [])]).values_list("slug", "name")
    )
    out = {}
    for key, fieldname, labels in (
        ("park", "park_slugs", {**parks, **parks_short}),
        ("province", "provinces", {}),
        ("reporter", "reporter_slugs", reporters),
        ("year", "year", {}),
    ):
        out[key] = [{"value": v, "label": labels.get(v, v), "count": n} for v, n in raw.get(fieldname, [])]
    out["year"].sort(key=lambda f: f["value"], reverse=True)
    return out


def _run_filters(filters, **options):
    """The engine's answer for every indexed (published) article matching ``filters``;
    raises if the backend isn't the archive's engine (callers fall back to SQL)."""
    be = _backend()
    if not hasattr(be, "run"):
        raise NotImplementedError("needs the archive's search engine")
    return be.run(be.compile(ParsedQuery(), filters), **options)


def facet_counts(filters, limit=1000):
    """``(count, {field: [(value, n)]})`` - the counts a park or reporter page shows beside
    its list, in a few milliseconds where SQL needs tens."""
    found = _run_filters(filters, limit=0, facets=True, facet_limit=limit)
    return found["count"], found["facets"]


def listing(filters, offset, limit, sort="newest"):
    """``(count, ids)``: one page of the articles matching ``filters``, newest first with
    ties by id - the order of ``Article.objects.newest_first()``."""
    found = _run_filters(filters, sort=sort, offset=offset, limit=limit, facets=False)
    return found["count"], found["ids"]


def matching_ids(q, filters=None, sort="relevance", offset=0, limit=PER_PAGE):
    """``(count, ids)``: ``limit`` ids of the articles matching ``q`` and ``filters`` from
    ``offset``, in the search page's order, without loading articles, snippets or facets
    (for exports, which page through a whole result set)."""
    parsed = q if isinstance(q, ParsedQuery) else parse(q)
    filters = filters or Filters()
    sort = sort if sort in SORTS else "relevance"
    if parsed.is_empty and filters.is_empty:
        return 0, []
    if parsed.is_empty and sort == "relevance":
        sort = "newest"
    from search.indexing import refresh_dictionary

    refresh_dictionary(max_age=300)
    be = _backend()
    found = be.run(be.compile(parsed, filters), sort=sort, offset=offset, limit=limit, facets=False)
    return found["count"], list(found["ids"])


RELATED_TTL = 10 * 60


def more_like_this(article, limit=5):
    """Published articles most like ``article``, best first (for the article page)."""
    from django.core.cache import cache

    # Kept a while per article and version: related lists drift only as the archive grows,
    # and an article that is no longer published drops out when the list is loaded.
    key = f"search:related:{article.pk}:{article.updated.timestamp() if article.updated else 0}:{limit}"
    ids = cache.get(key)
    if ids is None:
        be = _backend()
        try:
            terms = be.key_terms("text", article.headline + "\n" + "\n".join(article.paragraphs[:6]))
            parks = [t.park.slug for t in article.park_tags.all()]
            ids = be.more_like(terms, parks, exclude=article.pk, limit=limit)
        except Exception:  # related articles are a nicety: never break the article page
            import logging

            logging.getLogger(__name__).exception("more_like_this failed for article %s", article.pk)
            return []
        cache.set(key, ids, RELATED_TTL)
    return _load_articles(ids)


# --- snippets and highlighting ----------------------------------------------------------------

SNIPPET_CHARS = 120


def _patterns(parsed):
    """Regexes over *normalised* text for every positive term (units may be split by spaces)."""
    patterns = []
    for term in parsed.positive_terms():
        units = analysis.query_units(term.text)
        if units:
            patterns.append(re.compile(r"[\s.]*".join(re.escape(u) for u in units)))
    return patterns


def _spans(text, parsed):
    norm = analysis.normalize(text)
    spans = []
    for n, pattern in enumerate(_patterns(parsed)):
        spans.extend((m.start(), m.end(), n) for m in pattern.finditer(norm) if m.end() > m.start())
    spans.sort()
    merged = []
    for start, end, n in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, n))
    return merged


def _mark(text, spans, start=0, end=None):
    end = len(text) if end is None else end
    out = []
    pos = start
    for s, e, _n in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def highlight(text, parsed):
    """``text`` escaped, with every match of the query marked."""
    return mark_safe(_mark(text, _spans(text, parsed)))


def snippet(article, parsed, size=SNIPPET_CHARS):
    """The window of the article text with the most distinct query terms, marked, HTML-safe."""
    parts = [article.kicker, article.subtitle, *article.paragraphs, *article.caption_list]
    text = "\n".join(p for p in parts if p)
    spans = _spans(text, parsed)
    if not spans:
        body = text[:size]
        return mark_safe(escape(body) + ("…" if len(text) > size else ""))
    best, best_score = 0, -1
    for i, (s, _e, _n) in enumerate(spans):
        window = [sp for sp in spans[i:] if sp[0] < s + size]
        score = len({n for *_r, n in window}) * 1000 + len(window)
        if score > best_score:
            best, best_score = s, score
    start = max(0, best - size // 4)
    newline = text.rfind("\n", start, best)
    if newline != -1:
        start = newline + 1
    end = min(len(text), start + size)
    html = _mark(text, spans, start, end).replace("\n", " ")
    return mark_safe(("…" if start > 0 else "") + html + ("…" if end < len(text) else ""))

"""The search API: what the search page, the JSON API, the feed, related articles and the
park and reporter pages ask of search (with ``search.indexing``, all the rest of the site
uses of it).

A search is parsed (``search.language``), run by the configured backend through the
``SearchBackend`` interface only (``search.backends.get_backend()``), and its page of
articles loaded from the database with snippets cut and marked here, from the database
text, with the same normaliser as the index.
"""

import functools
import logging
import math
import re
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.models import Article, Company, Newspaper, Park, Reporter
from search import analysis, names, related
from search.backends import get_backend, results
from search.backends.base import FACETS, SORTS, Filters, IndexOutdated
from search.language import ParsedQuery, Term, parse

__all__ = [
    "FACETS",
    "Filters",
    "IndexOutdated",
    "ParsedQuery",
    "SORTS",
    "SearchResults",
    "Term",
    "facet_counts",
    "highlight",
    "index_size",
    "listing",
    "matching_ids",
    "more_like_this",
    "no_results_help",
    "parse",
    "search",
    "snippet",
    "warm",
]

log = logging.getLogger(__name__)

PER_PAGE = 20
MAX_PAGE = 500


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


def _search_args(q, filters, sort):
    """The parsed query with names and pinyin expanded (``search.names.expand``)."""
    parsed = names.expand(q if isinstance(q, ParsedQuery) else parse(q))
    return parsed, filters or Filters(), sort if sort in SORTS else "relevance"


def _find(parsed, filters, sort, **options):
    """``(sort, Found)``: the backend's answer; a search without words is newest first."""
    if parsed.is_empty and sort == "relevance":
        sort = "newest"
    analysis.refresh_dictionary(max_age=300)
    return sort, results.search(get_backend(), parsed, filters, sort=sort, **options)


def search(q="", filters=None, sort="relevance", page=1, per_page=PER_PAGE, facets=True):
    """Run a search; ``articles`` are published ``Article`` objects with ``snippet`` set."""
    parsed, filters, sort = _search_args(q, filters, sort)
    page = max(1, min(int(page or 1), MAX_PAGE))
    if parsed.is_empty and filters.is_empty:
        return SearchResults(parsed, filters, sort, page, 0, [], {}, per_page)
    sort, found = _find(parsed, filters, sort, offset=(page - 1) * per_page, limit=per_page, facets=facets)
    articles = _load_articles(found.ids)
    for article in articles:
        article.snippet = snippet(article, parsed)
        article.title_html = highlight(article.headline, parsed)
    return SearchResults(parsed, filters, sort, page, found.count, articles, _label_facets(found.facets), per_page)


# The query gunicorn's master runs once before it forks (``warm``): two words of the
# archive's own vocabulary and a single character, so that the word fields, the character
# field and a single character's prefix are all read once. Fixed, and no reader's query.
WARM_QUERY = "园区 建设 园"


def warm():
    """Run the query path once in this process - gunicorn's master, before it forks
    (``gunicorn.conf.py``) - so that no worker's first search pays for a first use that is
    the process's, not the query's: the park and reporter names in the segmenter, the name
    table, the engine's code paths and the tables it reads once (``SearchBackend.warm``:
    field lengths, dates, facet values), a page of articles loaded and marked, facets
    labelled. It runs past the shared results cache (``search.backends.results``): nothing
    is read from it or filed in it, so no reader's answer is prepared ahead."""
    analysis.refresh_dictionary()
    parsed, filters, sort = _search_args(WARM_QUERY, None, "relevance")
    backend = get_backend()
    found = backend.run(backend.compile(parsed, filters), sort=sort, limit=PER_PAGE)
    for article in _load_articles(found.ids):
        snippet(article, parsed)
        highlight(article.headline, parsed)
    _label_facets(found.facets)
    backend.warm()


def _load_articles(ids):
    # Not the source page (``select_related(None)``): its raw text is ~20 KB, never shown here.
    by_id = Article.objects.published().with_public_relations().select_related(None).in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


def _park_labels(slugs):
    """A park's short name where it has one, else its name."""
    rows = Park.objects.filter(slug__in=slugs).values_list("slug", "short_name", "name")
    return {slug: short_name or name for slug, short_name, name in rows}  # as Park.__str__


def _reporter_labels(slugs):
    return dict(Reporter.objects.filter(slug__in=slugs).values_list("slug", "name"))


def _newspaper_labels(slugs):
    return dict(Newspaper.objects.filter(slug__in=slugs).values_list("slug", "name"))


def _company_labels(slugs):
    return dict(Company.objects.filter(slug__in=slugs).values_list("slug", "name"))


# Facets whose values are slugs, shown by name; other values are shown as they are.
VALUE_LABELS = {
    "park": _park_labels,
    "reporter": _reporter_labels,
    "newspaper": _newspaper_labels,
    "company": _company_labels,
}


def _label_facets(raw):
    """``{"park": [{"value", "label", "count"}], ...}`` with names for slugs."""
    out = {}
    for facet in FACETS:
        pairs = raw.get(facet.key, [])
        label_values = VALUE_LABELS.get(facet.key)
        labels = label_values([v for v, _ in pairs]) if label_values else {}
        out[facet.key] = [{"value": v, "label": labels.get(v, v), "count": n} for v, n in pairs]
    out["year"].sort(key=lambda f: f["value"], reverse=True)
    return out


def index_size():
    """The number of articles in the search index."""
    return get_backend().doc_count()


def facet_counts(filters, limit=1000):
    """``(count, {facet key: [(value, n)]})`` - the counts a park or reporter page shows
    beside its list, in a few milliseconds where SQL needs tens."""
    found = results.search(get_backend(), ParsedQuery(), filters, limit=0, facets=True, facet_limit=limit)
    return found.count, found.facets


def listing(filters, offset, limit, sort="newest"):
    """``(count, ids)``: one page of the articles matching ``filters``, newest first with
    ties by id - the order of ``Article.objects.newest_first()``."""
    found = results.search(get_backend(), ParsedQuery(), filters, sort=sort, offset=offset, limit=limit, facets=False)
    return found.count, found.ids


def matching_ids(q, filters=None, sort="relevance", offset=0, limit=PER_PAGE):
    """``(count, ids)``: ``limit`` ids of the articles matching ``q`` and ``filters`` from
    ``offset``, in the search page's order, without loading articles, snippets or facets
    (for exports, which page through a whole result set)."""
    parsed, filters, sort = _search_args(q, filters, sort)
    if parsed.is_empty and filters.is_empty:
        return 0, []
    _sort, found = _find(parsed, filters, sort, offset=offset, limit=limit, facets=False)
    return found.count, list(found.ids)


@dataclass
class NoResultsHelp:
    """What a search that found nothing offers: names close to what was typed, and the
    query without its rarest group of words (with how many articles that finds)."""

    names: list
    shorter: str = ""
    shorter_count: int = 0
    left_out: str = ""


def no_results_help(q, filters=None):
    """``NoResultsHelp`` for a query that found nothing (a search per group of words)."""
    parsed = parse(q) if not isinstance(q, ParsedQuery) else q
    filters = filters or Filters()
    offer = NoResultsHelp(names=names.closest([t.text for t in parsed.positive_terms()]))
    if len(parsed.groups) < 2:
        return offer
    backend = get_backend()

    def count(groups):
        expanded = names.expand(ParsedQuery(groups=groups, excluded=parsed.excluded))
        return results.search(backend, expanded, filters, limit=0, facets=False).count

    counts = [count([group]) for group in parsed.groups]
    rarest = min(range(len(counts)), key=counts.__getitem__)
    rest = ParsedQuery(groups=[g for i, g in enumerate(parsed.groups) if i != rarest], excluded=parsed.excluded)
    found = count(rest.groups)
    if found:
        left_out = ParsedQuery(groups=[parsed.groups[rarest]]).text()
        offer.shorter, offer.shorter_count, offer.left_out = rest.text(), found, left_out
    return offer


RELATED_TTL = 10 * 60
# What a related article's link shows (its headline and date), and whether it is public.
RELATED_FIELDS = ["headline", "status", "published_on", "date_precision", "date_estimated"]


def more_like_this(article, limit=5):
    """Published articles most like ``article``, best first (for the article page): its
    kept list (``search.related``) when there is a current one, else from the index."""
    ids = related.kept(article)
    if ids is None:
        # Kept a while per article and version: related lists drift only as the archive
        # grows, and an article that is no longer published drops out when it is loaded.
        key = f"search:related:{article.pk}:{article.updated.timestamp() if article.updated else 0}:{limit}"
        ids = cache.get(key)
        if ids is None:
            try:
                ids = related.compute(article, limit)
            except Exception:  # related articles are a nicety: never break the article page
                log.exception("more_like_this failed for article %s", article.pk)
                return []
            cache.set(key, ids, RELATED_TTL)
    by_id = Article.objects.published().only(*RELATED_FIELDS).in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id][:limit]


# --- snippets and highlighting ----------------------------------------------------------------

SNIPPET_CHARS = 120


def _patterns(parsed):
    """Regexes over *normalised* text for every positive term (units may be split by spaces)."""
    return _term_patterns(tuple(term.text for term in parsed.positive_terms()))


@functools.lru_cache(maxsize=256)
def _term_patterns(texts):
    """``_patterns`` of the terms ``texts``: made once for a page of results, not twice an article."""
    patterns = []
    for text in texts:
        units = analysis.query_units(text)
        if units:
            patterns.append(re.compile(r"[\s.]*".join(_unit_pattern(u) for u in units)))
    return tuple(patterns)


def _unit_pattern(unit):
    """A unit as the text may write it: a long number with or without thousands
    separators (4000 marks 4,000 too, as the index finds it)."""
    if not (unit.isdigit() and len(unit) > 3):
        return re.escape(unit)
    head = len(unit) % 3 or 3
    return ",?".join([unit[:head], *(unit[i : i + 3] for i in range(head, len(unit), 3))])


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

"""An article's row in the search table: ``tsvector`` values built from ``search.analysis``.

PostgreSQL's own parsers can't segment Chinese, so the text is analysed here with exactly
the code the Whoosh engine uses (rjieba words with their dictionary sub-words at the same
position; character bigrams/unigrams of ``analysis.unit_positions``) and written as
``tsvector`` literals: ``'张江':3A,17 '创新':5``. Cast with ``::tsvector`` they are taken
as they are - no stemming, no stop words, as the ``simple`` configuration would - and the
positions are ours, so phrases (``<->``) match exactly where ``analysis`` says the units
are adjacent.

``words``: headline words weighted ``A`` (positions first), then the text's words (``D``);
``chars``: the character terms of the headline and the text, as the embedded index has
them. PostgreSQL keeps positions up to 16,383 and 256 positions of a lexeme: beyond that
(articles over ~16,000 characters) a phrase is matched against the clamped positions.
"""

from search import analysis

MAX_POSITION = 16383
MAX_POSITIONS_PER_TERM = 256
# A lexeme may be at most 2,046 bytes; nothing a reader types is that long.
MAX_TERM_BYTES = 1000

FACET_COLUMNS = ("park_slugs", "provinces", "reporter_slugs", "years", "newspaper_slugs", "company_slugs")
# The index document's field for each facet column (search.search_indexes.ArticleIndex).
FACET_FIELDS = {
    "park_slugs": "park_slugs",
    "provinces": "provinces",
    "reporter_slugs": "reporter_slugs",
    "years": "year",
    "newspaper_slugs": "newspaper_slugs",
    "company_slugs": "company_slugs",
}


def quote(term):
    """``term`` as a quoted lexeme of a ``tsvector`` or ``tsquery`` literal."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _add(out, poses, offset, weight):
    for term, plist in poses.items():
        if len(term.encode("utf-8")) > MAX_TERM_BYTES:
            continue
        out.setdefault(term, set()).update((min(p + 1 + offset, MAX_POSITION), weight) for p in plist)


def _literal(terms):
    parts = []
    for term, entries in terms.items():
        best = {}
        for pos, weight in entries:  # a position keeps its highest weight
            if best.get(pos, "D") != "A":
                best[pos] = weight
        kept = sorted(best)[:MAX_POSITIONS_PER_TERM]
        parts.append(quote(term) + ":" + ",".join(f"{p}{best[p] if best[p] != 'D' else ''}" for p in kept))
    return " ".join(parts)


def words_vector(headline, text):
    """The ``words`` literal: headline words at weight ``A``, then the text's words."""
    terms = {}
    head = analysis.word_positions(analysis.normalize(headline or ""))
    _add(terms, head, 0, "A")
    after = max((max(p) for p in head.values()), default=-1) + 2
    _add(terms, analysis.word_positions(analysis.normalize(text or "")), after, "D")
    return _literal(terms)


def chars_vector(chars):
    """The ``chars`` literal: character bigrams/unigrams with their positions."""
    terms = {}
    _add(terms, analysis.unit_positions(analysis.normalize(chars or "")), 0, "D")
    return _literal(terms)


def row(prepared, article_id):
    """``(article_id, words, chars, *facet columns, published_on, updated)`` from
    ``ArticleIndex.full_prepare()``'s values."""

    def values(name):
        value = prepared.get(name) or []
        return [str(v) for v in (value if isinstance(value, list | tuple) else [value])]

    updated = values("updated")
    return (
        article_id,
        words_vector(prepared.get("headline", ""), prepared.get("text", "")),
        chars_vector(prepared.get("chars", "")),
        *(values(FACET_FIELDS[c]) for c in FACET_COLUMNS),
        prepared.get("published_on"),
        updated[0] if updated else None,
    )

"""An article's row in the search table: ``tsvector`` values built from ``search.analysis``.

PostgreSQL's own parsers can't segment Chinese, so the text is analysed here with exactly
the code the Whoosh engine uses (``search.positions``: rjieba words with their dictionary
sub-words at the same position, ``word_positions``; character bigrams/unigrams,
``unit_positions``) and written as ``tsvector`` literals: ``'张江':3A,17 '创新':5``. Cast
with ``::tsvector`` they are taken as they are - no stemming, no stop words, as the
``simple`` configuration would - and the positions are ours, so phrases (``<->``) match
exactly where ``analysis`` says the units are adjacent.

``words``: headline words weighted ``A`` (positions first), then the text's words (``D``);
``chars``: the character terms of the headline and the text, as the embedded index has
them. PostgreSQL keeps positions up to 16,383 and 256 positions of a lexeme: beyond that
(articles over ~16,000 characters) a phrase is matched against the clamped positions.
"""

from search import analysis
from search.positions import unit_positions, word_positions

MAX_POSITION = 16383
MAX_POSITIONS_PER_TERM = 256
# A lexeme may be at most 2,046 bytes; nothing a reader types is that long.
MAX_TERM_BYTES = 1000

FACET_COLUMNS = ("park_slugs", "provinces", "reporter_slugs", "years", "newspaper_slugs", "company_slugs")
# The facet (``base.FACETS`` key) of each column, as written in ``facet_values`` (``park:<slug>``).
FACET_KEYS = {
    "park_slugs": "park",
    "provinces": "province",
    "reporter_slugs": "reporter",
    "years": "year",
    "newspaper_slugs": "newspaper",
    "company_slugs": "company",
}
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
    if "'" in term or "\\" in term:
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + term + "'"


def _clamped(plist):
    """The set of ``plist``'s (1-based) positions, clamped as PostgreSQL keeps them."""
    if plist[-1] <= MAX_POSITION:
        return set(plist)
    return {min(p, MAX_POSITION) for p in plist}


def _entry(term, positions, strong=()):
    """``'term':3A,17`` of one lexeme: its first 256 positions, those in ``strong`` weight A
    (a position keeps its highest weight), the others D (written without a letter)."""
    if len(positions) == 1 and not strong:
        return quote(term) + ":" + str(next(iter(positions)))
    kept = sorted(positions)[:MAX_POSITIONS_PER_TERM]
    if strong:
        return quote(term) + ":" + ",".join(f"{p}A" if p in strong else str(p) for p in kept)
    return quote(term) + ":" + ",".join(map(str, kept))


def _fits(term):
    return len(term) * 3 <= MAX_TERM_BYTES or len(term.encode("utf-8")) <= MAX_TERM_BYTES


def _plain(poses, text, last):
    """Whether the lexemes of ``poses`` (``{term: positions}`` of ``text``, ascending, none
    beyond ``last``) can be written as they are: none to quote, shorten or leave out, none
    with more than 256 positions or beyond PostgreSQL's last one. Checked once an article
    in C loops; then an entry is one concatenation (``_entries``) instead of a set, a sort
    and three calls a lexeme: the character terms' literal 0.7 -> 0.3 ms an article."""
    return (
        last <= MAX_POSITION
        and "'" not in text
        and "\\" not in text
        and max(map(len, poses), default=0) * 3 <= MAX_TERM_BYTES
        and max(map(len, poses.values()), default=0) <= MAX_POSITIONS_PER_TERM
    )


def _entries(poses, skip=()):
    """``_entry`` of each lexeme of ``poses`` not in ``skip``, where ``_plain`` holds."""
    join = ",".join
    return ["'" + t + "':" + join(map(str, p)) for t, p in poses.items() if t not in skip]


def words_vector(headline, text):
    """The ``words`` literal: headline words at weight ``A``, then the text's words."""
    head = word_positions(analysis.normalize(headline or ""), start=1)
    first = max((p[-1] for p in head.values()), default=0) + 2
    norm = analysis.normalize(text or "")
    body = word_positions(norm, start=first)
    parts = []
    for term, plist in head.items():
        if _fits(term):
            strong = _clamped(plist)
            more = body.get(term)
            parts.append(_entry(term, strong | _clamped(more) if more else strong, strong))
    # A word's position is less than ``first`` + the number of characters before it.
    if _plain(body, norm, first + len(norm)):
        parts += _entries(body, head)
    else:
        parts += [_entry(t, _clamped(p)) for t, p in body.items() if t not in head and _fits(t)]
    return " ".join(parts)


def chars_vector(chars, counts=None):
    """The ``chars`` literal: character bigrams/unigrams with their positions. ``counts``,
    a dict when given, gets each lexeme's number of positions as written (for
    ``char_lists``)."""
    norm = analysis.normalize(chars or "")
    poses = unit_positions(norm, start=1)
    if _plain(poses, norm, len(norm)):
        if counts is not None:
            counts.update(zip(poses, map(len, poses.values()), strict=True))
        return " ".join(_entries(poses))
    kept = {term: _clamped(plist) for term, plist in poses.items() if _fits(term)}
    if counts is not None:
        counts.update((term, min(len(p), MAX_POSITIONS_PER_TERM)) for term, p in kept.items())
    return " ".join(_entry(term, plist) for term, plist in kept.items())


COLUMNS = ("article_id", "words", "chars", *FACET_COLUMNS, "facet_values", "published_on", "updated")


def row(prepared, article_id, char_counts=None):
    """The values of ``COLUMNS`` from ``ArticleIndex.full_prepare()``'s values
    (``char_counts``: see ``chars_vector``)."""

    def values(name):
        value = prepared.get(name) or []
        return [str(v) for v in (value if isinstance(value, list | tuple) else [value])]

    facets = {c: values(FACET_FIELDS[c]) for c in FACET_COLUMNS}
    updated = values("updated")
    return (
        article_id,
        words_vector(prepared.get("headline", ""), prepared.get("text", "")),
        chars_vector(prepared.get("chars", ""), char_counts),
        *facets.values(),
        [f"{FACET_KEYS[c]}:{v}" for c, vs in facets.items() for v in vs],
        prepared.get("published_on"),
        updated[0] if updated else None,
    )

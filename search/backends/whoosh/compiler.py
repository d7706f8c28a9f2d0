"""A ``ParsedQuery`` and ``Filters`` as Whoosh query objects (run by ``numpy_engine``).

User text never reaches Whoosh's query parser: each term is analysed once
(``analysis.query_term``) and becomes term and phrase queries on the index document's
fields; filters become terms on the facet fields ``base.FACETS`` declares and a
date range on ``published_on``.
"""

from datetime import datetime

from haystack.constants import DJANGO_ID
from whoosh import query as wq

from search import analysis
from search.backends.base import FACETS, PROXIMITY_BONUS
from search.backends.whoosh.fields import CHAR_SET_FIELD

WORD_FIELDS = (("text", 1.0), ("headline", 1.0))
CHAR_FIELD = "chars"
CHAR_WEIGHT = 0.5
DATE_FIELD = "published_on"
PARK_FIELD = next(f.field for f in FACETS if f.key == "park")
FACET_FIELDS = {f.key: f.field for f in FACETS}
# A term that names a park or reporter (``Term.also``) matches its tagged articles with
# this score on top: more than any text score, so they come first, by their text score.
TAGGED_BOOST = 1000.0


def compile_query(parsed, filters):
    """Whoosh query objects for a ``search.language.ParsedQuery`` and ``base.Filters``, or
    ``None`` when nothing can match."""
    clauses = []
    for group in parsed.groups:
        alternatives = [q for q in (term_query(t) for t in group) if q is not None]
        if alternatives:
            clauses.append(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives))
    for facet in FACETS:
        clauses.extend(wq.Term(facet.field, str(v)) for v in filters.values(facet))
    if filters.date_from or filters.date_to:
        clauses.append(wq.DateRange(DATE_FIELD, whoosh_date(filters.date_from), whoosh_date(filters.date_to, end=True)))
    excluded = [q for q in (term_query(t) for t in parsed.excluded) if q is not None]
    if not clauses:
        if not excluded:
            return None
        clauses.append(wq.Every())
    positive = clauses[0] if len(clauses) == 1 else wq.And(clauses)
    if excluded:
        return wq.AndNot(positive, excluded[0] if len(excluded) == 1 else wq.Or(excluded))
    return positive


def term_query(term):
    """One user term or phrase.

    A term the base dictionary knows as one word (发展, 营商环境) is searched in the word
    fields only: the segmenter emits it wherever it occurs. Any other term (京, 张江,
    新中心, 4191.83, names added from the database) must match in the char field - all
    its bigrams for a plain term, the bigrams in a row for a quoted phrase - and its
    words in the word fields only add to the score. Positions are checked only for
    phrases the user quoted; an unquoted term of several char terms scores
    ``base.PROXIMITY_BONUS`` more where they are in a row (the term as typed).
    """
    text = _text_query(term)
    tagged = [wq.Term(FACET_FIELDS[key], str(value), boost=TAGGED_BOOST) for key, value in term.also]
    if not tagged:
        return text
    return wq.Or([q for q in (text, *tagged) if q is not None])


def _text_query(term):
    parts = analysis.query_term(term.text)
    if parts.is_empty:
        return None
    word_queries = [wq.Term(f, w, boost=b) for f, b in WORD_FIELDS for w in dict.fromkeys(parts.words)]
    if not parts.needs_chars:
        return word_queries[0] if len(word_queries) == 1 else wq.Or(word_queries)
    required = char_query(parts, positional=term.phrase)
    if not term.phrase and len(parts.char_terms) > 1:
        word_queries.append(wq.ConstantScoreQuery(wq.Phrase(CHAR_FIELD, list(parts.char_terms)), PROXIMITY_BONUS))
    if not word_queries:
        return required
    return wq.AndMaybe(required, word_queries[0] if len(word_queries) == 1 else wq.Or(word_queries))


def char_query(parts, positional=False):
    """The char-field terms (bigrams) of a term, in a row if ``positional``, plus a
    trailing single character (``parts.prefix``) as its term in ``char_set``: every
    document with the character, scoring ``CHAR_WEIGHT`` once per document (as the prefix
    query on the char field that it replaces did)."""
    terms = list(parts.char_terms)
    if positional and len(terms) > 1:
        queries = [wq.Phrase(CHAR_FIELD, terms, boost=CHAR_WEIGHT)]
    else:
        queries = [wq.Term(CHAR_FIELD, t, boost=CHAR_WEIGHT) for t in dict.fromkeys(terms)]
    if parts.prefix:
        queries.append(wq.ConstantScoreQuery(wq.Term(CHAR_SET_FIELD, parts.prefix), CHAR_WEIGHT))
    return queries[0] if len(queries) == 1 else wq.And(queries)


def more_like_query(words, parks, exclude=None):
    """Documents sharing any of ``words`` (main text) or ``parks`` (counted double), but
    not the article ``exclude``."""
    clauses = [wq.Term("text", w) for w in words]
    clauses += [wq.Term(PARK_FIELD, slug, boost=2.0) for slug in parks]
    if not clauses:
        return None
    q = wq.Or(clauses)
    if exclude is not None:
        q = wq.AndNot(q, wq.Term(DJANGO_ID, str(exclude)))
    return q


def whoosh_date(value, end=False):
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if end:
        return datetime(value.year, value.month, value.day, 23, 59, 59)
    return datetime(value.year, value.month, value.day)

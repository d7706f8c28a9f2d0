"""A ``ParsedQuery`` and ``Filters`` as SQL over the search table (run by ``backend``).

User text never reaches PostgreSQL's query parsers (``to_tsquery`` and friends): each
term is analysed once (``analysis.query_term``) and written as a ``tsquery`` literal of
quoted lexemes, passed as a parameter and cast. The meaning is the Whoosh engine's:

* a term the base dictionary knows as one word (发展, 营商环境) must be in ``words``;
* any other term (京, 张江, 新中心, 4191.83, names added from the database) must have all
  its character terms in ``chars`` - in a row (``<->``) when the user quoted it - and a
  last single character as a prefix (``'京':*``); its words only add to the score;
* groups are ANDed, the terms of a group ORed, excluded terms removed; facet values are
  array containment (``@>``, GIN-indexed) and the date range a comparison.

Ranking is ``ts_rank_cd`` (cover density: how many matches, how close together) of the
words, headline words weighing three times the text's (``WORD_WEIGHTS``), plus half of
that of the character terms (as the Whoosh engine weighs its char field), each divided
by 1 + log(length) so that a long article isn't first just for being long. An unquoted
term of several character terms adds ``base.PROXIMITY_BONUS`` where they are in a row
(``<->``: the term as typed), as in the Whoosh engine.
"""

from dataclasses import dataclass, field

from search import analysis
from search.backends.base import FACETS, PROXIMITY_BONUS
from search.backends.postgres.documents import FACET_COLUMNS, FACET_KEYS, quote

# ts_rank_cd's weights of {D, C, B, A}: the text's words are D, the headline's A.
WORD_WEIGHTS = "{0.333,0.333,0.333,1.0}"
CHAR_WEIGHT = 0.5
LENGTH_NORMALIZATION = 1
FACET_COLUMN = {FACET_KEYS[c]: c for c in FACET_COLUMNS}
assert set(FACET_COLUMN) == {f.key for f in FACETS}, "every facet needs a column"
# A term that names a park or reporter (``Term.also``) matches its tagged articles with
# this score on top: more than any text score, so they come first, by their text score
# (as the Whoosh engine's ``compiler.TAGGED_BOOST``).
TAGGED_BOOST = 1000.0
WORD_CONDITION = "words @@ %s::tsquery"


@dataclass
class Compiled:
    """``where`` (SQL with ``%s`` for ``params``) selects the matches; ``word_query`` and
    ``char_query`` (``tsquery`` literals or ``None``) rank them."""

    where: str
    params: list = field(default_factory=list)
    word_query: str | None = None
    char_query: str | None = None
    tagged: list = field(default_factory=list)
    proximity: list = field(default_factory=list)  # ``tsquery`` literals: unquoted terms in a row
    words: list = field(default_factory=list)  # the quoted lexemes ``word_query`` ORs
    chars: list = field(default_factory=list)  # the quoted lexemes of ``char_query``, but prefixes
    prefixed: bool = False  # ``char_query`` has a prefix (``'京':*``)
    # ``char_query`` is the AND of ``chars`` (one unquoted term's): ``impacts.bound``'s ``required``
    chars_required: bool = False
    # The quoted lexeme when the query is that one word alone (no other term, filter or
    # exclusion): its matches are the word's articles (``counts`` keeps their numbers).
    lone_word: str | None = None
    # ``key:value`` when the query is that one facet value alone (no term, date or other
    # value): its matches are the value's articles, listed by date in ``listing``.
    listing_value: str | None = None

    @property
    def bounded(self):
        """True when ``impacts``' lists bound the score: each of its lexemes' rank, but a
        prefix's (it stands for every lexeme it begins)."""
        return bool(self.words or self.chars) and not self.prefixed

    def rank(self):
        """``(SQL, params)`` of the relevance score of a row."""
        parts, params = [], []
        if self.word_query:
            parts.append(f"ts_rank_cd(%s::float4[], words, %s::tsquery, {LENGTH_NORMALIZATION})")
            params += [WORD_WEIGHTS, self.word_query]
        if self.char_query:
            parts.append(f"{CHAR_WEIGHT} * ts_rank_cd(chars, %s::tsquery, {LENGTH_NORMALIZATION})")
            params.append(self.char_query)
        for in_a_row in self.proximity:
            parts.append(f"(CASE WHEN chars @@ %s::tsquery THEN {PROXIMITY_BONUS} ELSE 0 END)")
            params.append(in_a_row)
        for sql, param in self.tagged:
            parts.append(f"(CASE WHEN {sql} THEN {TAGGED_BOOST} ELSE 0 END)")
            params.append(param)
        return (" + ".join(parts) or "0"), params


@dataclass
class _Term:
    sql: str
    params: list
    words: list
    chars: str | None
    tagged: list = field(default_factory=list)
    proximity: list = field(default_factory=list)
    char_terms: list = field(default_factory=list)
    prefixed: bool = False
    positional: bool = False


def _or(queries):
    queries = [q for q in queries if q]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else " | ".join(f"({q})" for q in queries)


def term_condition(term):
    """The SQL condition of one user term or phrase (its text, or a tag it names), or
    ``None`` when it can match nothing."""
    text = _text_condition(term)
    tagged = [(f"{FACET_COLUMN[key]} @> %s::text[]", [str(value)]) for key, value in term.also]
    if not tagged:
        return text
    conditions = ([(text.sql, text.params[0])] if text else []) + tagged
    return _Term(
        "(" + " OR ".join(sql for sql, _ in conditions) + ")",
        [param for _, param in conditions],
        text.words if text else [],
        text.chars if text else None,
        tagged,
        text.proximity if text else [],
        text.char_terms if text else [],
        text.prefixed if text else False,
        text.positional if text else False,
    )


def _text_condition(term):
    parts = analysis.query_term(term.text)
    if parts.is_empty:
        return None
    words = [quote(w) for w in dict.fromkeys(parts.words) if w]
    word_query = " | ".join(words) or None
    if not parts.needs_chars:
        if not word_query:
            return None
        return _Term(WORD_CONDITION, [word_query], words, None)
    chars = char_query(parts, positional=term.phrase)
    if chars is None:
        return None
    proximity = []
    if not term.phrase and len(parts.char_terms) > 1:
        proximity.append(" <-> ".join(quote(t) for t in parts.char_terms))
    char_terms = [quote(t) for t in dict.fromkeys(parts.char_terms)]
    positional = term.phrase and len(char_terms) > 1
    return _Term(
        "chars @@ %s::tsquery", [chars], words, chars, [], proximity, char_terms, bool(parts.prefix), positional
    )


def char_query(parts, positional=False):
    """The character terms of a term, all of them (in a row if ``positional``), and a
    trailing single character as a prefix."""
    terms = [quote(t) for t in parts.char_terms]
    if positional and len(terms) > 1:
        queries = [" <-> ".join(terms)]
    else:
        queries = list(dict.fromkeys(terms))
    if parts.prefix:
        queries.append(quote(parts.prefix) + ":*")
    return " & ".join(queries) or None


def compile_query(parsed, filters):
    """``Compiled`` for a ``search.language.ParsedQuery`` and ``base.Filters``, or ``None``
    when nothing can match."""
    clauses, params, word_queries, char_queries, tagged, proximity, char_terms = [], [], [], [], [], [], []
    prefixed, and_terms = False, []
    for group in parsed.groups:
        alternatives = [t for t in (term_condition(t) for t in group) if t is not None]
        if not alternatives:
            continue
        clauses.append("(" + " OR ".join(a.sql for a in alternatives) + ")")
        for a in alternatives:
            params += a.params
            word_queries.extend(a.words)
            char_queries.append(a.chars)
            tagged += a.tagged
            proximity += a.proximity
            char_terms += a.char_terms
            prefixed = prefixed or a.prefixed
            if a.chars:
                and_terms.append(not a.positional)
    facet_values = []
    for facet in FACETS:
        values = [str(v).replace("\x00", "") for v in filters.values(facet)]
        facet_values += [f"{facet.key}:{v}" for v in values]
        if values:
            clauses.append(f"{FACET_COLUMN[facet.key]} @> %s::text[]")
            params.append(values)
    if filters.date_from:
        clauses.append("published_on >= %s")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("published_on <= %s")
        params.append(filters.date_to)
    excluded = [t for t in (term_condition(t) for t in parsed.excluded) if t is not None]
    if not clauses and not excluded:
        return None
    where = " AND ".join(clauses) or "TRUE"
    if excluded:
        where = f"({where}) AND NOT (" + " OR ".join(t.sql for t in excluded) + ")"
        params += [p for t in excluded for p in t.params]
    words = list(dict.fromkeys(word_queries))
    lone = words[0] if clauses == [f"({WORD_CONDITION})"] and params == words and not excluded else None
    chars = list(dict.fromkeys(char_terms))
    required = and_terms == [True] and not prefixed
    alone = len(clauses) == 1 and len(facet_values) == 1 and not excluded and not (filters.date_from or filters.date_to)
    return Compiled(
        where,
        params,
        _or(words),
        _or(char_queries),
        tagged,
        proximity,
        words,
        chars,
        prefixed,
        required,
        lone,
        facet_values[0] if alone and not parsed.groups else None,
    )

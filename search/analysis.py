"""Chinese text analysis for the search index, the same for every engine.

* ``normalize()`` (``search.folding``) folds every written form of a character to one,
  keeping the text's length; index and queries go through it alike.
* Words (``Analysis.WORDS`` fields) come from rjieba (jieba's dictionary and algorithm in
  Rust, ~30x faster than jieba; HMM off so that segmentation does not depend on context
  the query lacks). Positions are numbered 0, 1, 2, ...; at index time the dictionary
  sub-words of long words (张江 in 上海张江高新区 once that name is a known word) are
  added at the same position, as jieba's search mode does.
* Char terms (the ``Analysis.CHARS`` field) are built from units - one per Han character
  and per run of Latin letters or digits, numbered by position - as bigrams. It is the
  recall field: single characters (京), substrings that cross word boundaries (新中心 in
  创新中心) and numbers (4191.83 is the two units 4191 and 83 at adjacent positions) are
  found as phrases of char terms.
* ``query_term()`` says in one answer what a user's term means to those fields.

The indexing fast paths (``{term: [positions]}`` without Token objects) are in
``search.positions``, built on this module.

Engines map the two kinds onto their own machinery (the Whoosh backend's tokenizers and
fields are in ``search.backends.whoosh.fields``); nothing here imports an engine.
"""

import logging
import re
import threading
import time
from dataclasses import dataclass
from enum import StrEnum

import rjieba

from search.folding import normalize

log = logging.getLogger(__name__)

# A word worth indexing contains a letter, digit or Han character (not only punctuation).
_WORDLIKE = re.compile(r"\w")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A number written with thousands separators (4,000 / 12,345,678; the full-width comma is
# "," once normalised): one unit, its digits, as if written 4000 - a reader types either.
# Only a proper grouping (1-3 digits, then groups of exactly 3) is one: 2019,2020 is two.
_GROUPED = r"(?<![0-9a-z])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
# Char-field units: one Han character, or a run of Latin letters/digits. Whitespace (OCR
# line breaks) and a "." between two runs (4191.83 -> 4191, 83) keep units adjacent;
# punctuation is a break, so 京、沪 is not the phrase 京沪.
_UNITS = re.compile(rf"([{_HAN}])|({_GROUPED}|[0-9a-z]+)|(\s+|\.(?=[0-9a-z]))|([^{_HAN}0-9a-z\s])")
_HAN_ONLY = re.compile(rf"^[{_HAN}]+$")


class Analysis(StrEnum):
    """How a text field of the index document (``search.search_indexes``) is analysed,
    given as the field's ``analyzer=``; each backend maps it onto its own analyser."""

    WORDS = "word"  # rjieba words: drive ranking
    CHARS = "char"  # character bigrams: recall for any substring, quoted phrases


# --- the segmenter's dictionary --------------------------------------------------------

_dictionary_lock = threading.Lock()
_known_words = set()
_given = set()  # the names as given: a refresh normalises only names it has not seen


def add_words(words):
    """Teach the segmenter names it should keep whole (parks, aliases, reporters). Cheap:
    a name given before is skipped before it is normalised (a refresh of ~1,100 names cost
    ~60 ms of CPU normalising them again)."""
    with _dictionary_lock:
        for given in words:
            if not given or given in _given:
                continue
            _given.add(given)
            word = normalize(given).strip()
            if len(word) >= 2 and word not in _known_words and not any(c.isspace() for c in word):
                rjieba.add_word(word, None, None)
                _known_words.add(word)


def load_database_words():
    """Add every park name/alias and reporter name from the database to the dictionary."""
    from archive.models import Park, Reporter

    names = []
    for name, short_name, aliases in Park.objects.values_list("name", "short_name", "aliases"):
        names.append(name)
        names.append(short_name)
        names.extend(Park(aliases=aliases).alias_list)
    names.extend(Reporter.objects.values_list("name", flat=True))
    add_words(names)
    return len(names)


_dictionary_loaded = 0.0


def refresh_dictionary(max_age=None):
    """Park and reporter names from the database as known words (cheap; new names only).

    With ``max_age`` (seconds) it does nothing if the names were loaded more recently:
    web processes segment queries with the same dictionary as the writer.
    """
    global _dictionary_loaded
    if max_age is not None and time.monotonic() - _dictionary_loaded < max_age:
        return
    try:
        load_database_words()
        _dictionary_loaded = time.monotonic()
    except Exception:  # tables not migrated yet: the built-in dictionary still works
        log.debug("could not load names into the segmenter", exc_info=True)


# --- segmentation ----------------------------------------------------------------------


def _subwords(word):
    """Dictionary words of 2 and 3 characters inside a longer word (jieba's search mode)."""
    out = []
    n = len(word)
    for size in (2, 3):
        if n > size:
            for i in range(n - size + 1):
                gram = word[i : i + size]
                if rjieba.has_word(gram):
                    out.append((i, gram))
    return out


def is_han_word(text):
    """True for a word of Han characters only."""
    return bool(_HAN_ONLY.match(text))


_GROUPED_NUMBER = re.compile(_GROUPED)


def _tokenize(text):
    """rjieba's ``(word, start, end)``, with a number written with thousands separators as
    one word of its digits (4,000 -> 4000), as in the char field."""
    first = _GROUPED_NUMBER.search(text) if "," in text else None
    if first is None:
        return rjieba.tokenize(text, "default", False)
    out = []
    done = 0
    for m in _GROUPED_NUMBER.finditer(text, first.start()):
        out += [(w, s + done, e + done) for w, s, e in rjieba.tokenize(text[done : m.start()], "default", False)]
        out.append((m.group(0).replace(",", ""), m.start(), m.end()))
        done = m.end()
    out += [(w, s + done, e + done) for w, s, e in rjieba.tokenize(text[done:], "default", False)]
    return out


def _cut(text):
    """rjieba's words, with grouped numbers as ``_tokenize()`` gives them."""
    if "," not in text or not _GROUPED_NUMBER.search(text):
        return rjieba.cut(text, False)
    return [w for w, _s, _e in _tokenize(text)]


def words(text, subwords=False):
    """``[(word, position, start, end)]`` for normalised ``text``."""
    out = []
    pos = 0
    for word, start, end in _tokenize(text):
        if not _WORDLIKE.search(word) or word.isspace():
            continue
        out.append((word, pos, start, end))
        if subwords and len(word) > 2 and _HAN_ONLY.match(word):
            for offset, gram in _subwords(word):
                out.append((gram, pos, start + offset, start + offset + len(gram)))
        pos += 1
    return out


def units(text):
    """``[(unit, position, start, end)]``: char-field units of normalised ``text``."""
    out = []
    pos = 0
    for m in _UNITS.finditer(text):
        han, run, joiner, _break = m.groups()
        if han or run:
            out.append((han or run.replace(",", ""), pos, m.start(), m.end()))
            pos += 1
        elif joiner is None:
            pos += 1  # a break: no phrase matches across punctuation or spaces
    return out


def query_words(text):
    """Words of a query term (normalised), in order."""
    return [w for w, *_ in words(normalize(text))]


def query_units(text):
    """Units (Han characters, Latin/digit runs) of a query term, for matching and marking."""
    return [u for u, *_ in units(normalize(text))]


def query_char_terms(text):
    """``(terms, prefix)``: char-field terms of a query term that must be consecutive, and a
    last single character that must follow them as a prefix (or ``None``)."""
    return _char_terms_of(units(normalize(text)))


def _char_terms_of(unit_list):
    terms = [t for t, *_ in bigrams(unit_list)]
    if not terms:
        return [], None
    last, last_pos = unit_list[-1][0], unit_list[-1][1]
    if not _is_han(last):
        return terms, None
    # The query ends in a Han character. In the text it may be followed by another one
    # (then it starts a bigram there), so its unigram term can't be required: either the
    # bigram before it already covers it, or it is searched as a prefix.
    terms.pop()
    before = unit_list[-2] if len(unit_list) > 1 else None
    covered = before is not None and _is_han(before[0]) and before[1] + 1 == last_pos
    return terms, (None if covered else last)


# --- char-field terms ------------------------------------------------------------------


def _is_han(unit):
    return "\u3400" <= unit[0] <= "\ufaff"


def bigrams(unit_list):
    """Char-field terms from units: a Han character followed (at the next position) by
    another Han character gives their bigram, one not followed by one gives itself.

    Every Han character thus starts exactly one term at its own position, so any run of
    units is a phrase of consecutive terms, and a single character c is found by the
    terms starting with c (a prefix query). Far shorter posting lists than unigrams.
    """
    out = []
    n = len(unit_list)
    for i, (unit, pos, start, end) in enumerate(unit_list):
        if _is_han(unit) and i + 1 < n:
            nxt, npos, _s, nend = unit_list[i + 1]
            if npos == pos + 1 and _is_han(nxt):
                out.append((unit + nxt, pos, start, nend))
                continue
        out.append((unit, pos, start, end))
    return out


def char_terms(text):
    """``[(term, position, start, end)]`` of the char field for normalised ``text``."""
    return bigrams(units(text))


_HAN_CHAR = re.compile(f"[{_HAN}]")


def han_chars(text):
    """The set of distinct Han characters of normalised ``text`` (the char field's Han
    units): what an engine can index to find a single character without reading every
    char term that starts with it. (The text's distinct characters first: ~110 µs for
    3,000 characters, where matching every character took ~270.)"""
    return set(_HAN_CHAR.findall("".join(set(text))))


# --- a user's term ---------------------------------------------------------------------


def needs_char_field(words, units):
    """False when the query is one word of the base dictionary: the segmenter emits it
    wherever it occurs, so the word fields find every article that has it."""
    if len(words) != 1 or len(units) < 2:
        return True
    word = words[0]
    return not (_HAN_ONLY.match(word) and word not in _known_words and rjieba.has_word(word))


@dataclass(frozen=True)
class QueryTerm:
    """What one term a user typed means to the index fields, worked out once.

    ``words``: as the word fields index them, in order; ``units``: Han characters and
    Latin/digit runs; ``char_terms``: char-field terms that must occur in a row, then
    ``prefix``, a last single character that must start the next char term (or ``None``);
    ``needs_chars``: False when the word fields alone find every article with the term
    (one word of the base dictionary, e.g. 发展, 营商环境), else the char field decides
    the matches (京, 张江, 新中心, 4191.83, names added from the database) and the words
    only add to the score.
    """

    words: tuple
    units: tuple
    char_terms: tuple
    prefix: str | None
    needs_chars: bool

    @property
    def is_empty(self):
        return not self.words and not self.units


def query_term(text):
    """The ``QueryTerm`` of a user's term or quoted phrase."""
    norm = normalize(text)
    word_list = tuple(w for w, *_ in words(norm))
    unit_list = units(norm)
    unit_texts = tuple(u for u, *_ in unit_list)
    char_terms, prefix = _char_terms_of(unit_list)
    needs_chars = bool(unit_texts) and needs_char_field(word_list, unit_texts)
    return QueryTerm(word_list, unit_texts, tuple(char_terms), prefix, needs_chars)


def warm_up():
    """Load rjieba's dictionary (about 0.3 s) once, e.g. before gunicorn forks."""
    rjieba.has_word("高新区")

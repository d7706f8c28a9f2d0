"""The indexing fast paths: the index fields' terms of a text as ``{term: [positions]}``
(or as term sequences) without Token objects.

The same terms as ``search.analysis`` gives (``char_terms()`` for the char field,
``words(subwords=True)`` for the word fields), only faster. Used by both engines'
document builders (``search.backends.whoosh.fields.ChineseText``,
``search.backends.postgres.documents``) and the Whoosh bulk writer
(``search.backends.whoosh.bulk``); ``word_positions`` also by the engines' ``key_terms``.
"""

import re
from itertools import chain

import rjieba

from search.analysis import _GROUPED, _HAN, _HAN_ONLY, _WORDLIKE, _cut

_RUNS = re.compile(rf"([{_HAN}]+)|({_GROUPED}|[0-9a-z]+)|(\s+|\.(?=[0-9a-z]))|[^{_HAN}0-9a-z\s]+")


def unit_sequence(text, start=0):
    """``(terms, positions)``: the char field's terms of normalised ``text`` in text order
    (the terms of ``analysis.char_terms()``) and their positions, numbered from
    ``start``. Han characters adjacent in the text (or across whitespace) are gathered
    into one string whose bigrams are made in one pass (``map``), not a Python step per
    character, and a full build groups the occurrences per document with numpy
    (``bulk._FieldPostings.add``) instead of a dict of lists."""
    terms = []
    positions = []
    add_terms, add_positions = terms.extend, positions.extend
    pos = start
    han = []  # Han runs that are adjacent (joined by whitespace), from position han_pos
    han_pos = start
    for run_han, run, joiner in _RUNS.findall(text):
        if run_han:
            if not han:
                han_pos = pos
            han.append(run_han)
            pos += len(run_han)
            continue
        if joiner:
            continue  # whitespace or a joining dot: the next unit stays adjacent
        if han:
            # Each character's bigram with the next, and the last character alone.
            chars = han[0] if len(han) == 1 else "".join(han)
            add_terms(map(str.__add__, chars, chars[1:]))
            terms.append(chars[-1])
            add_positions(range(han_pos, pos))
            han = []
        if run:
            terms.append(run.replace(",", ""))
            positions.append(pos)
        pos += 1
    if han:
        chars = "".join(han)
        add_terms(map(str.__add__, chars, chars[1:]))
        terms.append(chars[-1])
        add_positions(range(han_pos, pos))
    return terms, positions


def unit_positions(text, start=0):
    """``{term: [positions]}`` of normalised ``text``: the same terms as
    ``analysis.char_terms()``, positions numbered from ``start`` (the PostgreSQL engine's
    are 1-based)."""
    poses = {}
    get = poses.get
    for term, pos in zip(*unit_sequence(text, start), strict=True):
        lst = get(term)
        if lst is None:
            poses[term] = [pos]
        else:
            lst.append(pos)
    return poses


def word_terms(word):
    """The word-field terms one word of rjieba's output gives: ``()`` for a word that is
    not indexed (punctuation, spaces), else the word and its dictionary sub-words (2 and 3
    characters, each once) after it."""
    if not word.isalnum() and (word.isspace() or not _WORDLIKE.search(word)):
        return ()
    n = len(word)
    if n <= 2 or not _HAN_ONLY.match(word):
        return (word,)
    has_word = rjieba.has_word
    grams = dict.fromkeys(
        gram for size in (2, 3) for i in range(n - size + 1) if (gram := word[i : i + size]) != word and has_word(gram)
    )
    return (word, *grams)


def word_positions(text, start=0):
    """``{word: [positions]}`` of normalised ``text`` with index-time sub-words, positions
    numbered from ``start``."""
    poses = {}
    get = poses.get
    pos = start
    for word in _cut(text):
        terms = word_terms(word)
        if not terms:
            continue  # not a position
        for term in terms:
            lst = get(term)
            if lst is None:
                poses[term] = [pos]
            else:
                lst.append(pos)
        pos += 1
    return poses


class WordTerms(dict):
    """``word_terms()`` of each word, worked out once: a full index build meets the same
    words again and again. Not for web processes (it grows with the vocabulary); valid
    while the segmenter's dictionary is unchanged (``analysis.add_words``)."""

    def __missing__(self, word):
        value = self[word] = word_terms(word)
        return value


def word_sequence(text, known):
    """Every word-field term occurrence of normalised ``text`` (a term as often as
    ``word_positions()`` gives it a position), through ``known`` (a ``WordTerms``)."""
    return list(chain.from_iterable(map(known.__getitem__, _cut(text))))

"""Chinese text analysis for the search index: one normaliser, two Whoosh tokenizers.

* ``normalize()`` maps full-width ASCII to ASCII, traditional to simplified characters
  (OpenCC t2s) and Latin to lower case *without changing the length of the text*, so
  offsets found in the normalised text are offsets in the original (for highlighting).
* ``WordTokenizer`` segments with rjieba (jieba's dictionary and algorithm in Rust,
  ~30x faster than jieba; HMM off so that segmentation does not depend on context the
  query lacks). Positions are numbered 0, 1, 2, ... so phrase queries work; at index
  time the dictionary sub-words of long words (张江 in 上海张江高新区 once that name is a
  known word) are added at the same position, as jieba's search mode does.
* ``CharTokenizer`` emits one token per Han character and per run of Latin letters or
  digits, numbered by position. It is the recall field: single characters (京),
  substrings that cross word boundaries (新中心 in 创新中心) and numbers (4191.83 is the
  two units 4191 and 83 at adjacent positions) are found as phrases of units.

Both honour ``tokenize=False`` (Whoosh passes whole values that way, e.g. ``*`` for
match-all) and keep real character offsets.
"""

import re
import threading

import rjieba
from opencc import OpenCC
from whoosh.analysis import Token, Tokenizer

_t2s = OpenCC("t2s")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# A word worth indexing contains a letter, digit or Han character (not only punctuation).
_WORDLIKE = re.compile(r"\w")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Char-field units: one Han character, or a run of Latin letters/digits. Whitespace (OCR
# line breaks) and a "." between two runs (4191.83 -> 4191, 83) keep units adjacent;
# punctuation is a break, so 京、沪 is not the phrase 京沪.
_UNITS = re.compile(rf"([{_HAN}])|([0-9a-z]+)|(\s+|\.(?=[0-9a-z]))|([^{_HAN}0-9a-z\s])")
_HAN_ONLY = re.compile(rf"^[{_HAN}]+$")


def normalize(text):
    """Full-width -> ASCII, traditional -> simplified, lower case; same length as ``text``."""
    if not text:
        return ""
    # Lone surrogates (invalid UTF-16 halves) can't be encoded for OpenCC: replace each by "?".
    text = text.encode("utf-8", "replace").decode("utf-8").translate(_FULLWIDTH)
    text = _CONTROL.sub(" ", text)
    converted = _t2s.convert(text)
    if len(converted) != len(text):
        # A phrase-level conversion changed the length; fall back to characters.
        converted = "".join(c2 if len(c2 := _t2s.convert(c)) == 1 else c for c in text)
    lowered = converted.lower()
    if len(lowered) != len(converted):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in converted)
    return lowered


# --- the segmenter's dictionary --------------------------------------------------------

_dictionary_lock = threading.Lock()
_known_words = set()


def add_words(words):
    """Teach the segmenter names it should keep whole (parks, aliases, reporters). Cheap."""
    with _dictionary_lock:
        for word in words:
            word = normalize(word or "").strip()
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


def words(text, subwords=False):
    """``[(word, position, start, end)]`` for normalised ``text``."""
    out = []
    pos = 0
    for word, start, end in rjieba.tokenize(text, "default", False):
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
            out.append((han or run, pos, m.start(), m.end()))
            pos += 1
        elif joiner is None:
            pos += 1  # a break: no phrase matches across punctuation or spaces
    return out


def query_words(text):
    """Words of a query term (normalised), in order."""
    return [w for w, *_ in words(normalize(text))]


def query_units(text):
    return [u for u, *_ in units(normalize(text))]


# --- Whoosh tokenizers -----------------------------------------------------------------


class _PositionalTokenizer(Tokenizer):
    subwords = False

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def _split(self, text):
        raise NotImplementedError

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            # Whole value as one token: match-all ("*"), exact values, Whoosh internals.
            t.original = t.text = normalize(value) if value != "*" else value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for text, pos, start, end in self._split(normalize(value)):
            t.text = text
            t.boost = 1.0
            if keeporiginal:
                t.original = value[start:end]
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class WordTokenizer(_PositionalTokenizer):
    """Words from rjieba; at index time dictionary sub-words share their word's position."""

    def _split(self, text):
        return words(text, subwords=True)


class QueryWordTokenizer(_PositionalTokenizer):
    def _split(self, text):
        return words(text, subwords=False)


class CharTokenizer(_PositionalTokenizer):
    def _split(self, text):
        return units(text)


def ChineseWordAnalyzer():
    return WordTokenizer()


def ChineseCharAnalyzer():
    return CharTokenizer()


# --- fast paths for indexing: {term: [positions]} without Token objects -----------------

_RUNS = re.compile(rf"([{_HAN}]+)|([0-9a-z]+)|(\s+|\.(?=[0-9a-z]))|[^{_HAN}0-9a-z\s]+")


def unit_positions(text):
    """``{unit: [positions]}`` of normalised ``text``, the same units as ``units()``."""
    poses = {}
    pos = 0
    get = poses.get
    for m in _RUNS.finditer(text):
        han, run, joiner = m.groups()
        if han:
            for c in han:
                lst = get(c)
                if lst is None:
                    poses[c] = [pos]
                else:
                    lst.append(pos)
                pos += 1
        elif run:
            lst = get(run)
            if lst is None:
                poses[run] = [pos]
            else:
                lst.append(pos)
            pos += 1
        elif joiner is None:
            pos += 1
    return poses


def word_positions(text):
    """``{word: [positions]}`` of normalised ``text`` with index-time sub-words."""
    poses = {}
    get = poses.get
    pos = 0
    has_word = rjieba.has_word
    for word in rjieba.cut(text, False):
        if not word.isalnum():
            if word.isspace() or not _WORDLIKE.search(word):
                continue
        lst = get(word)
        if lst is None:
            poses[word] = [pos]
        else:
            lst.append(pos)
        n = len(word)
        if n > 2 and _HAN_ONLY.match(word):
            for size in (2, 3):
                for i in range(n - size + 1):
                    gram = word[i : i + size]
                    if gram != word and has_word(gram):
                        lst = get(gram)
                        if lst is None:
                            poses[gram] = [pos]
                        elif lst[-1] != pos:
                            lst.append(pos)
        pos += 1
    return poses


def needs_char_field(words, units):
    """False when the query is one word of the base dictionary (see backends._term_query)."""
    if len(words) != 1 or len(units) < 2:
        return True
    word = words[0]
    return not (_HAN_ONLY.match(word) and word not in _known_words and rjieba.has_word(word))


def warm_up():
    """Load rjieba's dictionary (about 0.3 s) once, e.g. before gunicorn forks."""
    rjieba.has_word("高新区")

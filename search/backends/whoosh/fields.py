"""The Whoosh fields and tokenizers of the index document's Chinese text fields.

``search.search_indexes`` marks each text field with an ``analysis.Analysis`` kind; the
haystack adaptor (``haystack_backend.ArchiveWhooshBackend.build_schema``) turns those
fields into ``ChineseText`` fields here:

* postings come straight from ``search.positions`` (``ChineseText.positions``), without
  Token objects; not stored, not sortable (the stock backend stores and makes sortable
  every text field, doubling the index), no spelling field;
* the char field keeps positions as ``ArrayPositions`` (raw uint32 arrays, decoded for a
  whole posting list at once by ``postings``); word fields keep only weights (term
  frequency x field boost), which is all BM25F needs;
* ``CharSet`` (the ``char_set`` field, Whoosh's own: the haystack adaptor adds it beside
  the char field and indexes the same text in it) has one term per distinct Han
  character of the text, document numbers only. A lone character (京) is one posting
  list there; in the char field it is every term starting with it (at 104,762 articles
  京 is 8 terms' positional postings in each of 6 segments, a first read of 28 ms against
  3 ms; 区 is 331 terms, 427 ms against 8).

The tokenizers give Whoosh's own code paths (haystack's ``SearchQuerySet``, match-all
``*``) the same terms: positions numbered 0, 1, 2, ..., real character offsets, and
``tokenize=False`` honoured.
"""

from array import array

from whoosh import formats
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import TEXT
from whoosh.formats import Positions

from search import analysis
from search.analysis import Analysis
from search.positions import unit_positions, unit_sequence, word_positions, word_sequence

# --- tokenizers ------------------------------------------------------------------------


class _PositionalTokenizer(Tokenizer):
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
            t.original = t.text = analysis.normalize(value) if value != "*" else value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for text, pos, start, end in self._split(analysis.normalize(value)):
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
        return analysis.words(text, subwords=True)


class QueryWordTokenizer(_PositionalTokenizer):
    def _split(self, text):
        return analysis.words(text, subwords=False)


class CharTokenizer(_PositionalTokenizer):
    def _split(self, text):
        return analysis.char_terms(text)


class HanCharTokenizer(_PositionalTokenizer):
    """Each distinct Han character once, at its first occurrence."""

    def _split(self, text):
        chars = analysis.han_chars(text)
        first = {}
        for unit, pos, start, end in analysis.units(text):
            if unit in chars:
                first.setdefault(unit, (unit, pos, start, end))
        return list(first.values())


TOKENIZERS = {Analysis.WORDS: WordTokenizer, Analysis.CHARS: CharTokenizer}


# --- fields ----------------------------------------------------------------------------

_last = (None, "")  # (a field value, its normalised text)


def _normalized(value):
    """The normalised text of a field value. The last one is remembered: the char field's
    text is indexed twice in a row (``char_set``, then ``chars``: the writers take fields
    in name order), and normalising it is ~250 µs for 3,000 characters."""
    global _last
    last_value, last_text = _last
    if value is last_value:
        return last_text
    text = analysis.normalize(value if isinstance(value, str) else " ".join(value))
    _last = (value, text)
    return text


class ChineseText(TEXT):
    """A text field whose postings come straight from ``search.positions``.

    The char field (``kind=Analysis.CHARS``) keeps positions: quoted phrases are matched
    there. Word fields keep only weights; no query checks word positions.
    """

    def __init__(self, kind, field_boost=1.0):
        kind = Analysis(kind)
        super().__init__(
            analyzer=TOKENIZERS[kind](), phrase=True, field_boost=field_boost, stored=False, sortable=False
        )
        self.kind = kind
        self.positional = kind == Analysis.CHARS
        if self.positional:
            self.format = ArrayPositions(field_boost=field_boost)
        else:
            self.format = formats.Existence(field_boost=field_boost)

    def positions(self, value):
        """``{term: [positions]}`` of a field value."""
        text = _normalized(value)
        return unit_positions(text) if self.positional else word_positions(text)

    def sequence(self, value, known):
        """``(terms, positions)`` of a field value: every term occurrence in text order and,
        for the char field, its position (else ``None``); ``known``: an
        ``search.positions.WordTerms`` kept by the caller for the word fields."""
        text = _normalized(value)
        if self.positional:
            return unit_sequence(text)
        return word_sequence(text, known), None

    def index(self, value, **kwargs):
        boost = self.format.field_boost
        if self.positional:
            return [
                (w.encode("utf-8"), len(p), len(p) * boost, self.format.encode(p))
                for w, p in self.positions(value).items()
            ]
        return [(w.encode("utf-8"), len(p), len(p) * boost, b"") for w, p in self.positions(value).items()]


class ArrayPositions(Positions):
    """Positions stored as the raw bytes of a 32-bit unsigned array (``len(value) // 4``
    positions). Whoosh's ``Positions`` pickles a list of deltas per posting, which has to
    be unpickled one posting at a time; these values decode for a whole posting list at
    once with one ``numpy.frombuffer`` (``blocks.decode_blocks``). Little-endian
    machines only, like the index files themselves are meant to stay on the machine that
    wrote them."""

    def encode(self, poslist):
        return array("I", poslist).tobytes()

    def decode_positions(self, valuestring):
        return array("I", valuestring).tolist()

    def decode_frequency(self, valuestring):
        return len(valuestring) // 4


CHAR_SET_FIELD = "char_set"


class CharSet(TEXT):
    """Which Han characters a text has: one term per distinct character, document numbers
    only (no positions, no frequencies: every weight is 1). Not scorable (no field
    lengths): a query scores a match here with a constant."""

    def __init__(self):
        super().__init__(analyzer=HanCharTokenizer(), phrase=False, stored=False, sortable=False)
        self.format = formats.Existence()
        self.scorable = False

    def terms(self, value):
        """The distinct Han characters of a field value (normalised), in no order."""
        return analysis.han_chars(_normalized(value))

    def index(self, value, **kwargs):
        return [(c.encode("utf-8"), 1, 1.0, b"") for c in self.terms(value)]


def analysis_kind(analyzer):
    """The ``Analysis`` kind a haystack field was declared with, or ``None``."""
    return analyzer if isinstance(analyzer, Analysis) else None

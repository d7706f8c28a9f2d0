"""Chinese text spelled in pinyin without pypinyin in the process.

pypinyin decodes its phrase dictionary into ~55 MB of Python objects on import
(docs/benchmarks.md), in every web worker that spells a name - and the web processes
spell the park, reporter and place names of the search name table, the phrases of the
suggestions and the reporters' directory. Nearly all of that dictionary repeats what its
character table says: of its 47,111 phrases, 3,437 are spelled otherwise than their
characters' first readings (银行 yinhang, 重庆 chongqing). So two small tables, generated
from pypinyin by ``manage.py pinyin_tables`` and committed, are all a process reads:

* ``archive/data/pinyin_chars.tsv``: each syllable and the characters whose first
  reading it is (``lazy_pinyin`` of the character alone);
* ``archive/data/pinyin_phrases.tsv``: the phrases whose spelling differs from their
  characters', and those a listed shorter phrase would cut wrongly (人行道, past 人行
  renhang): 3,543.

``syllables()`` reads a text as ``pypinyin.lazy_pinyin(text, errors=list)`` does: the
longest listed phrase at each point, else the character's reading, else the character
itself - and gives the same syllables for every phrase of pypinyin's dictionary
(``tests/archive/test_pinyin.py`` compares them with pypinyin itself), as for all 2,385
names of the 100k archive. A sentence can differ where an unlisted phrase overlaps a
listed one (局长话: 长话 wins here, 局长 in pypinyin); the web spells names and words. ~4 MB,
read on the first use.
"""

import functools
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
CHARS_TABLE = DATA / "pinyin_chars.tsv"
PHRASES_TABLE = DATA / "pinyin_phrases.tsv"


@functools.cache
def _reader():
    readings = {}
    for line in CHARS_TABLE.read_text(encoding="utf-8").splitlines():
        syllable, chars = line.split("\t")
        for char in chars:
            readings[ord(char)] = syllable  # an int key: 28 bytes, a character's str 76
    phrases = {}
    for line in PHRASES_TABLE.read_text(encoding="utf-8").splitlines():
        phrase, spelled = line.split("\t")
        phrases[phrase] = spelled.split(" ")
    prefixes = frozenset(p[:i] for p in phrases for i in range(1, len(p)))
    return reader(readings, phrases, prefixes)


def syllables(text):
    """``text`` in pinyin without tones, a syllable per Han character and every other
    character as it is: 重庆银行A区 -> [chong, qing, yin, hang, A, qu]."""
    return _reader()(text)


def reader(readings, phrases, prefixes):
    """``syllables()`` over these tables: ``readings`` (code point -> syllable),
    ``phrases`` (phrase -> syllables) and ``prefixes`` (every beginning of a phrase, where
    a longer match may still come)."""

    def spell(text):
        out = []
        i, n = 0, len(text)
        while i < n:
            end, j = 0, i + 1
            while j <= n:
                part = text[i:j]
                if part in phrases:
                    end = j
                elif part not in prefixes:
                    break
                j += 1
            if end:
                out.extend(phrases[text[i:end]])
                i = end
            else:
                out.append(readings.get(ord(text[i]), text[i]))
                i += 1
        return out

    return spell

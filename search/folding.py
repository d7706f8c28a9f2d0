"""Folding the forms a character is written in to one, for the index and the queries alike.

``normalize()`` maps full-width ASCII to ASCII, compatibility forms (Kangxi radicals, CJK
compatibility ideographs: Unicode's NFKC, one character for one) and variant forms (髙 -> 高:
the table Unihan's variants give, ``search/data/variants.tsv``) to the standard character,
traditional to simplified characters (OpenCC t2s) and Latin to lower case *without
changing the length of the text*, so offsets found in the normalised text are offsets in
the original (for highlighting). Index and queries go through it alike, so any form finds
every other.
"""

import re
import unicodedata
from pathlib import Path

import numpy as np
from opencc import OpenCC

_t2s = OpenCC("t2s")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
VARIANTS_TABLE = Path(__file__).resolve().parent / "data" / "variants.tsv"
# Blocks whose characters NFKC maps to an ordinary character: Kangxi radicals and the CJK
# radicals supplement (PDF text layers and OCR emit them for 高, 工, 言 ...) and the CJK
# compatibility ideographs.
_COMPAT_BLOCKS = ((0x2E80, 0x2FE0), (0xF900, 0xFB00), (0x2F800, 0x2FA20))


def _fold_table():
    """One ``str.translate`` table: full-width ASCII, compatibility forms, variant forms."""
    table = dict(_FULLWIDTH)
    for low, high in _COMPAT_BLOCKS:
        for cp in range(low, high):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = ord(folded)
    with VARIANTS_TABLE.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                variant, standard = line.rstrip("\n").split("\t")
                table[ord(variant)] = ord(standard)
    for cp, target in table.items():  # a compatibility form of a variant: straight to the standard
        table[cp] = table.get(target, target)
    return table


_FOLD = _fold_table()
# The same table as an array over code points, for folding a whole text at once:
# ``str.translate`` with a dict raises and catches a ``KeyError`` for every character the
# table doesn't map (almost all of them), ~0.5 ms for a 3,000-character body; this is ~0.05.
_FOLD_TOP = max(_FOLD) + 1
_FOLD_ARRAY = np.arange(_FOLD_TOP, dtype=np.uint32)
_FOLD_ARRAY[list(_FOLD)] = list(_FOLD.values())
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _fold(text):
    """``text.translate(_FOLD)``, through the array (``text`` has no lone surrogates)."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    folded = np.where(points < _FOLD_TOP, _FOLD_ARRAY[np.minimum(points, _FOLD_TOP - 1)], points)
    return folded.tobytes().decode("utf-32-le")


def normalize(text):
    """Full-width -> ASCII, variant and compatibility forms -> standard, traditional ->
    simplified, lower case; same length as ``text``."""
    if not text:
        return ""
    # Lone surrogates (invalid UTF-16 halves) can't be encoded for OpenCC: replace each by "?".
    text = _fold(text.encode("utf-8", "replace").decode("utf-8"))
    text = _CONTROL.sub(" ", text)
    converted = _t2s.convert(text)
    if len(converted) != len(text):
        # A phrase-level conversion changed the length; fall back to characters.
        converted = "".join(c2 if len(c2 := _t2s.convert(c)) == 1 else c for c in text)
    lowered = converted.lower()
    if len(lowered) != len(converted):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in converted)
    return lowered

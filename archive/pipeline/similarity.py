"""Cheap text similarity on character bigrams (Chinese needs no word segmentation for this)."""

import math
import operator
import re
from collections import Counter
from itertools import repeat

# Runs of what bigrams are made of. Joining the runs is faster than deleting the rest
# with a negated class, which the regex engine cannot skip through.
_WORD_RUN = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")
_SHINGLE = 20


def word_chars(text: str) -> str:
    """The text's CJK characters, letters and digits, everything else dropped."""
    return "".join(_WORD_RUN.findall(text))


def bigram_list(text: str) -> list[str]:
    chars = word_chars(text)
    return list(map(str.__add__, chars, chars[1:]))


def bigrams(text: str) -> Counter:
    chars = word_chars(text)
    return Counter(map(str.__add__, chars, chars[1:]))


def bigram_set(text: str) -> set[str]:
    chars = word_chars(text)
    return set(map(str.__add__, chars, chars[1:]))


def bigram_similarity(a: str | Counter, b: str | Counter) -> float:
    """Cosine similarity of the two texts' bigram counts (0..1)."""
    ca = a if isinstance(a, Counter) else bigrams(a)
    cb = b if isinstance(b, Counter) else bigrams(b)
    return cosine(ca, norm2(ca), cb, norm2(cb))


def norm2(c: Counter) -> int:
    """Squared length of a count vector (kept to pass to ``cosine`` again)."""
    return sum(map(operator.mul, c.values(), c.values()))


def cosine(ca: Counter, na: int, cb: Counter, nb: int) -> float:
    """Cosine similarity of two count vectors given their squared lengths. All sums are
    of integers, so precomputed lengths give exactly the same float."""
    if not ca or not cb:
        return 0.0
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    dot = sum(map(operator.mul, small.values(), map(big.get, small.keys(), repeat(0))))
    return dot / math.sqrt(na * nb)


def containment(short: str, long_grams: set, weights: dict | None = None) -> float:
    """Share of ``short``'s distinct bigrams found in ``long_grams`` (weighted)."""
    grams = bigram_set(short)
    if not grams:
        return 0.0
    w = weights or {}
    total = sum(w.get(g, 1.0) for g in grams)
    return sum(w.get(g, 1.0) for g in grams if g in long_grams) / total if total else 0.0


def repeats_earlier(paragraphs: list[str]) -> bool:
    """True when a paragraph repeats a stretch of roughly 30+ characters of an earlier one
    (OCR that read a column twice). Earlier paragraphs are sampled every 10 characters, so
    a repeated stretch shows as two sampled windows 10 characters apart."""
    done: list[str] = []  # earlier paragraphs' characters
    earlier = ""  # the same, newline-separated
    seen: set[str] = set()  # their sampled windows, built only when needed
    sampled = 0  # how many of ``done`` are in ``seen``
    for p in paragraphs:
        chars = word_chars(p)
        n = len(chars) - _SHINGLE + 1
        if n > 0 and earlier and _shares_block(chars, earlier):
            for c in done[sampled:]:
                seen.update(c[i : i + _SHINGLE] for i in range(0, len(c) - _SHINGLE + 1, 10))
            sampled = len(done)
            if seen:
                hits = {i for i in range(n) if chars[i : i + _SHINGLE] in seen}
                if any(i + 10 in hits for i in hits):
                    return True
        done.append(chars)
        earlier += "\n" + chars
    return False


def _shares_block(chars: str, earlier: str) -> bool:
    """A cheap necessary condition for a repeat. Two sampled windows 10 apart cover 30
    characters of ``chars``, which hold two consecutive 10-character blocks of ``chars`` at
    multiples of 10, each inside one of the windows and so inside an earlier paragraph.
    One of the two starts at a multiple of 20: test those blocks only. Substring search
    runs in C; checking every window of every paragraph does not."""
    return any(chars[j : j + 10] in earlier for j in range(0, len(chars) - 9, 20))

"""Cheap text similarity on character bigrams (Chinese needs no word segmentation for this)."""

import math
import re
from collections import Counter

_NOT_WORD = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")
_SHINGLE = 20


def bigrams(text: str) -> Counter:
    chars = _NOT_WORD.sub("", text)
    return Counter(map(str.__add__, chars, chars[1:]))


def bigram_similarity(a: str | Counter, b: str | Counter) -> float:
    """Cosine similarity of the two texts' bigram counts (0..1)."""
    ca = a if isinstance(a, Counter) else bigrams(a)
    cb = b if isinstance(b, Counter) else bigrams(b)
    if not ca or not cb:
        return 0.0
    dot = sum(v * cb.get(k, 0) for k, v in ca.items())
    return dot / math.sqrt(sum(v * v for v in ca.values()) * sum(v * v for v in cb.values()))


def containment(short: str, long_grams: set, weights: dict | None = None) -> float:
    """Share of ``short``'s distinct bigrams found in ``long_grams`` (weighted)."""
    grams = set(bigrams(short))
    if not grams:
        return 0.0
    w = weights or {}
    total = sum(w.get(g, 1.0) for g in grams)
    return sum(w.get(g, 1.0) for g in grams if g in long_grams) / total if total else 0.0


def repeats_earlier(paragraphs: list[str], min_chars: int = 40) -> bool:
    """True when a paragraph repeats a stretch of at least ``min_chars`` characters of an
    earlier one (OCR that read a column twice)."""
    seen: set[str] = set()
    for p in paragraphs:
        chars = _NOT_WORD.sub("", p)
        shingles = [chars[i : i + _SHINGLE] for i in range(0, max(0, len(chars) - _SHINGLE + 1))]
        run = best = 0
        for s in shingles:
            run = run + 1 if s in seen else 0
            best = max(best, run)
        if best + _SHINGLE - 1 >= min_chars:
            return True
        seen.update(shingles)
    return False

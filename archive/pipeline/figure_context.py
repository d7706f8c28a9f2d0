"""Where a key figure stands in its sentence (``figures``): the clause around it, the metric
it measures, the year it refers to and the quote that goes with it.

Each takes the sentence and positions in it; the sentence-wide parts (clause stops, the
years named) are worked out once per sentence, not once per figure.
"""

import re
from bisect import bisect_left
from functools import lru_cache

from .figure_terms import (
    CAPACITY_CUES,
    CLASSES_BY_KIND,
    CLASSES_BY_UNIT,
    GROWTH_RE,
    PRODUCT_UNITS,
    SHARE_RE,
    TERM_CLASS,
    TERM_RE,
)

_HARD_STOP = "，,。；;：:！？!?\n"
_STOP_RE = re.compile(f"[{_HARD_STOP}]")
_YEAR_RE = re.compile(r"(?<![较比与同])(?<!\d)((?:19|20)\d\d)\s*年|(今年|去年|上年|明年)")
_HAN_RE = re.compile(r"[\u3400-\u9fffA-Za-z]+")
_OTHER_ONLY = frozenset({"其他"})
_NOUN_END_RE = re.compile(r"[的可在为是将已及和与等]")


def noun_after(sentence: str, pos: int, limit: int) -> str:
    m = _HAN_RE.match(sentence, pos)
    return m.group()[:limit] if m else ""


@lru_cache(maxsize=32)
def clause_stops(sentence: str) -> list[int]:
    """Positions of the clause-ending punctuation in a sentence (computed once per sentence:
    a sentence's figures all ask)."""
    return [m.start() for m in _STOP_RE.finditer(sentence)]


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: just after the last stop before it."""
    stops = clause_stops(sentence)
    k = bisect_left(stops, pos)
    return stops[k - 1] + 1 if k else 0


def clause_end(sentence: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: at the first stop at or after it."""
    stops = clause_stops(sentence)
    k = bisect_left(stops, pos)
    return stops[k] if k < len(stops) else len(sentence)


def last_term(context: str, allowed: set | None) -> str:
    """The last metric term in ``context`` whose class is ``allowed`` (any when None).
    ``findall`` gives the same terms as ``finditer`` without a match object each."""
    if not context:
        return ""
    terms = TERM_RE.findall(context)
    if allowed is None:
        return terms[-1] if terms else ""
    for t in reversed(terms):
        if TERM_CLASS[t] in allowed:
            return t
    return ""


def first_term(context: str, allowed: set | None) -> str:
    if not context:
        return ""
    for t in TERM_RE.findall(context):
        if allowed is None or TERM_CLASS[t] in allowed:
            return t
    return ""


def metric_of(m, sentence: str, kind: str, previous) -> tuple[str, str]:
    a, b = m.at, m.stop
    # clause_start(sentence, a) and clause_end(sentence, b) from one look-up of the stops
    stops = clause_stops(sentence)
    k = bisect_left(stops, a)
    cs = stops[k - 1] + 1 if k else 0
    k = bisect_left(stops, b, k)
    left = sentence[cs:a]
    right = sentence[b : stops[k] if k < len(stops) else len(sentence)]
    if kind == "rate" or kind == "points":
        growth = list(GROWTH_RE.finditer(left))
        share = list(SHARE_RE.finditer(left))
        g = growth[-1] if growth else None
        if g is not None and left[g.end() : g.end() + 1] in ("至", "到"):  # 提升至4.9%: a level
            g = None
        s = share[-1] if share else None
        term = last_term(left, None)
        if kind == "points" or (g is not None and (s is None or g.end() >= s.end())):
            return term or (previous.metric if previous else "") or (g.group() if g else ""), "增速"
        return term or (s.group() if s else ""), "占比"
    if kind == "area":
        return last_term(left, {"面积"}) or first_term(right, {"面积"}) or "", "面积"
    product = kind in ("mass", "energy") or m.unit in PRODUCT_UNITS
    if kind == "power" or (product and any(c in left + right[:8] for c in CAPACITY_CUES)):
        cue = next((c for c in CAPACITY_CUES if c in left + right[:8]), "")
        return cue, "产能"
    if kind in ("mass", "energy", "times"):
        term = last_term(left, None)
        return term, "其他"
    allowed = CLASSES_BY_KIND.get(kind) or CLASSES_BY_UNIT.get(m.unit, _OTHER_ONLY)
    if kind == "money":
        term = last_term(left, allowed) or first_term(right[:16], allowed) or last_term(_earlier(sentence, cs), allowed)
        return term, TERM_CLASS.get(term, "其他")
    noun = noun_after(sentence, b, 12)
    term = last_term(noun, allowed) or last_term(left, allowed) or last_term(_earlier(sentence, cs), allowed)
    if term:
        return term, TERM_CLASS[term]
    noun = _NOUN_END_RE.split(noun, maxsplit=1)[0]  # 事务可以在… -> 事务
    if m.unit in ("家", "户", "家次", "户次"):
        return noun, "企业数"
    return noun, "其他"


def _earlier(sentence: str, cs: int) -> str:
    """The clauses before the one starting at ``cs``, in the same sentence (40 characters)."""
    return sentence[max(0, cs - 40) : cs]


_RELATIVE_YEAR = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}


def years_named(sentence: str, reference_year: int | None) -> list[tuple[int, int]]:
    """``(end, year)`` of each year the sentence names, in order (once per sentence)."""
    if "年" not in sentence:
        return []
    out = []
    for y in _YEAR_RE.finditer(sentence):
        if y.group(1):
            out.append((y.end(), int(y.group(1))))
        elif reference_year is not None:
            out.append((y.end(), reference_year + _RELATIVE_YEAR[y.group(2)]))
    return out


def year_before(years: list[tuple[int, int]], pos: int) -> int | None:
    """The nearest year named before ``pos`` (ending at or before it)."""
    year = None
    for end, value in years:
        if end > pos:
            break
        year = value
    return year


QUOTE_MAX = 100


def quote_of(sentence: str, a: int, b: int) -> str:
    s = sentence.strip()
    if len(s) <= QUOTE_MAX:
        return s
    start = clause_start(sentence, clause_start(sentence, a) - 1) if clause_start(sentence, a) else 0
    return sentence[start : clause_end(sentence, b) + 1].strip()

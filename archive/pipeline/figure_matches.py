"""The candidate figures of an article (``figures``): the figure regex, run once over the
whole text, its matches dealt to their sentences with the qualifier before each number
joined on (``FigureMatch``), and what ``figure_exclusions.excluded`` refuses left out.
Pure functions of the text (its digits and commas half-width, as ``figures`` reads it)."""

import re

from .figure_exclusions import excluded
from .figure_lists import shared_units
from .figure_terms import EXCLUDED_UNITS, NUMBER, PRE, UNIT_ALT
from .numbers import BIG_UNITS, SMALL_UNITS

# The regex starts at the number (a character-set start the regex engine skips to fast);
# a qualifier before it is read by ``_PRE_END_RE`` (``FigureMatch``).
FIGURE_RE = re.compile(
    rf"(?P<num>{NUMBER})(?P<mid>余|多)?\s*(?P<scale>[十百千万亿]{{0,2}}?)(?P<mid2>余|多)?\s*"
    rf"(?P<unit>{UNIT_ALT})(?P<post>以上|以下|左右|上下(?!游)|以内|之多|多(?![了晶元功能样种层极媒彩]))?"
)
_PRE_END_RE = re.compile(rf"(?:{PRE})\s*$")
# The characters a qualifier ends with: a number after any other character has none (the
# search for one is skipped).
_PRE_LAST = frozenset(word[-1] for word in re.sub(r"\(\?<!\[[^]]*\]\)", "", PRE).split("|"))


_SCALING = frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)  # 十百千万亿


class FigureMatch:
    """A ``FIGURE_RE`` match with the qualifier before it (``pre``) joined on, its groups
    as attributes and its positions relative to its sentence (the regex runs once over
    the whole text, at ``offset`` of which the sentence starts): ``at`` where it starts
    (qualifier included), ``num_at`` where its number starts, ``stop`` where it ends."""

    __slots__ = ("num", "mid", "scale", "mid2", "unit", "post", "pre", "at", "num_at", "stop")

    def __init__(self, m: re.Match, sentence: str, offset: int = 0):
        self.num, self.mid, self.scale, self.mid2, self.unit, self.post = m.groups()
        a, self.stop = m.span()
        a -= offset  # the number starts the match
        self.num_at = a
        self.stop -= offset
        before = sentence[a - 1 : a]
        q = _PRE_END_RE.search(sentence, max(0, a - 6), a) if before in _PRE_LAST or before.isspace() else None
        if q is not None and before == "上" and self.num not in _SCALING:
            q = None  # (上 qualifies only a scaling word: 上万名, not 线上3家)
        self.pre = q.group().strip() if q else None
        self.at = q.start() if q else a

    def item(self, at: int, stop: int, num: str, scale: str) -> "FigureMatch":
        """A number listed before this one that shares its unit (``12.5、10.3和8.6%``)."""
        m = object.__new__(FigureMatch)
        m.num, m.scale, m.unit, m.at, m.num_at, m.stop = num, scale or self.scale, self.unit, at, at, stop
        m.mid = m.mid2 = m.post = m.pre = None
        return m

    def group(self, name):
        return getattr(self, name)

    def start(self, name=None):
        return self.at if name is None else self.num_at

    def end(self):
        return self.stop


_UNIT = FIGURE_RE.groupindex["unit"]
# A sentence: up to and with its end mark (and a closing quote after it), never across a
# line break. Written so that it never matches empty (an empty match per line break cost
# a Python test each): the sentences ``[^。！？!?；;\n]*[。！？!?；;]?[”’」』]?`` finds, without
# the empty ones.
_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?[”’」』]?|[。！？!?；;][”’」』]?")
_SPAN = re.Match.span


def candidates(norm: str):
    """``(sentence start, sentence, [FigureMatch])`` for each sentence with a candidate
    figure that ``figure_exclusions.excluded`` keeps.

    The figure regex runs once over the whole text (most sentences hold no number) and
    its matches are dealt to their sentences. A match can only differ from what the
    regex finds in the sentence alone by running over the sentence's end (``\\s*`` across
    a line break); then every sentence is searched on its own, as the definition says."""
    matches = list(FIGURE_RE.finditer(norm))
    if not matches:
        return []
    bounds = sentence_bounds(norm)
    out = []
    k, n = 0, len(bounds)
    group: list = []
    for m in matches:
        a = m.start()
        while k < n and bounds[k][1] <= a:
            k += 1
        if k == n or m.end() > bounds[k][1]:
            return list(_candidates_by_sentence(norm, bounds))
        if not group or group[0] != k:
            group = [k, []]
            out.append(group)
        group[1].append(m)
    result = []
    for k, ms in out:
        s_start, s_end = bounds[k]
        sentence = norm[s_start:s_end]
        found = [
            fm
            for m in ms
            if m[_UNIT] not in EXCLUDED_UNITS and not excluded(fm := FigureMatch(m, sentence, s_start), sentence)
        ]
        if found:
            result.append((s_start, sentence, shared_units(sentence, found, excluded)))
    return result


def _candidates_by_sentence(norm: str, bounds):
    for s_start, s_end in bounds:
        sentence = norm[s_start:s_end]
        found = [
            fm
            for m in FIGURE_RE.finditer(sentence)
            if m[_UNIT] not in EXCLUDED_UNITS and not excluded(fm := FigureMatch(m, sentence), sentence)
        ]
        if found:
            yield s_start, sentence, shared_units(sentence, found, excluded)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    return list(map(_SPAN, _SENTENCE_RE.finditer(text)))

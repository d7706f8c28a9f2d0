"""Shares written in words (``figures``): ``百分之十二``, ``百分之五点二``, ``三分之一``, and
fractions with a slash (``1/3``).

The figure regex reads a number and then its unit; a percentage spoken in words puts its
"unit" first (``百分之``), and a fraction is a number of its own (``三分之二``). Both are
rates in per cent. The value is stored as written, whole (``百分之五点二``, ``三分之一``), with
no unit beside it, so that it reads as printed (``figure_display``); its base value is
the per cent (5.2, 33.33…) in the base unit ``%``, so it sorts and charts with ``5.2%``.

Rare in print (numbers are Arabic by the standard, fractions are not), so the figure
stage looks for them only in an article with ``分之`` or ``/`` in it.
"""

import re

from .figure_exclusions import excluded
from .figure_terms import APPROX, CN, PRE
from .numbers import parse_number

_NUMERALS = "零〇一二两三四五六七八九十"
# 百分之 + a per cent in Arabic or Chinese numerals (百分之百 is "wholly", not a figure);
# N分之M with N from 二 to 十九 (万分之一 is a precision, not a share).
WORDS_RE = re.compile(
    rf"(?:(?P<pre>{PRE})\s*)?"
    rf"(?:百分之(?P<pct>\d+(?:\.\d+)?|[{CN}]+(?:点[{_NUMERALS}]+)?)"
    rf"|(?<![{CN}])(?P<den>十?[二三四五六七八九]|十)分之(?P<num>[一二三四五六七八九])"
    # 1/3 of a whole: followed by 的, a qualifier or the clause's end (not a date 3/5日, a
    # path or a speed 60km/h, a price 元/吨 or a score 9/10分)
    # (or right before what it is a share of: 超过1/3高新技术企业, 2/3科创板上市企业)
    r"|(?<![\d/.A-Za-z])(?P<sn>[1-9])/(?P<sd>[1-9]\d?)"
    r"(?=的|以上|左右|[，。；、,;]|$|[\u4e00-\u9fff]{0,6}?(?:企业|公司|项目|人才|专利|园区))"
    # half, with a bound before or after it (超过一半, 近一半的税收, 一半以上, 过半, 超过半数): a
    # bare 一半 is a phrase (一半是…), and 半 before a time or a word is none (超过半年, 半导体)
    r"|(?P<half>一半|半数?(?![年月天日导径岛价场壁边山]))"
    r")"
    r"(?P<post>以上|以下|左右|上下|以内|之多|多)?"
)


class WordShare:
    """A share in words, with the attributes ``figures`` reads of a figure regex's match
    (positions relative to its sentence) and its ``reading`` already made."""

    __slots__ = ("num", "mid", "scale", "mid2", "unit", "post", "pre", "at", "num_at", "stop", "reading")

    def __init__(self, m: re.Match, written: str, base: float, offset: int):
        self.pre, self.post = m["pre"], m["post"]
        self.num, self.mid, self.scale, self.mid2, self.unit = written, None, "", None, "%"
        self.at, self.stop = m.start() - offset, m.end() - offset
        self.num_at = (
            m.start("pct") - len("百分之")
            if m["pct"]
            else m.start("den")
            if m["den"]
            else m.start("half")
            if m["half"]
            else m.start("sn")
        )
        self.num_at -= offset
        approx = "exact"
        for q in (self.pre, self.post):
            if q:
                approx = APPROX[q]
        self.reading = (written, "", base, "%", "rate", approx)

    def start(self, name=None):
        return self.at if name is None else self.num_at

    def end(self):
        return self.stop


def _share(m: re.Match) -> tuple[str, float] | None:
    """(as written, per cent) of a match, or None when it is no figure."""
    if m["half"]:
        if not (m["pre"] or (m["post"] and m["half"] == "一半")):
            return None
        return "一半", 50.0
    if m["pct"]:
        if m["pct"] == "百":
            return None  # 百分之百满意: wholly
        try:
            return "百分之" + m["pct"], float(parse_number(m["pct"]))
        except ValueError:
            return None
    if m["sn"]:
        num, den, written = int(m["sn"]), int(m["sd"]), f"{m['sn']}/{m['sd']}"
    else:
        num, den = parse_number(m["num"]), parse_number(m["den"])
        written = f"{m['den']}分之{m['num']}"
    if num >= den:
        return None
    return written, float(num * 100 / den)


def word_shares(norm: str, candidates: list, bounds: list[tuple[int, int]]) -> list:
    """``candidates`` (``figure_matches.candidates``' sentences and their matches) with the
    shares in words added, each in its sentence in the order of the text; one that
    overlaps a figure the regex found is left to it, and one the exclusions refuse
    (``figure_exclusions``: inside a title, a ranking) is none."""
    by_start = {s_start: found for s_start, _sentence, found in candidates}
    added = {}
    k = 0
    for m in WORDS_RE.finditer(norm):
        share = _share(m)
        if share is None:
            continue
        while k < len(bounds) and bounds[k][1] <= m.start():
            k += 1
        if k == len(bounds) or m.end() > bounds[k][1]:
            continue  # across a sentence's end: not one figure
        s_start = bounds[k][0]
        found = by_start.get(s_start, [])
        a, b = m.start() - s_start, m.end() - s_start
        if any(f.at < b and a < f.stop for f in found):
            continue
        share_match = WordShare(m, share[0], share[1], s_start)
        if excluded(share_match, norm[s_start : bounds[k][1]]):  # 《三分之一的力量》
            continue
        if s_start in by_start:
            found.append(share_match)
            found.sort(key=lambda f: f.at)
        else:
            added.setdefault(bounds[k], []).append(share_match)
    if not added:
        return candidates
    more = [(s, norm[s:e], found) for (s, e), found in added.items()]
    return sorted(candidates + more, key=lambda c: c[0])

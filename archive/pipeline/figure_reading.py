"""A key figure's number read from the figure regex's groups (``figure_matches.FIGURE_RE``): its
value as written, its unit as stored, its value in the base unit and how approximate it
is. Beside ``numbers``, which parses the number itself; this adds the figure's rules
(money keeps its scaling word in the unit, ranges keep their low end, 数十/几百 are
approximate).

Pure functions of the groups, cached: a way of writing a figure (``1.2万家``,
``近4000亿元``) is read once.
"""

import re
from decimal import Decimal
from functools import lru_cache

from .figure_nouns import clause_start
from .figure_terms import APPROX, DECLINE_WORDS, GROWTH_RE, UNITS
from .numbers import CN_NUMERAL_CHARS, parse_number, scale_of

_SPACE_RE = re.compile(r"\s+")
_RANGE_RE = re.compile(r"\d[万亿]?\s*[-~～—至到]\s*\d")
_RANGE_SPLIT_RE = re.compile(r"[-~～—至到]")

_CN_NUMBER_CHARS = CN_NUMERAL_CHARS + "数几"


def is_chinese_number(num: str) -> bool:
    return not num.strip(_CN_NUMBER_CHARS)  # every character a numeral (or 数/几)


@lru_cache(maxsize=4096)
def base_value(low: str, scale: str, unit: str) -> float:
    """The value in the unit's base unit (numbers repeat: parsed once each)."""
    return float(parse_number(low) * scale_of(scale) * Decimal(UNITS[unit][2]))


@lru_cache(maxsize=8192)
def read_figure(num, mid, scale, mid2, unit, post, pre):
    """``(value, unit as stored, base value, base unit, kind, approx)`` of a number as the
    regex split it, or None when it does not parse. A pure function of the match's groups,
    so worked out once per distinct way of writing a figure (``1.2万家``, ``近4000亿元``)."""
    kind, base_unit, _factor = UNITS[unit]
    if " " in num or "\u3000" in num:
        num = _SPACE_RE.sub("", num)
    approx = "exact"
    for q in (pre, mid, mid2, post):
        if q:
            approx = APPROX[q]
    low, low_scale = num, ""
    if not num.isdigit() and _RANGE_RE.search(num):
        approx = "range"
        low = _RANGE_SPLIT_RE.split(num)[0].strip()
        if low[-1:] in ("万", "亿"):  # 80亿至120亿元, 5000万—1亿元: the low end at its own scale
            low_scale, low = low[-1], low[:-1]
    if num[:1] in "数几":
        approx = "approx"
        low = "一" + num[1:]
    scale = scale or ""
    # Chinese numerals swallow trailing scaling words (两千亿): for money they belong to the unit.
    if not scale and not low[:1].isdigit() and is_chinese_number(low):
        k = len(low)
        while k > 1 and low[k - 1] in "万亿":
            k -= 1
        if kind == "money" and k < len(low):
            scale, low, num = low[k:], low[:k], num[: len(num) - (len(low) - k)]
    try:
        base = base_value(low, low_scale or scale, unit)
    except ValueError:
        return None
    value = num + (mid or "") + (mid2 or "")
    written_unit = unit
    if kind == "money" and scale:
        written_unit = scale + unit
    elif scale:
        value = num + (mid or "") + scale + (mid2 or "")
    return value, written_unit, base, base_unit, kind, approx


# A qualifier set apart from its number by a verb (最高补贴100万元, 最高可获得50万元安家补贴)
# or by the whole a share is of (约占全市经济总量的28.3%, 不到全市的9%).
# A share's bound before the whole it is of: 不到全市的9%, 超过全国的三分之一, 不到全市1/10.
_APART_RE = re.compile(
    r"(?:(?P<upper>最高|最多)(?:可|将)?(?:获得?|给予|享受|补贴|补助|支持|资助|奖励|奖补|贴息)"
    r"|(?P<approx>约占)[^，,；;。！？\d]{0,16}"
    r"|(?:(?P<below>不到|不足|不超过|不高于|(?<!不)低于)|(?P<above>不低于|不少于|(?<!不)超过|(?<!不)高于|逾|超))"
    r"[^，,；;。！？\d]{1,16}的"
    # (a share's bound before the whole with no 的: 不到全市1/10; 高于全市2.3个百分点 is a difference)
    r"|(?P<share_below>不到|不足)全[国省市区]|(?P<share_above>(?<!不)超过|逾|超)全[国省市区])\Z"
)


def qualifier_apart(sentence: str, at: int) -> str | None:
    """How approximate the figure whose match starts at ``at`` is, when its qualifier stands
    apart from it; else None."""
    if not (
        "最" in sentence or "约占" in sentence or sentence[at - 1 : at] == "的" or sentence[at - 2 : at - 1] == "全"
    ):
        return None  # (none can stand before it: the search skipped)
    m = _APART_RE.search(sentence[max(0, at - 20) : at])
    if m is None:
        return None
    if m["upper"] or m["below"] or m["share_below"]:
        return "upper"
    return "lower" if m["above"] or m["share_above"] else "approx"


# What 均 is per in a term's prefix: 亩均, 人均, 地均, 户均, 企均.
PER_PREFIXES = "亩人地户企"
# A figure per unit of land, per head or per money before its metric: 每亩税收50万元, 每平方公里
# 工业用地工业增加值13亿元, 万人有效发明专利474件 (an intensity, not the total its class counts).
_PER_UNIT_RE = re.compile(
    r"每[\d.十百千万亿]*(?:平方公里|平方米|亩|公顷|人|元|美元)|^万人|[^\d万千百十一二两三四五六七八九]万人"
    # per mu, head or firm before any term: 亩均营业收入, 人均公共绿地面积, 人均利税
    rf"|[{PER_PREFIXES}]均"
    # per head of a workforce: 每万名R&D人员, 每1万从业人员; per money spent: 亿元研发投入的
    r"|每[\d.十百千万亿]*[名位]?(?:R&D|[\u4e00-\u9fff]{0,4}?)人员"
    r"|(?<![\d.一二两三四五六七八九十百千万])(?:千万|百万|万|亿)元(?:研发|R&D)[\u4e00-\u9fff]{0,4}?的"
)
# … or after it: 投资强度330万元每亩, 300万元/亩.
_PER_AFTER_RE = re.compile(r"\s*(?:每|/)(?:平方公里|平方米|亩|公顷|人)")


def per_unit(sentence: str, at: int, stop: int) -> bool:
    """Whether the clause before the figure at ``at:stop`` sets it per unit of land, head
    or money (每亩, 万人, 每千万元研发经费), or the words right after it do (330万元每亩)."""
    start = max(sentence.rfind(c, 0, at) for c in "，,；;。") + 1
    return _PER_UNIT_RE.search(sentence, start, at) is not None or _PER_AFTER_RE.match(sentence, stop) is not None


# A clause that is only a comparison and a change word (同比提高, 较上年增加了, 比去年减少).
_CHANGE_ONLY_RE = re.compile(
    r"(?:同比|环比|较上年|比上年|较去年|比去年|较上年同期|比上年同期)?"
    r"(?:提高|增加|增长|减少|下降|降低|提升|多|少)了?\Z"
)


def change_alone(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is what the one before it changed by, its clause naming
    nothing else (``亩均税收达到38.6万元，同比提高4.2万元``)."""
    start = max(sentence.rfind(c, 0, at) for c in "，,；;。") + 1
    return start > 0 and _CHANGE_ONLY_RE.fullmatch(sentence, start, at) is not None


# How a fall's own rate changed, after its change word (降幅收窄, 降幅缩小, 降幅扩大).
_RATE_CHANGED_RE = re.compile(r"收窄|缩小|扩大|收缩|加深")


def declines(sentence: str, at: int) -> bool:
    """Whether the growth rate whose number starts at ``at`` is a fall: the last change
    word before it in its clause is one of ``DECLINE_WORDS`` (同比下降3.2%), or a minus sign
    follows the change word (增长-1.5%)."""
    left = sentence[clause_start(sentence, at) : at]
    sign = left[-1:] in ("-", "−", "负")
    if sign:
        left = left[:-1]
    last = None
    for last in GROWTH_RE.finditer(left):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return False
    if sign:
        return last.end() == len(left.rstrip())
    # (降幅较上半年收窄1.5个百分点: the fall's rate changed, nothing fell by it)
    return last.group() in DECLINE_WORDS and _RATE_CHANGED_RE.search(left, last.end()) is None

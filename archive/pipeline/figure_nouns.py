"""The words around a number in its sentence (``figure_context`` and the exclusions read
them): the noun before or after it, its clause, the metric terms near it."""

import re
from bisect import bisect_left
from functools import lru_cache

from .figure_terms import GROWTH_RE, NOUN_LEAD_WORDS, NOUN_TRAIL_WORDS, TERM_CLASS, TERM_RE

_HARD_STOP = "，,。；;：:！？!?\n"
_STOP_RE = re.compile(f"[{_HARD_STOP}]")
_HAN_RE = re.compile(r"[\u3400-\u9fffA-Za-z]+")
# Particles and verbs that end a noun after a number (``15万平方米的载体空间`` -> 载体空间).
PARTICLES = "的可在为是将已及和与等"
NOUN_END_RE = re.compile(f"以及|[{PARTICLES}]")
# Han characters up to a number, spaces of a narrow column's broken words among them (满  意度)
_HAN_BEFORE_RE = re.compile(r"[\u3400-\u9fff](?:[\u3400-\u9fff]| (?=[ \u3400-\u9fff])){0,30}\Z")
# (增加 leads into what is added, not into 增加值: 工业增加值占…)
_LEAD_ALT = "|".join(w + "(?!值)" if w == "增加" else w for w in sorted(NOUN_LEAD_WORDS, key=len, reverse=True))
LEAD_RE = re.compile(_LEAD_ALT)
_LAST_LEAD_RE = re.compile(f".*({_LEAD_ALT})")  # up to the end of the last lead word
_TRAIL_RE = re.compile("(?:" + "|".join(sorted(NOUN_TRAIL_WORDS, key=len, reverse=True)) + ")+\\Z")
_PHRASE_MAX = 8
# A comparison closing the phrase before a number or a change word (比上年, 较上年同期增长,
# 同比上年): what it is compared with, not what is measured.
_COMPARED_RE = re.compile(
    rf"(?:同比|比|较|与)(?:上年|去年|前年|上月|同期|(?:19|20)\d\d年)?(?:同期)?(?:{GROWTH_RE.pattern})?\Z"
)
_DIGIT_ENDS = frozenset("0123456789.%")
_UNIT_HEAD_RE = re.compile(r"[十百千万亿]{0,2}(?:美元|元|家|个|项|件|人|名|年|月|日|号|吨|亩|辆|台|套)")


def noun_after(sentence: str, pos: int, limit: int) -> str:
    m = _HAN_RE.match(sentence, pos)
    return m.group()[:limit] if m else ""


def head_after(sentence: str, pos: int) -> str:
    """The noun a figure's unit is followed by: the Han characters after it up to a
    particle (``15万平方米的载体空间`` -> 载体空间); a longer run goes on into the next words,
    and is cut after the first metric term in it (``40GW单晶硅项目中上演`` -> 单晶硅项目)."""
    if sentence[pos : pos + 1] == "的":
        pos += 1
    noun = NOUN_END_RE.split(noun_after(sentence, pos, 12), maxsplit=1)[0]
    t = TERM_RE.search(noun) if len(noun) > 6 else None
    return noun[: t.end()] if t is not None else noun


def names_a_thing(noun: str) -> bool:
    """Two characters or more, not led by a verb or a change word: ``创新型企``, not
    ``入选`` or ``增长到`` (从2018年的120家增长到…)."""
    return len(noun) >= 2 and not LEAD_RE.match(noun) and not GROWTH_RE.match(noun)


def counted_after(sentence: str, pos: int) -> str:
    """``head_after`` when it names a thing (``30家创新型企``, not ``55家入选``), else ""."""
    noun = head_after(sentence, pos)
    return noun if names_a_thing(noun) else ""


_VALUE_ADDED_MAX = 11  # 数字经济核心产业增加值


def noun_before(sentence: str, lo: int, pos: int, limit: int = _PHRASE_MAX) -> str:
    """The noun phrase just before a number at ``pos`` (not before ``lo``): the Han
    characters running up to it, from after the last verb, place or modifier that leads
    into it, without the copula or total after it (``调整更新权责`` -> 权责,
    ``湘潭高新区政务服务办件为`` -> 政务服务办件, ``总数达到`` -> ""). At most ``limit``
    characters; "" when less than two are left."""
    while pos > lo and sentence[pos - 1] == " ":  # 清单问题 400多条
        pos -= 1
    # a match is at most 31 characters: starting the search there skips the clause's head
    m = _HAN_BEFORE_RE.search(sentence, max(lo, pos - 31), pos)
    if m is None:
        return ""
    phrase = m.group()
    if " " in phrase:
        phrase = phrase.replace(" ", "")
    if m.start() and sentence[m.start() - 1] in _DIGIT_ENDS and (u := _UNIT_HEAD_RE.match(phrase)):
        phrase = phrase[u.end() :]  # 2021年专利申请量, 3819.4亿元增长: a date's or an amount's tail
    t = _TRAIL_RE.search(phrase)
    if t is not None:
        phrase = phrase[: t.start()]
    if ("比" in phrase or "较" in phrase or "与" in phrase) and (c := _COMPARED_RE.search(phrase)) is not None:
        phrase = phrase[: c.start()]
    value_added = phrase.endswith("增加值") and len(phrase) > 3
    if value_added:  # 增加 of 规上工业增加值 is no verb leading into it
        phrase = phrase[:-3]
    lead = _LAST_LEAD_RE.match(phrase)
    if value_added:
        phrase = phrase[lead.end() if lead is not None else 0 :] + "增加值"
        return phrase if len(phrase) <= _VALUE_ADDED_MAX else "增加值"
    if lead is not None:
        # one character after the word is a suffix that makes a verb a noun (完成率)
        suffixed = len(phrase) - lead.end() == 1 and lead.end() - lead.start(1) > 1
        phrase = phrase[lead.start(1) if suffixed else lead.end() :]
    if len(phrase) > limit and (name := _NAME_WORD_RE.match(phrase, 0, len(phrase) - 2)) is not None:
        phrase = phrase[name.end() :]  # 常州基地动力电池出货量: not from inside the plant's name
    return phrase[-limit:] if len(phrase) >= 2 else ""


# The end of a company's, plant's or branch's name inside a long phrase before a number: what
# is measured starts after it, not at the phrase's limit inside the name.
_NAME_WORD_RE = re.compile(r".*(?:基地|工厂|公司|集团|总部)")


_START = re.Match.start


@lru_cache(maxsize=32)
def clause_stops(sentence: str) -> list[int]:
    """Positions of the clause-ending punctuation in a sentence (computed once per sentence:
    a sentence's figures all ask)."""
    return list(map(_START, _STOP_RE.finditer(sentence)))


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


def unquoted(context: str) -> str:
    """Quotation marks inside a term left out: ``专精特新“小巨人”企业`` holds 小巨人企业."""
    return context.replace("“", "").replace("”", "")


def last_term(context: str, allowed: set | None) -> str:
    """The last metric term in ``context`` whose class is ``allowed`` (any when None).
    ``findall`` gives the same terms as ``finditer`` without a match object each."""
    if not context:
        return ""
    if "“" in context:
        context = unquoted(context)
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
    if "“" in context:
        context = unquoted(context)
    for t in TERM_RE.findall(context):
        if allowed is None or TERM_CLASS[t] in allowed:
            return t
    return ""

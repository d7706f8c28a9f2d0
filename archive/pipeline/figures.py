"""Key figures in an article: amounts, counts, areas, capacities and rates, each with its
unit, its value in a base unit, how approximate it is, the metric it measures, the year
and park it refers to and where it stands in the article text.

Pure functions, no Django. Runs on every article at import (measured in docs/figures.md).

**Article text** is the body exactly as ``Article.body`` stores it (``article_text``: the
blocks' stripped texts joined with ``"\\n\\n"``, subheads prefixed with ``"## "``); every
``Figure.start``/``end`` indexes into it. Headlines and captions are not searched: a
headline repeats a figure of its body (``…总投资额近4000亿元``), and a figure found twice
would be counted twice.

How a figure is found (``extract_figures``):

1. A regex finds ``[qualifier] number [余/多] [scale] unit [qualifier]``: Arabic or
   Chinese numerals (``numbers.parse_number``), qualifiers 近/约/超/逾/不超过… before and
   余/多/以上/左右… after, units from ``UNITS``. Money keeps its scaling word in the unit
   (``4191.83`` ``亿元``); other units leave it in the value (``1.2万`` ``家``).
2. What is not a key figure is dropped (``_excluded``): dates and durations (their units
   are matched, longest first, and refused: ``3-5个工作日``, ``1-10月``), ordinals and
   rankings (``第三届``, ``前5名``), numbers inside names (``G60``, ``《…100条》``), ratios
   (``50%:50%``), list counts written in small Chinese numerals (``三个方面``, ``两家``),
   thresholds naming a class of projects (``超10亿元的重点产业项目``), counts of
   organisational structure (``10个网格``, ``4个临时党支部``), and counts of policy clauses
   and pages (units 条, 页).
3. The metric is the nearest term of ``METRIC_TERMS`` in the clause (for counts first the
   noun after the unit: ``129个重点项目``), else in the clauses before it in the sentence;
   its class is fixed by the term and the kind of unit (a money term never classes a
   count). Rates are 增速 after a change word (增长, 压缩…) and 占比 otherwise.
4. The year is the nearest ``NNNN年`` before the figure in its sentence (``今年``/``去年``
   with a reference year), not a comparison base (``较2020年``). The park is the
   sentence's park (``Gazetteer.find_mentions``), else the article's primary park.
"""

import re
from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import lru_cache

from .numbers import CN_NUMERAL_CHARS, parse_number, scale_of
from .parks import Gazetteer
from .types import Block, ParkMention, ParsedArticle

SUBHEAD_PREFIX = "## "  # as archive.models.SUBHEAD_PREFIX (the pipeline imports no Django)

# unit as written -> (kind, base unit, factor to the base unit)
UNITS = {
    "元": ("money", "元", 1),
    "美元": ("money", "美元", 1),
    "欧元": ("money", "欧元", 1),
    "港元": ("money", "港元", 1),
    "平方公里": ("area", "平方米", 10**6),
    "平方千米": ("area", "平方米", 10**6),
    "平方米": ("area", "平方米", 1),
    "平米": ("area", "平方米", 1),
    "公顷": ("area", "平方米", 10**4),
    "亩": ("area", "平方米", Decimal(2000) / 3),
    "GW": ("power", "W", 10**9),
    "MW": ("power", "W", 10**6),
    "kW": ("power", "W", 10**3),
    "吉瓦": ("power", "W", 10**9),
    "兆瓦": ("power", "W", 10**6),
    "千瓦": ("power", "W", 10**3),
    "千瓦时": ("energy", "千瓦时", 1),
    "度": ("energy", "千瓦时", 1),
    "吨": ("mass", "吨", 1),
    "%": ("rate", "%", 1),
    "％": ("rate", "%", 1),
    "‰": ("rate", "%", Decimal("0.1")),
    "成": ("rate", "%", 10),
    "个百分点": ("points", "个百分点", 1),
    "百分点": ("points", "个百分点", 1),
    "倍": ("times", "倍", 1),
}
for _u in "家 个 项 件 户 块 场 本 辆 只 套 片 座 台 所 篇 种 款 栋 张 株 头 艘 架 例 批次 家次 户次 项次 人 名 位 人次".split():
    UNITS[_u] = ("people" if _u in ("人", "名", "位", "人次") else "count", "个", 1)
# Matched so that the longest unit wins, then refused: dates, durations, ordinals, policy
# clauses, pages, distances, levels ("千亿级"), rankings ("50强").
EXCLUDED_UNITS = set(
    "个工作日 工作日 个月 个小时 小时 分钟 天 日 年 年度 月 周年 周 岁 号 届 期 批 条 页 个方面 方面 米 公里 次 级 强 大 倍数".split()
)
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in (*UNITS, *EXCLUDED_UNITS)), key=len, reverse=True))

# 约 after 签/预/制… is part of a word (签约32个), as is 近 after 最/附/临 (最近3年).
_PRE = "最高不超过|不超过|不少于|不低于|不高于|不足|不到|将近|接近|大约|超过|超出|多达|(?<![签预制合公节条协邀契])约|(?<![最附临])近|超|逾|最高|最多|至少|最少"
_CN = "零〇一二两三四五六七八九十百千万亿"
_NUMBER = rf"(?:\d+(?:[,，]\d{{3}})*(?:\.\d+)?(?:\s*[-~～—至到]\s*\d+(?:\.\d+)?)?|[{_CN}]+(?:点[零〇一二三四五六七八九]+)?|[数几][十百千万])"
# The regex starts at the number (a character-set start the regex engine skips to fast);
# a qualifier before it is read by ``_PRE_END_RE`` (``_FigureMatch``).
FIGURE_RE = re.compile(
    rf"(?P<num>{_NUMBER})(?P<mid>余|多)?\s*(?P<scale>[十百千万亿]{{0,2}}?)(?P<mid2>余|多)?\s*"
    rf"(?P<unit>{_UNIT_ALT})(?P<post>以上|以下|左右|上下|以内|之多|多)?"
)
_PRE_END_RE = re.compile(rf"(?:{_PRE})\s*$")


class _FigureMatch:
    """A ``FIGURE_RE`` match with the qualifier before it (group ``pre``) joined on, its
    positions relative to its sentence (the regex runs once over the whole text, at
    ``offset`` of which the sentence starts)."""

    __slots__ = ("groups", "_start", "_num", "_end")

    def __init__(self, m: re.Match, sentence: str, offset: int = 0):
        self.groups = m.groupdict()
        a = m.start() - offset  # the number starts the match
        self._num, self._end = a, m.end() - offset
        q = _PRE_END_RE.search(sentence, max(0, a - 6), a)
        self.groups["pre"] = q.group().strip() if q else None
        self._start = q.start() if q else a

    def group(self, name):
        return self.groups[name]

    def start(self, name=None):
        return self._start if name is None else self._num

    def end(self):
        return self._end


APPROX = {
    "近": "approx",
    "将近": "approx",
    "接近": "approx",
    "约": "approx",
    "大约": "approx",
    "左右": "approx",
    "上下": "approx",
    "超": "lower",
    "超过": "lower",
    "超出": "lower",
    "逾": "lower",
    "多达": "lower",
    "余": "lower",
    "多": "lower",
    "以上": "lower",
    "之多": "lower",
    "不少于": "lower",
    "不低于": "lower",
    "至少": "lower",
    "最少": "lower",
    "不超过": "upper",
    "最高不超过": "upper",
    "不足": "upper",
    "不到": "upper",
    "最高": "upper",
    "最多": "upper",
    "以下": "upper",
    "以内": "upper",
    "不高于": "upper",
}

# Metric terms -> class. Several terms per class; "其他" terms stop a search from reaching
# a farther, wrong term (``技术合同成交额`` is not 营收, ``30家研发机构`` are not 企业).
METRIC_TERMS = {
    "产值": "工业总产值 总产值 年产值 产值 地区生产总值 生产总值 GDP 工业增加值 增加值",
    "营收": "营业收入 主营业务收入 营收 销售收入 销售额 收入",
    "税收": "税收 减免税 减税 税费 纳税 退税 财政收入 一般公共预算收入 一般财政预算收入 财政预算收入",
    "投资": "总投资额 总投资金额 总投资 投资额 固定资产投资 投资 总规模 签约金额 签约额 引资 投入",
    "融资/贷款": "融资 贷款 放贷 信贷 授信 募资",
    "资金": "专项资金 资金 奖补 奖励 补贴 补助 扶持 经费 兑现 兑付 创新券 财政支持 拨付",
    "进出口": "进出口 出口额 进口额 外贸",
    "企业数": "企业 高企 公司 市场主体 瞪羚 独角兽 银行 纳税人",
    "项目数": "项目",
    "人才": "人才 专家 科学家 院士 博士 从业人数 从业人员 培训人数 持卡人数 员工",
    "专利": "发明专利 专利 知识产权 商标 著作权",
    "面积": "面积 占地 用地 建筑面积",
    "产能": "产能 年产 生产能力 装机 发电量",
    "其他": "成交额 账款 技术合同 事项 研发机构 研发平台 研发中心 实验室 平台 载体 机构 院校 高校 园区 基地 论文 干部 孵化器 众创空间",
}
TERM_CLASS = {t: c for c, terms in METRIC_TERMS.items() for t in terms.split()}
_TERM_RE = re.compile("|".join(sorted(map(re.escape, TERM_CLASS), key=len, reverse=True)))
CLASSES_BY_KIND = {
    "money": {"产值", "营收", "税收", "投资", "融资/贷款", "资金", "进出口", "其他"},
    "people": {"人才", "其他"},
}
# What a count unit can count: 家 are enterprises (or institutions), 项 projects or patents.
CLASSES_BY_UNIT = {
    **{u: {"企业数", "其他"} for u in ("家", "家次", "户", "户次")},
    **{u: {"项目数", "专利", "其他"} for u in ("项", "项次", "件")},
    "个": {"项目数", "企业数", "其他"},
}
PRODUCT_UNITS = set("套 只 片 台 辆 件 块 张 株 头 艘 架".split())  # counts that can be a capacity
CAPACITY_CUES = ("产能", "年产", "生产能力", "发电量", "装机")
GROWTH_RE = re.compile(
    r"压缩率|增长率|增速|增幅|降幅|同比增长|增长|提升|提高|下降|减少|压缩|精简了|精简|提速|增加|回落|下滑|上涨"
)
SHARE_RE = re.compile(r"占比|占|比例|比重|率|满意度|覆盖")
# Counted things that are organisational structure, not key figures.
STRUCTURE_NOUNS = (
    "方面",
    "党支部",
    "党小组",
    "党组织",
    "网格",
    "部门",
    "细分领域",
    "领域",
    "社区",
    "村",
    "环节",
    "要素",
)

_WORD_AFTER_CHENG = set("本果为立功交员长熟效型绩品就都分")
_SPACE_RE = re.compile(r"\s+")
_RANGE_RE = re.compile(r"\d\s*[-~～—至到]\s*\d")
_RANGE_SPLIT_RE = re.compile(r"[-~～—至到]")
_PROJECT_CLASS_RE = re.compile(r"的?[\u4e00-\u9fff]{0,4}项目")
_RANK_BEFORE_RE = re.compile(r"(?<![目此之以当提年日月])前$")  # 前5名, not 目前15个
_HARD_STOP = "，,。；;：:！？!?\n"
_STOP_RE = re.compile(f"[{_HARD_STOP}]")
_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;]?[”’」』]?")
_YEAR_RE = re.compile(r"(?<![较比与同])(?<!\d)((?:19|20)\d\d)\s*年|(今年|去年|上年|明年)")
_HAN_RE = re.compile(r"[\u3400-\u9fffA-Za-z]+")
_FULLWIDTH = tuple(zip("０１２３４５６７８９．，％", "0123456789.,%", strict=True))


def _halfwidth(text: str) -> str:
    """Full-width digits, point, comma and percent sign as ASCII (same length, so spans
    stay valid). ``str.replace`` per character: ``str.translate`` with a table walks
    Chinese text a character at a time in Python's slow path (~0.3 ms an article, more
    than finding the figures)."""
    for wide, narrow in _FULLWIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


@dataclass
class Figure:
    """One key figure. ``value`` is the number as written with its scaling words and
    余/多 (``4191.83``, ``1.2万``, ``3700余``, ``百余``); the qualifiers around it
    (``近``, ``以上``) are in ``text`` and ``approx``. ``start``/``end`` index the article
    text (``article_text``); ``text`` is that slice."""

    value: str
    unit: str
    base_value: float
    base_unit: str
    approx: str  # "exact" | "approx" | "lower" | "upper" | "range"
    metric: str  # as written in the sentence ("工业总产值"), "" when none was found
    metric_class: str
    year: int | None
    park: str  # park name, "" when the article has none
    quote: str
    start: int
    end: int
    text: str
    park_key: object = field(default=None, repr=False)

    EXPORT_FIELDS = (
        "value",
        "unit",
        "base_value",
        "base_unit",
        "approx",
        "metric",
        "metric_class",
        "year",
        "park",
        "quote",
    )

    def as_export(self) -> dict:
        """The record ``export_articles`` writes for this figure."""
        return {k: getattr(self, k) for k in self.EXPORT_FIELDS}

    def as_dict(self) -> dict:
        return asdict(self)


def article_text(blocks: list[Block]) -> str:
    """The article text figures index into: what ``Article.body`` stores for these blocks
    (``archive.models.blocks_to_body``)."""
    out = []
    for block in blocks:
        text = block.text.strip()
        if text:
            out.append(SUBHEAD_PREFIX + text if block.kind == "subhead" else text)
    return "\n\n".join(out)


def article_figures(article: ParsedArticle, gazetteer: Gazetteer | None = None) -> list[Figure]:
    """Figures of a parsed article; spans index ``article_text(article.blocks)``."""
    year = None
    if article.date is not None and not article.date.estimated:
        year = article.date.value.year
    return extract_figures(article_text(article.blocks), gazetteer=gazetteer, parks=article.parks, reference_year=year)


def extract_figures(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    parks: list[ParkMention] = (),
    reference_year: int | None = None,
) -> list[Figure]:
    """Key figures in ``text``, in order. ``parks`` are the article's park mentions (the
    primary one is the default park); ``reference_year`` resolves 今年/去年."""
    if not text:
        return []
    norm = _halfwidth(text)
    primary = next((p for p in parks if p.primary), parks[0] if parks else None)
    figures: list[Figure] = []
    for s_start, sentence, found in _candidates(norm):
        park = _sentence_park(text[s_start : s_start + len(sentence)], gazetteer) or primary
        previous = None
        for m in found:
            fig = _figure(m, sentence, s_start, text, reference_year, park, previous)
            if fig is not None:
                figures.append(fig)
                previous = fig
    return figures


def _candidates(norm: str):
    """``(sentence start, sentence, [_FigureMatch])`` for each sentence with a candidate
    figure that ``_excluded`` keeps.

    The figure regex runs once over the whole text (most sentences hold no number) and
    its matches are dealt to their sentences. A match can only differ from what the
    regex finds in the sentence alone by running over the sentence's end (``\\s*`` across
    a line break); then every sentence is searched on its own, as the definition says."""
    matches = list(FIGURE_RE.finditer(norm))
    if not matches:
        return []
    bounds = _sentence_bounds(norm)
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
            if m.group("unit") not in EXCLUDED_UNITS
            and not _excluded(fm := _FigureMatch(m, sentence, s_start), sentence)
        ]
        if found:
            result.append((s_start, sentence, found))
    return result


def _candidates_by_sentence(norm: str, bounds):
    for s_start, s_end in bounds:
        sentence = norm[s_start:s_end]
        found = [
            fm
            for m in FIGURE_RE.finditer(sentence)
            if m.group("unit") not in EXCLUDED_UNITS and not _excluded(fm := _FigureMatch(m, sentence), sentence)
        ]
        if found:
            yield s_start, sentence, found


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.end() > m.start()]


def _sentence_park(sentence: str, gazetteer: Gazetteer | None) -> ParkMention | None:
    if gazetteer is None or ("区" not in sentence and "园" not in sentence):
        return None
    mentions = gazetteer.find_mentions(sentence)
    return next((m for m in mentions if m.verified), mentions[0] if mentions else None)


def _is_chinese_number(num: str) -> bool:
    return all(ch in CN_NUMERAL_CHARS or ch in "数几" for ch in num)


def _excluded(m: re.Match, sentence: str) -> bool:
    unit = m.groups["unit"]
    if unit in EXCLUDED_UNITS:
        return True
    num, a, b = m.groups["num"], m.start("num"), m.end()
    before = sentence[:a].rstrip()
    if before.endswith(("第", "排名", "No.", "NO.", "号")) or _RANK_BEFORE_RE.search(before):
        return True
    if before[-1:].isascii() and before[-1:].isalnum():  # G60, 5G: a number inside a name
        return True
    if sentence[b : b + 1] in (":", "：") and sentence[b + 1 : b + 2].isdigit():  # 50%:50%
        return True
    if before.endswith((":", "：")) and (before[-2:-1].isdigit() or before[-2:-1] == "%"):
        return True
    opened = sentence.rfind("《", 0, a)
    if opened != -1 and sentence.find("》", opened, a) == -1:
        return True
    if unit == "成" and (num == "零" or sentence[b : b + 1] in _WORD_AFTER_CHENG):  # 零成本, 三成员
        return True
    qualified = m.groups["pre"] or m.groups["mid"] or m.groups["mid2"] or m.groups["post"]
    if _is_chinese_number(num) and unit != "成" and not qualified:
        if num in ("百", "千", "万", "亿"):  # 千亩加速器, 万人进万企, 百强: names
            return True
        try:
            if parse_number(num + m.groups["scale"]) < 10:  # 三个方面, 两家: list counts
                return True
        except ValueError:
            return True
    kind = UNITS[unit][0]
    tail = sentence[b : b + 10]
    if kind == "money" and m.groups["pre"] and _PROJECT_CLASS_RE.match(tail):
        return True  # 超10亿元的重点产业项目: a class of projects, not an amount
    if kind in ("count", "people"):
        noun = _noun_after(sentence, b, 6)
        if any(w in noun for w in STRUCTURE_NOUNS):
            return True
    return False


def _noun_after(sentence: str, pos: int, limit: int) -> str:
    m = _HAN_RE.match(sentence, pos)
    return m.group()[:limit] if m else ""


@lru_cache(maxsize=32)
def _stops(sentence: str) -> list[int]:
    """Positions of the clause-ending punctuation in a sentence (computed once per sentence:
    a sentence's figures all ask)."""
    return [m.start() for m in _STOP_RE.finditer(sentence)]


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: just after the last stop before it."""
    stops = _stops(sentence)
    k = bisect_left(stops, pos)
    return stops[k - 1] + 1 if k else 0


def _clause_end(sentence: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: at the first stop at or after it."""
    stops = _stops(sentence)
    k = bisect_left(stops, pos)
    return stops[k] if k < len(stops) else len(sentence)


def _last_term(context: str, allowed: set | None) -> str:
    best = ""
    for t in _TERM_RE.finditer(context):
        if allowed is None or TERM_CLASS[t.group()] in allowed:
            best = t.group()
    return best


def _first_term(context: str, allowed: set | None) -> str:
    for t in _TERM_RE.finditer(context):
        if allowed is None or TERM_CLASS[t.group()] in allowed:
            return t.group()
    return ""


def _metric(m: re.Match, sentence: str, kind: str, previous: "Figure | None") -> tuple[str, str]:
    a, b = m.start(), m.end()
    cs = _clause_start(sentence, a)
    left = sentence[cs:a]
    right = sentence[b : _clause_end(sentence, b)]
    earlier = sentence[max(0, cs - 40) : cs]  # the clauses before, in the same sentence
    if kind == "rate" or kind == "points":
        growth = list(GROWTH_RE.finditer(left))
        share = list(SHARE_RE.finditer(left))
        g = growth[-1] if growth else None
        if g is not None and left[g.end() : g.end() + 1] in ("至", "到"):  # 提升至4.9%: a level
            g = None
        s = share[-1] if share else None
        term = _last_term(left, None)
        if kind == "points" or (g is not None and (s is None or g.end() >= s.end())):
            return term or (previous.metric if previous else "") or (g.group() if g else ""), "增速"
        return term or (s.group() if s else ""), "占比"
    if kind == "area":
        return _last_term(left, {"面积"}) or _first_term(right, {"面积"}) or "", "面积"
    product = kind in ("mass", "energy") or m.groups["unit"] in PRODUCT_UNITS
    if kind == "power" or (product and any(c in left + right[:8] for c in CAPACITY_CUES)):
        cue = next((c for c in CAPACITY_CUES if c in left + right[:8]), "")
        return cue, "产能"
    if kind in ("mass", "energy", "times"):
        term = _last_term(left, None)
        return term, "其他"
    allowed = CLASSES_BY_KIND.get(kind) or CLASSES_BY_UNIT.get(m.groups["unit"], {"其他"})
    if kind == "money":
        term = _last_term(left, allowed) or _first_term(right[:16], allowed) or _last_term(earlier, allowed)
        return term, TERM_CLASS.get(term, "其他")
    noun = _noun_after(sentence, b, 12)
    term = _last_term(noun, allowed) or _last_term(left, allowed) or _last_term(earlier, allowed)
    if term:
        return term, TERM_CLASS[term]
    noun = re.split(r"[的可在为是将已及和与等]", noun, maxsplit=1)[0]  # 事务可以在… -> 事务
    if m.groups["unit"] in ("家", "户", "家次", "户次"):
        return noun, "企业数"
    return noun, "其他"


def _year(sentence: str, pos: int, reference_year: int | None) -> int | None:
    year = None
    if "年" not in sentence:
        return None
    for y in _YEAR_RE.finditer(sentence, 0, pos):
        if y.group(1):
            year = int(y.group(1))
        elif reference_year is not None:
            year = reference_year + {"今年": 0, "去年": -1, "上年": -1, "明年": 1}[y.group(2)]
    return year


def _quote(sentence: str, a: int, b: int) -> str:
    s = sentence.strip()
    if len(s) <= 100:
        return s
    start = _clause_start(sentence, _clause_start(sentence, a) - 1) if _clause_start(sentence, a) else 0
    return sentence[start : _clause_end(sentence, b) + 1].strip()


def _figure(m, sentence, offset, text, reference_year, park, previous) -> Figure | None:
    unit = m.groups["unit"]
    kind, base_unit, factor = UNITS[unit]
    num = m.groups["num"]
    if " " in num or "\u3000" in num:
        num = _SPACE_RE.sub("", num)
    mid = (m.groups["mid"] or "") + (m.groups["mid2"] or "")
    scale = m.groups["scale"] or ""
    approx = "exact"
    for q in (m.groups["pre"], m.groups["mid"], m.groups["mid2"], m.groups["post"]):
        if q:
            approx = APPROX[q]
    low = num
    if _RANGE_RE.search(num):
        approx = "range"
        low = _RANGE_SPLIT_RE.split(num)[0]
    if num[:1] in "数几":
        approx = "approx"
        low = "一" + num[1:]
    # Chinese numerals swallow trailing scaling words (两千亿): for money they belong to the unit.
    if not scale and not low[:1].isdigit() and _is_chinese_number(low):
        k = len(low)
        while k > 1 and low[k - 1] in "万亿":
            k -= 1
        if kind == "money" and k < len(low):
            scale, low, num = low[k:], low[:k], num[: len(num) - (len(low) - k)]
    try:
        base = parse_number(low) * scale_of(scale) * Decimal(factor)
    except ValueError:
        return None
    value = num + mid
    written_unit = unit
    if kind == "money" and scale:
        written_unit = scale + unit
    elif scale:
        value = num + (m.groups["mid"] or "") + scale + (m.groups["mid2"] or "")
    metric, metric_class = _metric(m, sentence, kind, previous)
    start, end = offset + m.start(), offset + m.end()
    while text[start].isspace():
        start += 1
    return Figure(
        value=value,
        unit=written_unit,
        base_value=float(base),
        base_unit=base_unit,
        approx=approx,
        metric=metric,
        metric_class=metric_class,
        year=_year(sentence, m.start(), reference_year),
        park=park.name if park else "",
        park_key=park.key if park else None,
        quote=_quote(text[offset : offset + len(sentence)], m.start(), m.end()),
        start=start,
        end=end,
        text=text[start:end],
    )

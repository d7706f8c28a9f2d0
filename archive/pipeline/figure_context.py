"""Where a key figure stands in its sentence (``figures``): the clause around it, the metric
it measures, the year it refers to and the quote that goes with it.

Each takes the sentence and positions in it; the sentence-wide parts (clause stops, the
years named) are worked out once per sentence, not once per figure. The nouns and clauses
around a number are read by ``figure_nouns``.
"""

import re
from bisect import bisect_left

from .figure_nouns import (
    LEAD_RE,
    NOUN_END_RE,
    PARTICLES,
    clause_end,
    clause_start,
    clause_stops,
    first_term,
    head_after,
    last_term,
    names_a_thing,
    noun_after,
    noun_before,
    unquoted,
)
from .figure_terms import (
    CAPACITY_CUES,
    CLASSES_BY_KIND,
    CLASSES_BY_UNIT,
    ENTERPRISE_UNITS,
    GROWTH_RE,
    LEVEL_WORDS,
    MADE_RE,
    MADE_UNITS,
    PARKS_BEFORE_RE,
    PLANT_AFTER_RE,
    PRODUCT_UNITS,
    RANGE_END_RE,
    SHARE_ADVERB_RE,
    SHARE_RE,
    TERM_CLASS,
    TERM_RE,
)
from .figure_wholes import whole_after

_OTHER_ONLY = frozenset({"其他"})
_TOTAL_WORDS = ("总额", "金额")
# What only qualifies a rate before its change word (年均复合增长率, 同比名义增长, 两年平均增长).
_RATE_MODIFIERS_RE = re.compile(r"(?:年均|年平均|平均|复合|名义|实际|同比|环比|近[一二三四五两\d]+年|[两三五]年)+\Z")
# Parks counted after the unit (178家国家高新区, 12个省级开发区): the noun ends with the park word.
# No particle or counted thing before the park word (3个项目在高新区落地, 项目落户园区).
_PARKS_COUNTED_RE = re.compile(
    rf"(?:(?![{PARTICLES}])[\u4e00-\u9fff]){{0,6}}?(?P<word>高新区|经开区|开发区|产业园区|工业园区|园区|示范区)"
)
_GROWTH_END_RE = re.compile(f"({GROWTH_RE.pattern})了?\\s*\\Z")


def metric_of(m, sentence: str, kind: str, previous) -> tuple[str, str]:
    a, b = m.at, m.stop
    # clause_start(sentence, a) and clause_end(sentence, b) from one look-up of the stops
    stops = clause_stops(sentence)
    k = bisect_left(stops, a)
    cs = stops[k - 1] + 1 if k else 0
    k = bisect_left(stops, b, k)
    # (a term inside a company's name names nothing: …股权投资合伙企业（有限合伙）首期规模为…)
    lo = _after_names(sentence, cs, a) if "有限" in sentence or "集团" in sentence else cs
    left = sentence[lo:a]
    right = sentence[b : stops[k] if k < len(stops) else len(sentence)]
    if kind == "rate" or kind == "points":
        if "占" in left:
            left = SHARE_ADVERB_RE.sub("占", left)  # 约占, 分别占: the share word alone
        growth = list(GROWTH_RE.finditer(left))
        share = list(SHARE_RE.finditer(left))
        g = growth[-1] if growth else None
        if g is not None and left[g.end() : g.end() + 1] in ("至", "到"):  # 提升至4.9%: a level
            g = None
        s = share[-1] if share else None
        if g is None and s is None and (after := _GROWTH_AFTER_RE.match(right)):
            # a growth kept up or reached, named after the rate: 连续三年保持10%以上增长
            named = last_term(left, None) or (previous.metric if previous else "")
            return named or after.group().lstrip("的"), "增速"
        if kind == "points" or (g is not None and (s is None or g.end() >= s.end())):
            # what grew is named just before the change word (办理时限总体压缩, 跑动率压缩)
            term = _rate_noun(left, g.start(), head=True) if kind == "rate" and g is not None else ""
            term = term or last_term(left, None) or (previous.metric if previous else "")
            # (高于…增长水平8.73个百分点: the figure before's; 综合利用率较上年提高2个百分点: its own)
            if not term and g is not None:
                term = _rate_noun(left, g.start(), head=True) or g.group()
            return term, "增速"
        # a share followed by 的 is a share of the noun after it (约36%的高新技术企业,
        # 贡献了1/3的税收)
        whole = whole_after(sentence, b, m.unit)
        if whole:
            return whole, "占比"
        # a share of one quantity in another (研发投入占营收比重) is the divided one's,
        # the noun before 占
        if s is not None and s.group() in ("比重", "比例"):
            z = left.rfind("占", 0, s.start())
            subject = (noun_before(left, 0, z) or last_term(left[:z], None)) if z > 0 else ""  # (GDP占…)
            if not subject and z == 0 and previous is not None:
                subject = previous.metric  # 完成工业投资150亿元，占固定资产投资的比重为60%
            if subject:
                return subject, "占比"
        # a share named by a noun ending in its share word (即办率), else the term before
        # it; a share of a whole (占佛山市的76.21%) is one of the figure before it
        # (a share named by the noun before 占 alone: 经济总量占全省的10.4%)
        # (the term after 占 is the whole, not what the share is of: 占经济总量的76%)
        of = s is not None and s.group() == "占"
        term = (_rate_noun(left, s.start() if of else s.end()) if s is not None else "") or last_term(
            left[: s.start()] if of else left, None
        )
        if (
            not term
            and of
            and previous is not None
            and (previous.metric_class != "增速" or previous.metric in TERM_CLASS)
        ):
            term = previous.metric
        if not term and of:
            term = last_term(left, None)  # (after a growth: 增长了1.9倍，占全部合同外资额的82.9%)
        if not term and s is None and left.endswith("的"):  # 完成年度目标的86%: a share of 年度目标
            term = noun_before(left, 0, len(left) - 1)
        return term or (s.group() if s else noun_before(left, 0, len(left))), "占比"
    if kind in ("area", "volume") and left.endswith(_YEARLY_OUTPUT):
        return left[-2:] if left.endswith("产能") else "年产", "产能"  # 年产60万平方米钢化玻璃
    if kind in ("area", "volume") and "年产" in left and (made := MADE_RE.search(left)) and made.group()[0] == "年":
        return made["what"], "产能"  # 达产后年产覆铜板1200万平方米: the product made in a year
    if kind == "area":
        term = last_term(left, {"面积"})
        if term and _ITEM_BEFORE_RE.search(left, left.rfind(term) + len(term)):
            term = noun_before(sentence, lo, a)  # 工业用地约5000亩、标准化厂房80万平方米: its own item
        term = term or first_term(right, {"面积"})
        return term or head_after(sentence, b) or noun_before(sentence, lo, a), "面积"
    product = kind in ("mass", "energy") or m.unit in PRODUCT_UNITS
    if product and m.unit in MADE_UNITS and (made := MADE_RE.search(left)) is not None:
        return made["what"], "产能"  # 累计生产汽车93.6万辆: the cars made
    # (a capacity named after the list it ends, 16万吨原丝、5万吨碳丝的产能规模, or a plant's
    # size before what it is: 1.2万吨碳纤维项目, 40万吨/年聚氯乙烯装置)
    if (
        kind in ("power", "storage")
        or product
        and (any(c in left + right[:8] for c in CAPACITY_CUES) or "的产能" in right or PLANT_AFTER_RE.match(right))
    ):
        cue = next((c for c in CAPACITY_CUES if c in left + right[:8]), "")
        phrase = noun_before(sentence, lo, a) if cue in ("产量", "出货量", "发电量") else ""
        # (the phrase a noun cue ends names the capacity: 新能源汽车产量; not 年产, a verb)
        return (phrase if phrase.endswith(cue) else cue) or head_after(sentence, b), "产能"  # 40GW单晶硅项目
    if kind == "times":
        g = _GROWTH_END_RE.search(left)
        if g is not None:  # 同比增长1.2倍: a growth rate
            term = _rate_noun(left, g.start()) or last_term(left, None)
            return term or (previous.metric if previous else "") or g.group(1), "增速"
        if previous is not None and previous.metric_class == "增速" and left.endswith(("、", "和")):
            return previous.metric, "增速"  # 分别增长1.7%、1.1倍: the next growth of a list
    if kind == "intensity":  # 工业用地产出强度达到12563.33万元/公顷
        return noun_before(sentence, lo, a) or last_term(left, None), "其他"
    if kind in ("mass", "energy", "times", "volume"):
        # what is weighed is named after the unit (1万多吨产品), else before the number
        noun = head_after(sentence, b)
        term = first_term(noun, None) or noun or last_term(left, None) or noun_before(sentence, lo, a)
        return term, "其他"
    allowed = allowed_classes(kind, m.unit)
    if kind == "money":
        term = last_term(left, allowed)
        if not term or TERM_CLASS[term] == "其他" or "给予" in left[left.rfind(term) :]:
            # a grant named right after its amount or range (给予20万元至50万元奖励), not by
            # what is granted it (研发中心) nor what it is reckoned from (按投资额的10%给予…)
            to = RANGE_END_RE.match(right)
            named = TERM_RE.match(right, to.end() if to else 0)
            if named is not None and TERM_CLASS[named.group()] in allowed - _OTHER_ONLY:
                term = named.group()
        if TERM_CLASS.get(term) != "融资/贷款" and _LOAN_BEFORE_RE.search(left):
            plain = unquoted(left)  # 发放“科技贷”15.6亿元: a loan product
            return noun_before(plain, 0, len(plain)) or "贷", "融资/贷款"
        # an amount followed by 的 is the size of the noun after it when no term before it
        # names one (设立规模为100亿元的生物医药产业基金, not 园区): the noun's head, its last
        # term (设立规模为20亿元的科创投资基金: a fund, not 投资)
        # (and a fund's over its total size: 总规模50亿元的科创天使母基金; not money brought in,
        # 引入总规模200亿元的保险权益资金, which the total counts as invested)
        if (not term or TERM_CLASS[term] == "其他" or term == "总规模") and right[:1] == "的":
            sized = NOUN_END_RE.split(noun_after(right, 1, 16), maxsplit=1)[0]
            head = last_term(sized, allowed - _OTHER_ONLY) or first_term(right[:16], allowed - _OTHER_ONLY)
            if term != "总规模" or head.endswith("基金"):
                term = head or term
        # (an earlier clause's term only when it names a class: 园区聚集…，市值总额超5000亿元)
        term = term or first_term(right[:16], allowed) or last_term(_earlier(sentence, cs), allowed - _OTHER_ONLY)
        if term == "总规模" and (
            "基金" in left or "产业" in left or "集群" in left or _FUNDS_COUNTED_RE.search(_earlier(sentence, cs))
        ):
            # 该基金规划总规模…, 各类基金共计27支，总规模…; 集群总规模…
            return term, "资金" if "基金" in left or "产业" not in left and "集群" not in left else "产值"
        if not term and left.rstrip().endswith(_TOTAL_WORDS) and "项目" in _earlier(sentence, cs):
            return left.rstrip()[-2:], "投资"  # 项目共计134个，总额超1100亿元: the projects' investment
        noun = term or noun_before(sentence, lo, a)
        if not term and "规模" in noun and _FUND_NAME_RE.search(sentence, cs, lo):
            return noun, "资金"  # …合伙企业（有限合伙）首期规模为12亿元: a fund's size
        return noun, TERM_CLASS.get(term, "其他")
    # What is counted: a term right after the unit (129个重点项目, 超百名…和高端技术人才),
    # else one in the clause before it, else the noun right after the unit (30家创新型企),
    # else the noun phrase just before the number (an enumeration: 权责6835项、备案78项),
    # else a term of an earlier clause.
    # (parks counted come first: 169家国家高新区中属于…的企业 counts parks, not 企业; not a
    # park word opening a compound: 30家园区企业)
    if "区" in sentence[b : b + 9] and (park := _PARKS_COUNTED_RE.match(sentence, b)) is not None:
        compound = TERM_RE.match(sentence, park.end())  # (218家经开区地区生产总值: their output)
        if TERM_RE.search(sentence, b, park.start("word")) is None and (
            compound is None or TERM_CLASS[compound.group()] not in allowed
        ):
            return park.group(), "其他"
    if sentence[b : b + 1] in "总投" and (projects := _PROJECTS_OF_AN_AMOUNT_RE.match(sentence, b)) is not None:
        return projects.group(1), "项目数"  # 11个总投资20亿元项目: projects of that size
    after = noun_after(sentence, b, 16)
    if not after and sentence[b : b + 1] == "“":  # 8家“独角兽”: the quoted noun
        after = noun_after(unquoted(sentence[b : b + 24]), 0, 16)
    term = last_term(after, allowed)
    if term:
        return term, TERM_CLASS[term]
    noun = head_after(sentence, b)  # 事务可以在… -> 事务
    counted = names_a_thing(noun)
    term = last_term(left, allowed)
    if term.endswith(_PARK_WORDS) and left.endswith(_PARK_WORDS) and _share_of_a_total(sentence, a, m.unit, previous):
        return previous.metric, previous.metric_class  # …企业总数达到9000家，其中A工业园区1200家
    # a term the number is parted from by a verb is what acts, not what is counted, when
    # a noun follows the unit (载体相继开展了36项创客沙龙) or stands right before the number
    if term:
        plain = unquoted(left) if "“" in left else left  # (the term was found unquoted)
        named_at = plain.rfind(term) + len(term)
        if (
            not counted
            and _ITEM_BEFORE_RE.search(plain, named_at)
            and names_a_thing(item := noun_before(sentence, lo, a))
            and not term.endswith(item)
        ):
            # an item of a list after the term's own (研究院5家、概念验证中心2个): its own noun
            noun, counted, term = item, True, ""
        elif not LEAD_RE.search(plain, named_at):
            if term in _HEAD_TERMS and (whole := noun_before(sentence, lo, a, 12)).endswith(term):
                return whole, TERM_CLASS[term]  # 研究生及以上学历人员约60万人: the people as written
            return term, TERM_CLASS[term]
        # (or a noun right before the number: 为企业解决问题300余个 counts 问题; not the
        # term's own tail: 专精特新“小巨人”企业累计达到47家 counts 小巨人企业)
        before = "" if counted else noun_before(sentence, lo, a)
        if (
            before
            and term not in before
            and not term.endswith(before)
            and sentence[a - len(before) - 1 : a - len(before)] not in "、和及与"
        ):
            noun, counted = before, True  # (not the last item of a list: 事项和…证件、证明2286件)
        if not counted:
            return term, TERM_CLASS[term]
    if not counted:
        noun = noun_before(sentence, lo, a)
        if (
            not noun
            and _counted_in_the_clause_before(sentence, cs, m.unit, previous)
            and not PARKS_BEFORE_RE.search(left)  # (其中国家高新区6家: parks of a level)
        ):
            return previous.metric, previous.metric_class  # 收集问题诉求386个，已解决352个
        noun = noun or last_term(_earlier(sentence, cs), allowed) or noun
    if noun.endswith("基金") and m.unit in _FUND_UNITS:
        return noun, "其他"  # 各类基金共计27支: funds counted, not money
    if noun in TERM_CLASS:
        if TERM_CLASS[noun] in allowed:
            return noun, TERM_CLASS[noun]
        if term:  # 项目等8个总投资59亿元的项目: an amount's term after the unit is not what is counted
            return term, TERM_CLASS[term]
    if noun in LEVEL_WORDS and previous is not None and previous.unit == m.unit:
        return previous.metric, previous.metric_class  # 孵化器1239家(其中国家级435家): of the same
    if not noun and (parks := PARKS_BEFORE_RE.search(left)):
        return parks.group(1), "其他"  # 已建有高新区20家: parks, not enterprises
    if (
        not noun
        and previous is not None
        and previous.unit == m.unit
        and (previous.metric in TERM_CLASS or previous.metric.endswith(_PARK_WORDS))
    ):
        return previous.metric, previous.metric_class  # 国家高新区总数达173家，较2012年增加84家
    if noun.endswith("项目"):
        return noun, "项目数"  # 超过5家优质储备项目: projects, whatever they are counted in
    return noun, unnamed_class(m.unit)


# What a plant turns out in a year, right before the number (年产60万平方米钢化玻璃).
_YEARLY_OUTPUT = ("年产", "年产能", "年产能达", "年产能为")
# Terms that are only the head of what a count names (研究生及以上学历人员, 海外留学归国人员).
_HEAD_TERMS = frozenset(("人员",))
# Funds counted in the clause before a size (各类基金共计27支，总规模达到210亿元).
_FUNDS_COUNTED_RE = re.compile(r"基金[^，,；;。]{0,6}?\d+(?:余|多)?[支只个]")
_FUND_UNITS = ("支", "只", "个")
# A figure and a list mark between a term and the number: the number is a later item's.
_ITEM_BEFORE_RE = re.compile(r"\d[^、，,；;]{0,4}[、和及]")
# Projects counted by their size after the unit: 11个总投资20亿元项目.
_PROJECTS_OF_AN_AMOUNT_RE = re.compile(
    r"(?:总投资额?|投资额?)(?:约|超|逾|达|近)?[\d.]+(?:万亿|亿|万)?元?(?:以上|左右)?的?((?:[\u4e00-\u9fff]{0,6}?)项目)"
)
_GROWTH_AFTER_RE = re.compile(r"的?(?:增长|增速|增幅)")
# The end of a company's name (有限公司, 有限责任公司, （有限合伙）, 集团), and a fund's.
_NAME_END_RE = re.compile(r"有限(?:责任)?公司|有限合伙[）)]|集团(?!有限|股份)")
_FUND_NAME_RE = re.compile(r"有限合伙[）)]|基金")


def _after_names(sentence: str, cs: int, a: int) -> int:
    """Where the text before a figure at ``a`` starts once the company names in its clause
    (from ``cs``) are left out: after the last one's suffix."""
    lo = cs
    for name in _NAME_END_RE.finditer(sentence, cs, a):
        lo = name.end()
    return lo


# A loan product named right before its amount (发放“科技贷”15.6亿元, 人才贷3亿元).
_LOAN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]贷[”’]?\s*(?:达到?|为|共|累计|合计|超过|超|近|约)?\Z")
_PARK_WORDS = ("高新区", "经开区", "开发区", "园区")


def allowed_classes(kind: str, unit: str):
    """The metric classes a figure of this kind and unit can have (a money term never
    classes a count; 家 are enterprises or something else, not projects)."""
    return CLASSES_BY_KIND.get(kind) or CLASSES_BY_UNIT.get(unit, _OTHER_ONLY)


def unnamed_class(unit: str) -> str:
    """The class of a figure no term names: 企业数 for 家 and 户, else 其他."""
    return "企业数" if unit in ENTERPRISE_UNITS else "其他"


def _rate_noun(left: str, pos: int, *, head: bool = False) -> str:
    """The metric term in the noun phrase ending at ``pos`` of a rate's clause, else the
    phrase itself. With ``head`` (what grew or fell, before its change word), not a term
    that only qualifies the phrase's head (项目审批时间压缩60%: 项目审批时间)."""
    phrase = noun_before(left, 0, pos)
    if phrase and (mod := _RATE_MODIFIERS_RE.search(phrase)) is not None:
        phrase = phrase[: mod.start()] if mod.start() >= 2 else ""
    term = last_term(phrase, None)
    if head and term and not unquoted(phrase).endswith(term):
        return phrase
    return term or phrase


def _share_of_a_total(sentence: str, a: int, unit: str, previous) -> bool:
    """Whether a count after a park's name is the park's part of the count before it in the
    sentence, in its unit, of something other than parks (…企业总数达到9000家，其中A工业园区1200家)."""
    return (
        previous is not None
        and previous.unit == unit
        and bool(previous.metric)
        and not previous.metric.endswith(_PARK_WORDS)
        and previous.text in sentence[:a]
    )


def _counted_in_the_clause_before(sentence: str, cs: int, unit: str, previous) -> bool:
    """Whether ``previous`` is a count in ``unit`` with a metric, in the clause just before
    the one starting at ``cs``: a count there with no noun of its own counts the same."""
    if previous is None or previous.unit != unit or not previous.metric or cs < 2:
        return False
    return previous.text in sentence[clause_start(sentence, cs - 2) : cs]


def _earlier(sentence: str, cs: int) -> str:
    """The clauses before the one starting at ``cs``, in the same sentence (40 characters)."""
    return sentence[max(0, cs - 40) : cs]


QUOTE_MAX = 100


def quote_of(sentence: str, a: int, b: int) -> str:
    s = sentence.strip()
    if len(s) <= QUOTE_MAX:
        return s
    start = clause_start(sentence, clause_start(sentence, a) - 1) if clause_start(sentence, a) else 0
    return sentence[start : clause_end(sentence, b) + 1].strip()

"""What is not a key figure (``figures``): a candidate the figure regex found is dropped
when it is a date, a duration, an ordinal or ranking, a number inside a name, a ratio, a
list count in small Chinese numerals, a threshold naming a class of projects or
enterprises, a count of organisational structure or of policy clauses. The rules are
listed in ``docs/figures.md`` ("What is a key figure")."""

import re
from functools import lru_cache

from .figure_nouns import clause_start, counted_after, last_term, noun_after, noun_before
from .figure_reading import is_chinese_number
from .figure_terms import (
    AMOUNT,
    APPROX,
    BARE_MONEY,
    BARE_MONEY_NOUNS,
    CLASSES_BY_KIND,
    EXCLUDED_UNITS,
    GROWTH_RE,
    POLICY_NOUNS,
    RANGE_END_RE,
    STRUCTURE_NOUNS,
    TERM_CLASS,
    UNITS,
    WORD_AFTER_CHENG,
)
from .numbers import parse_number

_STRUCTURE_RE = re.compile("|".join(STRUCTURE_NOUNS))
_MONEY_CLASSES = CLASSES_BY_KIND["money"] - {"其他"}
# Party organisations and their members counted before the number (基层党组织86个, 党员1200名,
# 党工委委员9名): organisational structure, not key figures.
_PARTY_BEFORE_RE = re.compile(r"(?:党组织|党支部|党小组|党委|党员|委员)\s*\Z")
_POLICY_RE = re.compile("|".join(POLICY_NOUNS))
# After a bounded amount, a class of projects or enterprises it names: 超10亿元的重点产业项目,
# 年营收超亿元企业58家, 亿元以上项目32个.
# (or between two bounds: 总投资5亿元以上10亿元以下项目)
# (not a grant 项目 qualifies: 最高1亿元项目资助)
# (not when the class only qualifies what is funded: 不低于2亿元的中小企业发展专项资金)
# (or of people: 年薪50万元以上的高级管理人才)
_PROJECT_CLASS_RE = re.compile(
    r"(?:[\d.]+[万亿]*(?:美元|元)(?:以下|以内))?的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|公司|人才|人员)"
    r"(?!资助|补助|补贴|奖励|奖补|支持|经费|[\u4e00-\u9fff]{0,4}?(?:资金|基金))"
)
# The same class named after alternatives or a list of thresholds: 50亿元或5亿美元以上工业项目,
# 主营业务收入30亿元以上、中西部地区15亿元以上制造业企业, 突破1亿元、5亿元、10亿元的企业.
_THRESHOLD_AFTER_RE = re.compile(
    r"(?:[或、和](?:[^，,；;。]{0,30}?(?:以上|以下)|[\d.~～-]+[万亿]*(?:美元|元)))+"
    r"的?[\u4e00-\u9fff]{0,6}?(?:项目|企业|公司)"
)
# The last of a list of thresholds (…5亿元、10亿元的企业) or the high end of a range of them
# (20亿元至50亿元项目): the amount before it and the mark between.
_THRESHOLD_BEFORE_RE = re.compile(rf"{AMOUNT}(?:以上|以下)?\s*(?P<mark>[、或和]|[至到~～—－-])\s*\Z")
# A verb of a deal right before a range of amounts (签下10-15亿元的扩产项目): the range is the
# size of what was signed or invested, not a class of projects.
_DEAL_BEFORE_RE = re.compile(r"(?:签下|签订|签约|签署|达成|投资|投入)了?\s*\Z")
# A condition a rule applies to (研发费用超过500万元的，按…): a threshold, not an amount.
_CONDITION_AFTER_RE = re.compile(r"的\s*[，,]")
# A count unit that is the first character of a noun: “百亿项目” is a label, not 百亿 items.
# (Only 项目: 5个体育公园 and 20家居家养老中心 are counts.)
_UNIT_IN_WORD = {"项": "目"}
# Words of a share's trading: its price and turnover are no key figures of a zone.
_TRADING_RE = re.compile(r"开盘|收盘|盘中|现报|报收|股价|涨停|跌停|换手率")
_YEAR_INTO_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,5}(?:高新区|经开区|开发区|园区|新区)")
_RANK_MOVE_RE = re.compile(
    r"(?:提升|上升|前进|前移|跃升|跃居|下降|后退|下滑|回落|提高)了?\s*(?:\d+[位名][和、及]\s*)*\Z|排名[前后]\Z"
)
# What a count of parks or entrants is the pool of: a ranking among them (在全省99个开发区中排名第一,
# 在169家国家高新区综合评价中，排名第18位).
_RANK_VERBS = "排名|位列|名列|位居|居|列|排"
# (with the ranked listed between: 在全国178家国家高新区中，中关村、深圳高新区…继续位列前三)
_RANK_POOL_RE = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}?中[，,]?\s*(?:[^，,；;。！？]{{0,40}}?(?:继续|依次|分别|仍|均)?)?"
    rf"(?:综合)?(?:{_RANK_VERBS}|分列)(?:全[国省市区])?(?:第|前|首)"
)
_LOWER_POSTS = ("以上", "之多")
_BOUND_POSTS = (*_LOWER_POSTS, "以下", "以内")
_PLACE_CLASS_RE = re.compile(
    r"的[\u4e00-\u9fff]{0,3}?(?:省份|省|城市|市|县|地区|国家|园区|高新区|开发区)(?:[（(]|有|中|[\d一二两三四五六七八九十]|达|共)"
)
# A relative clause's figure before the class it defines, that class then counted (交易电量达到
# 3560万千瓦时的企业有23家, 占地100亩的项目有6个): a threshold.
_CLASS_COUNTED_RE = re.compile(
    r"的[\u4e00-\u9fff]{0,6}?(?:企业|公司|项目|单位|主体|园区|省份|城市|地区)"
    r"(?:共有|有|共|为|达到?)\s*[\d一二两三四五六七八九十百千几数]"
)
# 分别列22位和29位, 位列12名: a place after a verb of ranking (its list's later numbers too)
_RANK_LIE_RE = re.compile(rf"(?:排在|{_RANK_VERBS})(?:全[国省市区])?(?:\d+[位名][和、])?\Z")
# ASCII metric terms a number may be set against with no space (GDP762亿元)
_ASCII_TERMS = tuple(t for t in TERM_CLASS if t.isascii())
_RANK_WORDS = ("第", "排名", "No.", "NO.", "号")
_NOT_RANK_BEFORE_QIAN = frozenset("目此之以当提年日月")  # 前5名, not 目前15个
# Numbers issued that are counted (药品批准文号41个, 批号15个): no rank after 号.
_NUMBERS_COUNTED = ("文号", "批号", "账号", "商号")
# A policy issued or named before a bare 条 (出台26条, 制定…共20条): its clauses.
_ISSUED_RE = re.compile(r"出台|印发|发布|制定|颁布|推出|实施|新政|“")
# What a bare 条 counts named before it: a noun before a change verb in its clause (航线增至55条)
# or a count in 条 earlier in the sentence (新开通航线5条，总数达到48条).
_NAMED_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:增至|增加到|增加至|增长到|达到|提升至|提升到|扩大到|扩大至)\Z")
_TIAO_BEFORE_RE = re.compile(r"[\d十百千]\s*条")


@lru_cache(maxsize=32)
def _trading(sentence: str) -> bool:
    return _TRADING_RE.search(sentence) is not None


def _policy_clauses(sentence: str, k: int, b: int) -> bool:
    """Whether a count in 条 (its number ending the text before it at ``k``, its unit
    ending at ``b``) counts policy clauses (政策20条, 26条具体举措) or names nothing
    (出台26条), or ends a policy's name or a law's size (“稳增长20条”, 共七章四十六条),
    rather than items (意见建议20余条, 3条生产线)."""
    if sentence[b : b + 1] in ("”", "’", "》") or sentence[max(0, k - 8) : k].endswith("章"):
        return True
    before, after = noun_before(sentence, 0, k), counted_after(sentence, b)
    if not (before or after):
        cs = clause_start(sentence, k)
        if _NAMED_BEFORE_RE.search(sentence, cs, k):
            return False  # 外贸航线增至55条: items named before the change verb
        if _POLICY_RE.search(sentence, 0, k) or _ISSUED_RE.search(sentence, 0, k):
            return True  # 出台26条, 制定“人才新政”，共20条
        return _TIAO_BEFORE_RE.search(sentence, 0, cs) is None  # (…航线5条，总数达到48条: items)
    return _POLICY_RE.search(before + after) is not None


@lru_cache(maxsize=1024)
def _small_or_unread(written: str) -> bool:
    """Whether a number in Chinese numerals is below ten or no number at all (the few ways
    of writing one repeat: parsed once each)."""
    try:
        return parse_number(written) < 10
    except ValueError:
        return True


# What may end an item counted after its noun (两院院士五人、国家级人才六十余名).
_ITEM_END = frozenset("、，,。；;）)")


def _counted_after_its_noun(sentence: str, kind: str, k: int, b: int) -> bool:
    """Whether a small count in Chinese numerals (its number after the text ending at ``k``,
    its unit ending at ``b``) follows the noun it counts and ends the item (两院院士五人、,
    院士三名。): a tally, not a list count before what it lists (三个方面, 两家企业)."""
    if kind not in ("count", "people") or not k or not "\u4e00" <= sentence[k - 1] <= "\u9fff":
        return False
    if b < len(sentence) and sentence[b] not in _ITEM_END:
        return False
    return bool(noun_before(sentence, clause_start(sentence, k), k))


# A change word right before a multiple (增长一倍, 增加两倍): a growth, not a list count.
_GROWN_BEFORE_RE = re.compile(rf"(?:{GROWTH_RE.pattern})了?\Z")
# Meetings counted (召开常务会议12次): organisational, no key figure.
_MEETINGS = ("会", "会议")


def _times(sentence: str, k: int) -> bool:
    """Whether a count in 次 (its number ending the text before it at ``k``) is no count of
    services done (提供技术服务800余次): nothing done named before it (先后3次), or meetings.
    (Before what is done, 5次核酸检测, 3次会议, 次 is no unit: ``figure_terms``.)"""
    before = noun_before(sentence, 0, k)
    return not before or before.endswith(_MEETINGS)


# After the group a ranking is among: 146个高新区第三位, 169家国家高新区中排名第12.
_RANK_AFTER_GROUP_RE = re.compile(
    r"(?:国家级?)?(?:高新区|经开区|开发区|园区|城市|省份|地区)中?(?:排名|位列|位居|名列|居)?第"
)


def _ranked_among(sentence: str, unit: str, b: int) -> bool:
    """Whether the count ending at ``b`` is the group a ranking is among (146个高新区第三位),
    or a place in a ranking with nothing counted after it (排名…长沙高新区33名)."""
    if unit == "名":
        return "排名" in sentence and not counted_after(sentence, b)
    return _RANK_AFTER_GROUP_RE.match(sentence, b) is not None


def _threshold(m, sentence: str, k: int, tail: str, bound) -> bool:
    """Whether the amount ``m`` (its number's text ending at ``k``, ``tail`` the ten characters
    after it) is a threshold naming a class of projects or enterprises, not an amount."""
    b = m.stop
    ranged = any(c in m.num for c in "~-至到")
    if ranged and not (bound or m.post in _BOUND_POSTS) and _DEAL_BEFORE_RE.search(sentence, max(0, k - 8), k):
        return False  # 分别签下10-15亿元的扩产项目: the size of the deal signed, not a class
    if (bound or m.post in _BOUND_POSTS or ranged) and _PROJECT_CLASS_RE.match(sentence, b):
        return True  # 超10亿元的重点产业项目, 亿元以上项目, 3~5亿美元工业项目: a class of projects
    if tail[:1] in ("或", "、", "和") and _THRESHOLD_AFTER_RE.match(sentence, b):
        return True  # 50亿元或5亿美元以上工业项目, 突破1亿元、5亿元、10亿元的企业: thresholds of one class
    if (to := RANGE_END_RE.match(sentence, b)) is not None and _PROJECT_CLASS_RE.match(sentence, to.end()):
        return True  # 20亿元至50亿元项目5个: the low end of a range of thresholds
    before = _THRESHOLD_BEFORE_RE.search(sentence, max(0, k - 16), k) if k and not sentence[k - 1].isdigit() else None
    if before is not None and _PROJECT_CLASS_RE.match(sentence, b):
        # the high end of a range (20亿元至50亿元项目), or the last of a list of thresholds
        # before the class it names after 的 (…5亿元、10亿元的企业)
        return before["mark"] not in "、或和" or tail[:1] == "的" or m.post in _BOUND_POSTS
    return False


# A short name in brackets right after an institute's full name, a number in it: (中电科20所).
_SHORT_NAME_BEFORE_RE = re.compile(r"所[（(][\u4e00-\u9fff]{1,6}\Z")


def _institute_short_name(sentence: str, k: int, b: int) -> bool:
    return sentence[b : b + 1] in "）)" and bool(_SHORT_NAME_BEFORE_RE.search(sentence, max(0, k - 8), k))


def excluded(m, sentence: str) -> bool:
    unit = m.unit
    if unit in EXCLUDED_UNITS:
        return True
    kind = UNITS[unit][0]
    num, a, b = m.num, m.num_at, m.stop
    k = a  # the text before the number ends at k, white space left out (no copy of it)
    while k and sentence[k - 1].isspace():
        k -= 1
    last = sentence[k - 1 : k] if k else ""
    if unit == "次" and _times(sentence, k):
        return True
    if (
        sentence.endswith(_RANK_WORDS, 0, k)
        and not (kind == "count" and sentence.endswith(_NUMBERS_COUNTED, 0, k))
        or (last == "前" and (k == 1 or sentence[k - 2] not in _NOT_RANK_BEFORE_QIAN))
    ):
        return True
    if last == "每":
        return True  # 每千万元研发经费…3件, 每10万人: the denominator of a rate
    if unit == "人" and sentence[b : b + 1] == "才":
        return True  # 光谷3551人才荣誉: a number inside an honour's name
    if last.isascii() and last.isalnum() and k == a and not sentence.endswith(_ASCII_TERMS, 0, k):
        return True  # G60, 5G: a number inside a name (not GDP 50亿元, nor GDP762亿元)
    if sentence[b : b + 1] in (":", "：") and sentence[b + 1 : b + 2].isdigit():  # 50%:50%
        return True
    if sentence[b : b + 1] == "级":  # 5万吨级泊位, 百万千瓦级: a size class, not an amount
        return True
    if last in (":", "：") and k >= 2 and (sentence[k - 2].isdigit() or sentence[k - 2] == "%"):
        return True
    opened = sentence.rfind("《", 0, a)
    if opened != -1 and sentence.find("》", opened, a) == -1:
        return True
    if len(num) == 4 and len(unit) == 1 and num.isdigit() and _YEAR_INTO_PLACE_RE.match(sentence, b):
        return True  # 2021株洲高新区…, 2021张家港经开区…: a year before a place whose name starts with a unit
    if unit in ("位", "名") and (
        _RANK_MOVE_RE.search(sentence, max(0, k - 6), k)
        or (_RANK_LIE_RE.search(sentence, max(0, k - 8), k) and not counted_after(sentence, b))
    ):
        return True  # 较上年提升3位, 排名上升5名, 分别列22位和29位: places in a ranking, not people
    if unit in ("个", "家", "名") and _ranked_among(sentence, unit, b):
        return True  # 位居全国146个高新区第三位, 长沙高新区33名: a ranking, not a count
    if unit == "所" and _institute_short_name(sentence, k, b):
        return True  # …第二十研究所（中电科20所）: the institute's short name, no count
    if unit == "股" and "每" in sentence[clause_start(sentence, k) : k]:
        return True  # 每10股转增4股: a ratio of shares, no count
    if unit == "条" and _policy_clauses(sentence, k, b):
        return True
    if unit == "份" and _POLICY_RE.search(noun_before(sentence, 0, k) + counted_after(sentence, b)):
        return True  # 出台17份政策文件: policies counted, as their clauses are (政策20条)
    if unit == "成" and (num == "零" or sentence[b : b + 1] in WORD_AFTER_CHENG):  # 零成本, 三成员
        return True
    qualified = m.pre or m.mid or m.mid2 or m.post
    if (
        is_chinese_number(num)
        and unit != "成"
        and not qualified
        and num[:1] not in "数几"
        and not (unit == "倍" and _GROWN_BEFORE_RE.search(sentence, max(0, k - 6), k))
    ):
        if num in ("百", "千", "万", "亿"):  # 千亩加速器, 万人进万企, 百强: names
            return True
        if _small_or_unread(num + m.scale) and not _counted_after_its_noun(sentence, kind, k, b):
            return True  # 三个方面, 两家: list counts
    if (
        unit in BARE_MONEY
        and not last_term(sentence[clause_start(sentence, k) : k], _MONEY_CLASSES)
        and not sentence.startswith(BARE_MONEY_NOUNS, b)
    ):
        return True  # 人口约50万: a scaling word is money only after a money term
    if kind in ("money", "rate") and _trading(sentence):
        return True  # 冲高超14%, 现报2.79元, 成交额2亿元: a share's trading
    if unit in _UNIT_IN_WORD and sentence[b : b + 1] in _UNIT_IN_WORD[unit]:
        return True  # “百亿项目”: the unit is the start of a word
    tail = sentence[b : b + 10]
    bound = m.pre and APPROX.get(m.pre) != "approx"  # (约125亿元新材料项目: one project's size)
    if kind == "money":
        if _threshold(m, sentence, k, tail, bound):
            return True
    if (bound or m.post in _BOUND_POSTS) and tail[:1] == "的" and _CONDITION_AFTER_RE.match(tail):
        return True  # 研发费用超过500万元的，按增量部分…: the condition of a rule

    if (m.pre or m.post in _LOWER_POSTS) and tail[:1] == "的" and _PLACE_CLASS_RE.match(tail):
        return True  # PCT国际专利申请超过1000件的省份有7个: a class of places, not an amount
    if tail[:1] == "的" and _CLASS_COUNTED_RE.match(sentence, b):
        return True  # 交易电量达到3560万千瓦时的企业有23家: the class's threshold, only the count is one
    if kind in ("count", "people"):
        if _STRUCTURE_RE.search(noun_after(sentence, b, 6)):
            return True
        if "中" in sentence[b : b + 14] and _RANK_POOL_RE.match(sentence, b):
            return True
        if ("党" in sentence or "委员" in sentence) and _PARTY_BEFORE_RE.search(sentence, max(0, k - 6), k):
            return True
    return False

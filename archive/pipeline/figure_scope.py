"""Sentences about more than one park (``figures``): a figure whose sentence is about the
nation's zones, a whole province or city, a 新区 or parks counted as a group belongs to no
park, not to the article's primary one. Pure functions of the sentence (its digits and
commas half-width, as ``figures`` reads it)."""

import re

from .companies import extract_companies
from .parks import Gazetteer
from .types import ParkMention

# A sentence whose subject is larger than a park: the nation's zones (国家高新区, 218家国家级
# 经开区), the whole country, province or city (全国, 全省, 全市; not 全区, which in a park's
# article is the park), or a 新区. Its subject opens a clause, after a time (2023年，, 1-5月)
# if any: 占全市的30% is still the park's.
# (Found by its words first, then checked to open its clause: one regex with the clause's
# start in front tried every position of every sentence, ~2 µs a sentence.)
_SCOPE_WORD_RE = re.compile(
    r"(?=[全我本\d一二两三四五六七八九十百国新中])"
    r"(?:全[国省市县州]|我[国省市]|本[省市]"
    r"|(?:\d+|[一二两三四五六七八九十百]+)[家个](?:国家级?|省级)?"
    r"(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区|高新技术产业园区)"
    r"|国家级?(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区)"
    # (not the zone's own administering body speaking: 杭州湾新区开发建设管理委员会表示)
    r"|(?<!高)新区(?![\u4e00-\u9fff]{0,6}?(?:管委会|委员会|党工委|管理局|负责人))"
    r"|全部(?:参评|参与|入围)?(?:开发区|园区|高新区|经开区)"
    r"|中国(?=独角兽|瞪羚|高新区|经开区|开发区|企业|经济|专利|上市公司))"
)
# A paper's dateline (合肥日报讯, 本报讯（记者 X）, 新华社合肥11月20日电) opens no clause's subject.
_DATELINE = r"(?:(?:[\u4e00-\u9fff]{1,8}讯|新华社[\u4e00-\u9fff\d]{2,12}电)(?:[（(][^）)]{0,16}[）)])?\s*)?"
# (a time run into the subject with no comma: 今年以来全省…)
_TIME_FIRST = (
    r"\s*" + _DATELINE + r"(?:(?:\d{4}年|今年|去年|上年)?(?:\d{1,2}(?:[-至到]\d{1,2})?月份?)?"
    r"(?:以来|上半年|下半年|全年|前三季度|[一二三四]季度|年内)?[，,]?\s*)?"
)
_SCOPE_OPENS_RE = re.compile(_TIME_FIRST + r"(?:[\u4e00-\u9fff]{2,3}省)?")  # (湖北省27个高新技术产业园区)
_NEW_AREA_OPENS_RE = re.compile(_TIME_FIRST + r"[\u4e00-\u9fff]{2,4}")  # 上海浦东新区
_CLAUSE_MARKS = "，,；;：:"
_CLAUSE_MARK_RE = re.compile(f"[{_CLAUSE_MARKS}]")
_SCOPE_HINT_RE = re.compile(
    r"(?=[全我本国新家个中])(?:[全我本]|国家|新区|[家个][高经开国省]|中国)"
)  # (most sentences have none)


def about_more_than_a_park(sentence: str) -> bool:
    if _SCOPE_HINT_RE.search(sentence) is None:
        return False
    if _LEVEL_PARKS_RE.search(sentence) is not None and _A_PARK_RE.search(sentence) is None:
        return True  # 独角兽企业分布的国家高新区从12个增加至32个: the nation's zones, wherever named
    for m in _SCOPE_WORD_RE.finditer(sentence):
        a = m.start()
        cs = max(sentence.rfind(c, 0, a) for c in _CLAUSE_MARKS) + 1
        opens = _NEW_AREA_OPENS_RE if m.group() == "新区" else _SCOPE_OPENS_RE
        if opens.fullmatch(sentence, cs, a):
            return True
    return False


# A city named with 市 opening a sentence (2022年郑州市建成区面积…), after a time or an occasion
# if any (开幕式上，, 会上，, 活动期间，): the city's, not a park's; not its government,
# officials or bureaus speaking or acting (郑州市委…, 郑州市副市长…, 郑州市人民政府…, 中山市科学
# 技术局…为企业提供技术服务800余次), nor a body of one of its districts or counties (杭州市萧山区市场
# 监督管理局介绍，园区…), nor its associations, societies or service centres at work (义乌市跨境
# 电子商务协会数据显示，园区…; 绵阳市科技金融服务中心…将为园区企业…).
_OCCASION_FIRST = r"(?:[\u4e00-\u9fff]{0,8}(?:上|中|期间|现场)[，,]\s*)?"
_CITY_OPENS_RE = re.compile(
    _TIME_FIRST
    + _OCCASION_FIRST
    + r"([\u4e00-\u9fff]{2,4}?)市(?!委|政府|人民|长|副|领导|场|民"
    + r"|[\u4e00-\u9fff]{1,4}?[区县][\u4e00-\u9fff]{1,10}?(?:局|厅|办公室|委员会)|[\u4e00-\u9fff]{1,8}?(?:局|厅|办公室|委员会)"
    + r"|[\u4e00-\u9fff]{1,12}?(?:协会|学会|商会|联合会|促进会|研究会|服务中心))"
    # (nor the city a company's name opens: 惠州市德赛西威汽车电子股份有限公司投资…)
    + r"(?![\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?有限(?:责任)?公司)"
)


def about_a_city(sentence: str, cities: frozenset) -> bool:
    """Whether ``sentence`` opens, after a time if any, with one of ``cities`` and 市."""
    m = _CITY_OPENS_RE.match(sentence) if "市" in sentence[:40] else None
    return m is not None and m.group(1) in cities


def city_clauses(sentence: str, cities: frozenset) -> list[int]:
    """Where the clauses of a sentence that open with one of ``cities`` and 市 start
    (据重庆市经信委统计，重庆市集成电路产业产值…800亿元，重庆高新区占比超过一半: the second)."""
    out = [0] if about_a_city(sentence, cities) else []
    for mark in _CLAUSE_MARK_RE.finditer(sentence):
        at = mark.end()
        if (
            sentence.find("市", at, at + 40) != -1
            and (m := _CITY_OPENS_RE.match(sentence, at)) is not None
            and m.group(1) in cities
        ):
            out.append(at)
    return out


def the_citys(cities_at: list[int], placed: list[tuple[int, ParkMention]] | None, at: int) -> bool:
    """Whether a figure at ``at`` is in or after a clause opening with a city (``city_clauses``)
    with no park named between: the city's, though the sentence names a park later."""
    opened = max((c for c in cities_at if c <= at), default=-1)
    return opened >= 0 and not any(opened <= a < at for a, _mention in placed or ())


# Parks listed and counted as a group (武汉东湖、襄阳、宜昌等7个国家高新区, …青岛经开区四家国家级
# 经开区, 中关村、济南高新区等10余家国家高新区, 苏州工业园区、宁波大榭开发区等5个区域): what the
# sentence says is the group's, no one park's.
_ZONES = r"(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区)"
# (The look-ahead for the first characters lets the search skip the others: without one
# the engine tries every branch at every position; so for the scope words and hints below.)
GROUP_RE = re.compile(
    r"(?=[等区\d两三四五六七八九十])(?:"
    rf"(?:等|区)(?:\d+|[两三四五六七八九十]+)[余多]?[家个](?:国家级?|省级)?{_ZONES}"
    r"|等(?:\d+|[两三四五六七八九十]+)[余多]?[家个](?:园区|区域|片区)"
    # (zones added up: 两区合计拥有…, 三个园区共计…)
    r"|(?<![\u4e00-\u9fff])(?:\d+|[两三四五六七八九十])[个家大]?(?:园区|园|区)(?:合计|共计|总计|累计共|共有))"
)


def names_a_group(sentence: str) -> bool:
    """Whether ``sentence`` names parks as a group (``GROUP_RE``). Every branch needs 区 or
    园, and 家/个 or 计/共有 (合计, 共计…): a sentence without them is not searched (the
    search tried every digit of every sentence with a figure, ~2 % of the extraction)."""
    return (
        ("区" in sentence or "园" in sentence)
        and ("家" in sentence or "个" in sentence or "计" in sentence or "共有" in sentence)
        and GROUP_RE.search(sentence) is not None
    )


# A sentence that goes on without a subject (2023年，实现工业增加值9.2万亿元) is about what
# the sentence before it was about.
# A count of parks of a level (230家国家级经开区, 国家高新区总数达173家, 省级高新区14家): the
# nation's or a province's, never one park's figure, wherever the count stands in its sentence.
_LEVEL_PARKS_RE = re.compile(r"(?:国家级?|省级|全国)(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区)")


# What makes a sentence one park's though it names a level of parks: the park said again
# (该区, 全区), its place among the others (排名, 位列 …), an event named after them that
# the park took part in (参观国家高新区20年成就展), or the others' average it is set against
# (高出全国高新区平均水平0.6个百分点).
_A_PARK_RE = re.compile(
    r"[该本我全]区|该(?:园区|开发区|高新区|经开区)|排名|位列|位居|名列|跻身|排在|列第|居第|之一"
    r"|成就展|展览|博览会|论坛|大会|峰会"
    r"|(?:高出|高于|低于|超出|超过|优于|快于|慢于|是|为|相当于)(?:同期)?全国[^，,；;。]{0,12}平均"
)


def counts_parks(metric: str) -> bool:
    return _LEVEL_PARKS_RE.fullmatch(metric) is not None


NO_SUBJECT_RE = re.compile(
    r"^\s*(?:\d{4}年|\d{1,2}(?:-\d{1,2})?月份?|同期|其中|此外)*[，,]?\s*(?:实现|完成|达到|新增|累计|共有|拥有|占)"
)


def goes_on_with_the_scope(sentence: str) -> bool:
    """Does a sentence that names no park go on about what the sentence before it was about
    (the nation's zones, a city): it opens with no subject of its own (``2023年，实现…``), or
    it says nothing that makes it one park's (``实际使用外资…为372亿美元``; not ``该区…``,
    ``园区新增…``)?"""
    if NO_SUBJECT_RE.match(sentence) is not None:
        return True
    return _A_PARK_RE.search(sentence) is None and _PARK_OPENS_RE.match(sentence) is None


# A sentence opening with 园区 (after a time) in a park's article: the park said again.
_PARK_OPENS_RE = re.compile(_TIME_FIRST + "园区")


def sentence_park(
    sentence: str, gazetteer: Gazetteer | None, article: str
) -> tuple[ParkMention | None, list[tuple[int, ParkMention]] | None]:
    """(The park a sentence names first; every mention of the gazetteer's parks with where it
    starts, in order: when it names several, each with its own figures, a figure is the park's
    named last before it, 青岛经开区…3200亿元，烟台经开区…4000亿元.)"""
    if gazetteer is None or not gazetteer.may_name_a_park(sentence):
        return None, None
    mentions, found = gazetteer.mentions_placed(sentence, context=article)
    if found and ("公司" in sentence or "集团" in sentence):
        mentions, found = _outside_names(sentence, mentions, found)
    verified = [m for m in mentions if m.verified]
    first = verified[0] if verified else mentions[0] if mentions else None
    if not verified:
        return first, None
    placed = sorted(((a, ParkMention(key=e.key, name=e.name, count=1)) for a, e in found), key=lambda x: x[0])
    return first, placed


def _outside_names(sentence: str, mentions: list[ParkMention], found: list):
    """The mentions of parks not inside a company's name (由广州开发区投资集团有限公司牵头:
    a company, not the zone)."""
    names = [(c.start, c.end) for c in extract_companies(sentence, copy=None)]
    kept = [(a, e) for a, e in found if not any(s <= a < t for s, t in names)]
    if len(kept) == len(found):
        return mentions, found
    keys = {e.key for _a, e in kept}
    return [m for m in mentions if not m.verified or m.key in keys], kept


def named_before(placed: list[tuple[int, ParkMention]], at: int) -> ParkMention | None:
    before = [mention for start, mention in placed if start <= at]
    return before[-1] if before else None


def paragraph_park(norm: str, s_start: int, gazetteer: Gazetteer | None) -> ParkMention | None:
    """In an article about several parks, a sentence that names none (``该区规上工业增加值增长
    15%``) is about the one park its paragraph named before it, if only one."""
    if gazetteer is None:
        return None
    before = norm[norm.rfind("\n", 0, s_start) + 1 : s_start]
    if not gazetteer.may_name_a_park(before):
        return None
    named = [m for m in gazetteer.find_mentions(before, context=norm) if m.verified]
    return named[0] if len(named) == 1 else None

"""Company names in an article: ``…有限公司``, ``…股份有限公司``, ``…集团``, ``…公司``,
``…股份`` (a listed company's short name), ``…合伙企业（有限合伙）``, ``…株式会社`` (or 株式会社
before the name), with a parenthesised place kept (``双良硅材料（包头市）有限公司``); a branch
written after its parent (``…有限公司武汉分公司``, a bank's ``…分行``) by its full name, beside the
parent (``company_branches``).

Pure functions, no Django. How a name is found: from each suffix, walk left over the
characters a name is made of (Han, Latin letters, digits, brackets, at most 30), then cut
off the words of the sentence that ran into it: prepositions and verbs (``随着``,
``针对``, ``分别与``, ``在``, ``的``…) and the park or body before it (``…高新区企业``,
``…管委会``), unless cutting there leaves no trade name (``company_cuts``). Generic phrases (``上市公司``, ``该公司``, ``子公司``) are not names.
Government bodies, universities and institutes carry none of the suffixes, so they are
never found (``洛阳轴承研究所有限公司`` is a company and is). A text in traditional characters
is read on its simplified copy (``script.reading_copy``).

Spellings of one company are merged under ``company_key``: brackets of either width,
with or without 股份/有限/责任/公司 at the end (``辰欣药业股份有限公司`` = ``辰欣药业有限公司``,
``东方今典集团`` = ``东方今典集团有限公司``).
"""

import re
from dataclasses import dataclass, field

from archive.companykeys import company_key

from .company_branches import branch_end, prefix_form_end
from .company_cuts import CUT_RE, cut_points, opening_verb
from .script import UNREAD, reading_copy

# A limited partnership (an investment fund) ends in 合伙企业（有限合伙） or just （有限合伙）.
# 株式会社: a Japanese company's form, after its name or before it (株式会社岛津制作所).
# (The look-ahead for the first characters lets ``finditer`` skip to them: ~3x faster.)
_SUFFIX_RE = re.compile(r"(?=[公集股株合（(])(?:公司|集团|股份|株式会社|(?:合伙企业)?[（(]有限合伙[）)])")
# (a hyphen between name characters is the name's: 一汽-大众汽车有限公司)
_NAME_CHARS = r"[\u3400-\u9fffA-Za-z0-9（）()·&\-－]"
_MAX_NAME = 30
# The run of name characters (at most ``_MAX_NAME``) that ends where a search stops
# (``endpos``): the walk left from a suffix, in one search instead of a loop per character.
_NAME_BEFORE_RE = re.compile(rf"{_NAME_CHARS}{{1,{_MAX_NAME}}}\Z")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_DATE_BEFORE_RE = re.compile(r"^.*\d+[年月日]")
_GENERIC = {
    "上市",
    "该",
    "本",
    "其",
    "各",
    "子",
    "分",
    "母",
    "总",
    "这家",
    "一家",
    "每家",
    "两家",
    "多家",
    "新",
    "国有",
    "外资",
    "民营",
    "合资",
    "控股",
    "全资",
    "投资",
    "保险",
    "科技",
    "贸易",
    "物流",
    "空壳",
    "平台",
    "产业",
    "企业",
    "龙头",
    "大型",
    "中小",
    "相关",
    "有关",
    "下属",
    "成员",
    "集团",
    "股份",
    "城投",
    "某某",
    "某",
    "其母",
    "其子",
    "项目",
}
# A count before the suffix (5家公司, 多家集团): the name, if any, starts after it.
_COUNTED_RE = re.compile(r"[\d一二两三四五六七八九十百千几多数]+(?:余|多)?[家个所](?!.*[家个所])")
_GENERIC_WORDS = tuple(g for g in _GENERIC if len(g) > 1)
_GENERIC_SET = frozenset(_GENERIC_WORDS)
_GENERIC_LENGTHS = sorted({len(g) for g in _GENERIC_WORDS}, reverse=True)
_NOT_AFTER_GROUP = set("化军")  # 集团化, 集团军
_SUFFIX_WORDS = ("集团", "股份", "有限", "公司")
_KIND_OF_LISTED = ("上市", "挂牌", "盈利", "亏损", "外商投资", "跨国", "外资", "内资")
_DEALS_IN_SHARES = ("发行", "持有", "持", "转让", "增持", "减持", "认购", "回购", "出让", "部分", "全部")
# What a listed company's short name is followed by when it opens a clause (爱旭股份总投资…,
# 山推股份在…, 华新股份拟…): a 股份 before anything else is a word (股份制, 股份比例).
_AFTER_SHORT_NAME = tuple(
    "在 拟 将 称 表示 发布 公告 宣布 披露 总投资 投资 计划 已 于 旗下 董事长 股价 子公司 全资 控股 "
    "日前 近日 此前 也 还 同时 成立 新建 建设 入驻 落户 签约".split()
)


# What a short name opening a clause may be followed by besides ``_AFTER_SHORT_NAME``: a time
# or what it achieved (据悉，一拖股份今年上半年实现营业收入…).
_TIME_AFTER_RE = re.compile(r"(?:今年|去年|上半年|下半年|前三季度|[一二三四]季度|本年|同期|报告期|\d{4}年|实现)")
# A count right after a suffix: the word before it is a kind of company (孵化产业化公司60余家).
_COUNT_AFTER_RE = re.compile(r"[\d一二两三四五六七八九十百千万几多数]+(?:\.\d+)?(?:余|多)?(?:家|个(?![\u4e00-\u9fff]))")


@dataclass
class Company:
    """One company: ``name`` as written (its fullest spelling in the article), ``key`` the
    merge key, ``start``/``end`` the first mention's span, ``variants`` every spelling."""

    name: str
    key: str
    start: int
    end: int
    mentions: int = 1
    variants: list[str] = field(default_factory=list)


def extract_companies(text: str, copy=UNREAD) -> list[Company]:
    """Companies named in ``text``, merged by ``company_key``, in order of first mention."""
    found: dict[str, Company] = {}
    # An article in traditional characters is read on its simplified copy (same length):
    # names as printed, keys from the copy, so that both spellings are one company.
    if copy is UNREAD:
        copy = reading_copy(text)
    read = text if copy is None else copy
    spans = list(_name_spans(read))
    if spans:
        listed = [span for start, end in spans for span in _listed_with(read, start, end)]
        listed = [(a, b) for a, b in listed if not any(s <= a and b <= e for s, e in spans)]
        if listed:
            spans = sorted(set(spans + listed))
    for start, end in spans:
        name = text[start:end]
        key = company_key(read[start:end])
        c = found.get(key)
        if c is None:
            found[key] = Company(name=name, key=key, start=start, end=end, variants=[name])
            continue
        c.mentions += 1
        if name not in c.variants:
            c.variants.append(name)
            if len(name) > len(c.name):
                c.name = name
    return list(found.values())


# The end of an enumeration of enterprises: 等企业, 等3家企业, 等龙头企业.
_LIST_END_RE = re.compile(r"等(?:[\d一二两三四五六七八九十几多]+家)?[\u4e00-\u9fff]{0,4}?企业")
_CLAUSE_STOP_RE = re.compile(r"[，,。；;：:！？!?\n]")
_ITEM_SEP_RE = re.compile(r"[、和及与]")
_ITEM_RE = re.compile(rf"{_NAME_CHARS}{{2,12}}")


def _listed_with(text: str, start: int, end: int):
    """Spans of the short names listed beside the company at ``start:end`` in one
    enumeration that ends in 等…企业 (``向山推股份、通佳机械等企业`` -> 通佳机械): a list
    that names one company by its suffix lists companies. Items that name enterprises in
    general (``高新技术企业``) or carry a suffix of their own are left to the rest."""
    stop = _CLAUSE_STOP_RE.search(text, end)
    hi = stop.start() if stop else len(text)
    m = _LIST_END_RE.search(text, end, hi)
    if m is None:
        return
    lo = start
    while lo > 0 and not _CLAUSE_STOP_RE.match(text, lo - 1):
        lo -= 1
    pos = lo
    for item in _ITEM_SEP_RE.split(text[lo : m.start()]):
        a, b = pos, pos + len(item)
        pos = b + 1
        if a <= start < b or b <= end and a >= start:
            continue  # the company itself
        if a == lo:  # the first item runs on from the words before the list
            cut = 0
            for w in CUT_RE.finditer(item):
                cut = w.end()
            a += cut
        name = text[a:b]
        if _ITEM_RE.fullmatch(name) and "企业" not in name and not _SUFFIX_RE.search(name) and name not in _GENERIC:
            yield a, b


_FULL_NAME_ENDS = (*_SUFFIX_WORDS, "）", ")")
_NAME_GOES_ON_RE = re.compile(rf"{_NAME_CHARS}{{1,20}}?(?:公司|集团|股份)")
# The total after a list of names: …、深圳华大基因股份有限公司两家企业.
_TOTAL_NOUN_RE = re.compile(r"企业|公司|集团")


def _unclosed(head: str) -> bool:
    return head.count("（") + head.count("(") > head.count("）") + head.count(")")


def _list_total(text: str, start: int, count_end: int) -> bool:
    """Whether the count after the name at ``start`` is the total of a list of names (``A、B
    两家企业``), not a count of companies of a kind (``孵化产业化公司60余家``)."""
    if not _TOTAL_NOUN_RE.match(text, count_end):
        return False
    clause = _CLAUSE_STOP_RE.split(text[:start])[-1]
    return "、" in clause


def _kind_of_company(head: str) -> bool:
    """Whether ``head`` before 公司/集团 names a kind of company: a generic word with at most a
    generic word or one character before it (投资公司, 大型投资集团, 新科技公司), not a trade name
    before it (远景科技集团)."""
    for n in _GENERIC_LENGTHS:  # (by set look-ups of each length, longest first)
        if len(head) >= n and head[-n:] in _GENERIC_SET:
            before = head[:-n]
            return len(before) <= 1 or before in _GENERIC or len(head) <= 4 and before.endswith(_GENERIC_WORDS)
    return False


# The end of a full name's form before 公司 (…股份有限公司债券 is the company's bond).
_FORMS = ("有限", "责任", "股份")
# A subsidiary by its relation to the parent named before it (芯谷微全资子公司).
_RELATIONS = ("全资子", "控股子", "参股子")
# A document before 中 (公告英文版中公司…, 招股书中公司…): the company it names, no name.
_IN_A_DOCUMENT = tuple(c + "中" for c in "书告件单文录表函稿版册")
# A count of one after a name is the name alone (…有限公司一家就提供…), no kind counted.
_ONE = ("一家", "一个")
# A company's form with no name before it (有限责任公司, 股份有限公司).
_FORM_ONLY_RE = re.compile(r"(?:股份|有限|责任)+")
# A subsidiary's full name run on from its group's (国家电网集团…有限公司), with no word of the
# sentence between (海尔集团与…有限公司, 格力集团在…的…有限公司 stay two).
_SUBSIDIARY_AFTER_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,14}?(?:有限(?:责任)?公司|股份有限公司)")


def _opens_a_subsidiary(text: str, end: int) -> bool:
    """Whether the 集团 ending at ``end`` opens a subsidiary's full name that goes on after it."""
    m = _SUBSIDIARY_AFTER_RE.match(text, end)
    return m is not None and CUT_RE.search(text, end, m.end()) is None


_NAME_OPENERS = "。！？!?；;\n、"
_CLAUSE_OPENERS = _NAME_OPENERS + "，,：:"


def _name_spans(text: str):
    for m in _SUFFIX_RE.finditer(text):
        end = m.end()
        if (
            (count := _COUNT_AFTER_RE.match(text, end))
            and not count.group().startswith(_ONE)
            and not _list_total(text, m.start(), count.end())
        ):
            continue  # 孵化产业化公司60余家: companies of a kind, counted (…有限公司一家就…: the name alone)
        if m.group() == "集团" and _opens_a_subsidiary(text, end):
            continue  # 中国石化集团茂名石油化工有限公司: the group opens its subsidiary's name
        nxt = text[end : end + 2]
        if m.group() == "集团" and (nxt.startswith(("有限", "股份", "公司")) or nxt[:1] in _NOT_AFTER_GROUP):
            continue  # the name goes on to a later suffix
        if nxt[:1] in "）)" and text.startswith(_SUFFIX_WORDS, end + 1):
            continue  # 上海微电子装备（集团）股份有限公司: the name goes on after the bracket
        # 股份 before a time is a short name only if it opens its clause (据悉，一拖股份今年…)
        opening_only = False
        if m.group() == "股份":
            if nxt.startswith(("有限", "公司")):
                continue  # the name goes on to a later suffix
            if _HAN_RE.match(nxt[:1]) and nxt[:1] not in "等和与及" and not text.startswith(_AFTER_SHORT_NAME, end):
                if not _TIME_AFTER_RE.match(text, end):
                    continue  # 股份制, 股份比例: a word, not a short name
                opening_only = True
        run = _NAME_BEFORE_RE.search(text, max(0, m.start() - _MAX_NAME), m.start())
        start = run.start() if run else m.start()
        # An unclosed bracket or a hyphen at the start belongs to the sentence, not the name.
        while start < m.start() and text[start] in "）)-－":
            start += 1
        head = text[start : m.start()]
        # 有 opening a clause opens a list (，有…有限公司、…; 则有 is a cut word): no name's
        # unless cutting it leaves one character (有研科技集团有限公司)
        if (start == 0 or text[start - 1] in _CLAUSE_OPENERS) and opening_verb(head):
            start += 1
            head = head[1:]
        if nxt[:1] in "）)" and _unclosed(head) and _NAME_GOES_ON_RE.match(text, end + 1):
            continue  # 中国东方电气（集团）新能源股份有限公司: the name goes on after the bracket
        # an item of a list of short names (华为、腾讯和…); in a list of full names a 和 before
        # no suffix is a name's (…股份有限公司、常州天和精工科技有限公司)
        listed = start > 0 and text[start - 1] == "、" and not text.endswith(_FULL_NAME_ENDS, 0, start - 1)
        # 联合 opening a sentence or a list's item opens the name (联合微电子中心有限责任公司
        # 建成…); after a subject or a comma it is a verb (园区联合华为技术有限公司…)
        opens = head.startswith("联合") and (start == 0 or text[start - 1] in _NAME_OPENERS)
        cuts = cut_points(
            head,
            opens,
            listed,
            clause_opening=start == 0 or text[start - 1] in _CLAUSE_OPENERS,
            full_list=start > 0 and text[start - 1] == "、" and not listed,
        )
        # A 的 after one character that leaves only a suffix word is inside the name (美的
        # 集团股份有限公司, not 集团股份有限公司); 园区的集团公司 stays cut.
        if (
            len(cuts) > 1
            and head.startswith(_SUFFIX_WORDS, cuts[-1])
            and head[cuts[-1] - 1] == "的"
            and cuts[-1] - 1 - cuts[-2] == 1
        ):
            cuts.pop()
        head = head[cuts[-1] :]
        if counted := _COUNTED_RE.search(head):
            head = head[counted.end() :]  # 已有5家公司, 3个集团: a count, not a name
        if m.group() == "公司" and head.endswith("分") and "公司" in head:
            continue  # 华为技术有限公司深圳分公司: a branch, found from its parent (company_branches)
        if "公司" in head:  # 合资公司眉山瑞业…有限公司: a name starts after another's suffix
            head = head[head.rindex("公司") + 2 :]
        if m.group() == "株式会社" and len(head) < 2:
            if (after := prefix_form_end(text, end)) is not None:
                yield m.start(), after  # 株式会社岛津制作所: the form before the name
            continue
        # A year or date just before the name: 2013年该企业…
        head = _DATE_BEFORE_RE.sub("", head)
        if len(head) < 2 and not (len(head) == 1 and head.isascii()) or head in _GENERIC:
            continue
        if _FORM_ONLY_RE.fullmatch(head):
            continue  # 有限责任公司占比…, 股份有限公司数量…: a company form, no name
        if m.group() in ("公司", "集团") and _kind_of_company(head):
            continue  # 投资公司, 科技公司, 大型投资集团 (远景科技集团 is a name)
        if m.group() == "公司" and head.endswith(("母", "参股")):
            continue  # 比亚迪母公司, 持股35%的参股公司: a relation, not a name
        if m.group() == "公司" and head.endswith("子") and (len(head) <= 4 or head.endswith(_RELATIONS)):
            continue  # 全资子公司, 该子公司, 芯谷微全资子公司: a subsidiary by its kind or relation
        if m.group() == "公司" and (
            text.startswith("债", end) and not head.endswith(_FORMS) or head.endswith(_IN_A_DOCUMENT)
        ):
            continue  # 科技创新公司债券: a kind of bond; 公告英文版中公司名称: the company a document names
        if m.group() == "公司" and head.endswith(_KIND_OF_LISTED):
            continue  # 科创板上市公司, 存量未盈利公司, 新建外商投资公司, 跨国公司: a kind of company
        if m.group() == "股份" and head.endswith(_DEALS_IN_SHARES):
            continue  # 拟公开发行股份2062万股: shares, not a company
        first = m.start() - len(head)
        if opening_only and first > 0 and not _CLAUSE_STOP_RE.match(text, first - 1):
            continue  # 其持有的限售股份今年解禁: shares
        yield first, end
        if m.group() == "公司" and (branch := branch_end(text, head, end)) is not None:
            yield first, branch  # …有限公司武汉分公司, …股份有限公司江苏省分行: the branch's name

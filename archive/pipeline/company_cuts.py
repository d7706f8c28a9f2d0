"""Where a company's name begins in the run of name characters before its suffix: after the
last word of the sentence that ran into it (prepositions and verbs: ``随着``, ``针对``,
``分别与``, ``在``, ``的``…; the park or body before it: ``…高新区企业``, ``…管委会``).

A name is [place][trade name (字号)][business][form]: 北京|四方|继保自动化|股份有限公司. A word
of the sentence found inside the run is no cut when cutting there would leave no trade name:

- a one-character word (继, 据, 以, 和…) that leaves one character before business words
  (四方继|保自动化, 数据|宝信息科技): the character is the word's neighbour in the name; or
  that has a single character of the run before it, no adverb, modal or pronoun, and a
  bare trade name of at most two characters after it (万向|钱潮…; 拟与|绵阳科技城… cuts);
- a zone (开发区, 高新区) after a place, with only business words after it (合肥高新区投资控股
  集团有限公司), or after a place opening a clause (。西安高新区人才发展集团有限公司…,
  此外，常州高新区龙城科创投资有限公司…): the zone's own company; after a verb it is where
  the company is (落户苏州高新区华为技术有限公司), and before a province a full name of
  its own begins (常州高新区江苏恒立液压股份有限公司);
- 联合 in an item of a list of full names (…有限公司、深圳联合飞机科技有限公司): the
  name's, as 联合 opening a sentence is.

Pure functions, no Django."""

import re

_CUT_WORDS = sorted(
    (
        "随着 针对 引进 引入 走进 告知 位于 联合 设立 包括 成立 签约 签署 对接 其中 以及 通过 依托 "
        "分别与 分别有 推动 支持 帮助 鼓励 满足 配合 投资方 合资方 投资者 股东 旗下 企业 高新区 开发区 管委会 委员会 政府 年初 年底 月底 "
        "同意 约定 完成 采用 项目有 主体为 名称为 盘活 欢迎 收购 并购 兼并 携手 牵手 走访 拜访 考察 吸引 带动 · "
        # a zone gathering or landing companies (园区已集聚…有限公司, 落户…), or having them
        "集聚 聚集 汇聚 落户 入驻 招引 迎来 拥有 "
        # inside a zone (区内…有限公司, 开发区内…)
        "区内 高新区内 开发区内 "
        # 为 after an adverb, or 成为/作为, is a preposition or a verb (并为…有限公司授牌); alone it
        # may be a name's (华为技术有限公司)
        "并为 将为 还为 也为 均为 已为 专为 同时为 先后为 分别为 成为 作为 "
        "该区 该市 该县 本区 本市 全区 全市 这些 "
        # a time before a company (上半年公司…, 报告期内公司…), a list's lead-in (既有…有限公司)
        "上半年 下半年 季度 期内 今年 去年 目前 同期 当前 既有 也有 还有 则有 例如 比如 诸如 "
        # a party to a contract (甲方…, 乙方…), a firm's standing (台资龙头…), a bank's branch
        # before the next name (…分行和…, …分行为…: the branch is no part of it)
        "甲方 乙方 丙方 龙头 分行为 分行 "
        # verbs whose object is a kind of company (优化平台公司, 整合国有公司, 组建投资公司)
        "优化 整合 组建 重组 打造 做强 做大 壮大 发行 "
        "由 与 和 及 在 对 向 把 被 将 从 给 跟 的 了 等 以 是 于 据 后 即 并 让 使 就 继"
    ).split(),
    key=len,
    reverse=True,
)
# Inside a name these are no cut: 企业 (科技企业孵化器有限公司, 企业管理咨询有限公司), 集聚区
# (…产业集聚区投资有限公司).
# 在线 (online: 北京在线教育科技有限公司) is a word, not 在.
_NOT_CUT_BEFORE = {"企业": "(?!孵化|管理|服务|发展|咨询)", "集聚": "(?!区)", "聚集": "(?!区)", "在": "(?!线)"}
CUT_RE = re.compile("|".join(re.escape(w) + _NOT_CUT_BEFORE.get(w, "") for w in _CUT_WORDS))
_ZONES = ("开发区", "高新区")
_KINDS_OF_ENTERPRISE = ("国有", "民营", "中小")
# What a company does and its legal form, the words after its trade name.
_BUSINESS = sorted(
    (
        "科技 技术 药业 制药 医药 生物 医疗 电气 电子 电器 电力 电工 自动化 网络 信息 软件 通信 数据 "
        "能源 新能源 材料 新材料 化工 化学 机械 装备 汽车 实业 智能 光电 光学 传动 精密 工业 环保 物流 "
        "贸易 投资 发展 建设 控股 经济 管理 咨询 服务 矿业 钢铁 纺织 食品 农业 建材 重工 半导体 "
        "微电子 集成电路 计算 产业 资本 金融 置业 地产 开发 运营 集团 有限 股份 责任"
    ).split(),
    key=len,
    reverse=True,
)


# What a single character opening the run before a one-character word may be: an adverb or a
# pronoun of the sentence (，还向…有限公司, ，其在…), not a name's first character (万向钱潮).
_ONE_CHARACTER_SUBJECTS = frozenset(
    "还也又已正均曾仍再都共另先其他她它我你您咱则且或可需应要更只不现亦皆便才同首市省区县拟欲须能会该此这那各每某"
)


_BUSINESS_SET = frozenset(_BUSINESS)
# The business words' lengths, longest first: the longest word ``rest`` ends with is taken
# off, found by a set look-up of each length (not ``endswith`` over every word).
_BUSINESS_LENGTHS = sorted({len(w) for w in _BUSINESS}, reverse=True)


def _trade_name(rest: str) -> str:
    """What is left of ``rest`` (the run from a cut to the suffix) once the business words
    at its end are taken off, the longest first: the place and trade name."""
    rest = rest.rstrip("（）()")
    while True:
        for n in _BUSINESS_LENGTHS:
            if len(rest) >= n and rest[-n:] in _BUSINESS_SET:
                rest = rest[:-n].rstrip("（）()")
                break
        else:
            return rest


def _inside_name(head: str, word: re.Match, last_cut: int) -> bool:
    """Whether the word of the sentence at ``word`` in ``head`` is inside the name, not
    before it: cutting there would leave no trade name (see the module's docstring)."""
    rest = head[word.end() :]
    if re.sub(r"(?:股份|有限|责任)+$", "", rest).endswith("基金") and word.start() > last_cut:
        if word.group() in _ZONES:
            return True  # a fund named after its zone: 合肥高新区未来产业投资基金合伙企业
        if word.group() == "企业" and head[last_cut : word.start()].endswith(_KINDS_OF_ENTERPRISE):
            return True  # a fund named after the enterprises it serves: 中国国有企业…基金
    if rest == _trade_name(rest):
        return False  # no business word: nothing tells
    left = len(_trade_name(rest))
    if word.group() == "·":  # a foreign person's name: 卡尔·蔡司股份有限公司
        return left <= 3 and 0 < word.start() - last_cut <= 4 and rest.startswith(_trade_name(rest))
    if len(word.group()) == 1:
        if head[word.start() - 1 : word.end()] in _BUSINESS_SET:
            return True  # the end of a business word: 通用数据|技术
        if last_cut == 0 and word.start() == 1 and left <= 2 and head[0] not in _ONE_CHARACTER_SUBJECTS:
            return True  # 万向|钱潮…: a single character opening the run before a bare trade name
        return left == 1 and word.start() > last_cut
    return word.group() in _ZONES and left == 0 and word.start() > last_cut


def opening_verb(head: str) -> bool:
    """Whether a 有 opening ``head`` (the run before a suffix, at a clause's start) is the verb
    opening a list (，有苏州…有限公司、…), not a name's (有研科技集团): cutting it leaves a trade
    name of two characters at least."""
    return head.startswith("有") and not head.startswith("有限") and len(_trade_name(head[1:])) >= 2


# How what a conjunction 和 joins to a name ends: a company's suffix, a body or a place
# (华为技术有限公司和…, 研究院和…, 园区和…, 双方和…, （新市区）和…).
_JOINED_ENDS = (
    *("集团", "股份", "有限", "公司"),
    *"院所校局委会厅办部区园方市省县镇城）)",
    "中心",
    "大学",
    "银行",
    "基地",
    "高校",
    "机构",
    "单位",
)


def _and_inside_name(before: str, listed: bool) -> bool:
    """Whether a 和 with ``before`` between it and the word before is part of a name
    (包头天和磁材科技股份有限公司, 诺和诺德（中国）制药有限公司): the name's characters go on
    on both sides and nothing before it ends a name or a body, nor is it an item of a list
    of short names (``华为、腾讯和…``)."""
    return bool(before) and not listed and not before.endswith(_JOINED_ENDS)


# The most characters of a place before a zone opening a name (西安, 武汉东湖, 包头稀土).
_PLACE_MAX = 6
# A province (or the nation) opening what follows a zone opens a full name of its own
# (常州高新区江苏恒立液压股份有限公司: the zone is where it is).
_PROVINCES = tuple(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 "
    "贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 中国".split()
)


def cut_points(
    head: str, opens: bool, listed: bool, *, clause_opening: bool = False, full_list: bool = False
) -> list[int]:
    """The offsets in ``head`` after each word of the sentence that ran into a name, from 0;
    the name starts at the last. ``opens``: 联合 at the start opens the name (联合微电子中心
    有限责任公司); ``listed``: the run is an item of a list of short names; ``clause_opening``:
    the run opens a clause (a zone after a place there is the name's); ``full_list``: the run
    is an item of a list of full names (a 联合 in it is the name's)."""
    cuts = [0]
    for w in CUT_RE.finditer(head):
        if w.group() == "联合" and (opens and w.start() == 0 or full_list):
            continue
        if (
            clause_opening
            and len(cuts) == 1
            and w.group() in _ZONES
            and 2 <= w.start() <= _PLACE_MAX
            and not head.startswith(_PROVINCES, w.end())
        ):
            continue  # 。西安高新区人才发展集团有限公司: the zone's own company
        if w.group() == "和" and _and_inside_name(head[cuts[-1] : w.start()], listed and len(cuts) == 1):
            continue
        if _inside_name(head, w, cuts[-1]):
            continue
        cuts.append(w.end())
    return cuts

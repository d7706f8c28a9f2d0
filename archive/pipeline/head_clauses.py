"""A headline's two lines that are one clause the column's width broke (``株洲高新区轨道交通装备``
/ ``产业迈向“智造”``), a headline run on after its colon, and the words ``headings`` reads a
headline block by: the parks a line names, its sentence punctuation. Pure functions on
``reflow`` items."""

import re

from .lines import unbalanced_open_quote
from .parks import Gazetteer
from .reflow import SUBTITLE_DASHES, Item

PUNCT_RE = re.compile(r"[：:，,、。“”\"（）()！？!?；;]")
# Quotation marks around a term (迈出“加速度”) are no sentence punctuation.
NO_QUOTES = str.maketrans("", "", '“”‘’"')
_PARK_WORD_RE = re.compile(r"[\u3400-\u9fff]{2,8}?(?:高新区|经开区|开发区|园区)")
# How far into a line a park's name counts as opening it.
PARK_OPENING = 8


def park_names(text: str, gazetteer: Gazetteer | None) -> set:
    if gazetteer is not None:
        return {m.key if m.verified else m.name for m in gazetteer.find_mentions(text)}
    return set(_PARK_WORD_RE.findall(text))


# Verbs a headline's clause is told by (a first line with none of them is no whole clause).
HEAD_VERB_RE = re.compile(
    "实现|助力|推动|助推|打造|加快|加速|提速|引领|开启|迈向|迈出|迈进|走进|走出|走向|领跑|领先|再创|创下|刷新|突破"
    "|完成|带动|赋能|激活|激发|引进|引资|签约|签署|达成|投资|跑出|释放|按下|开工|投产|量产|落地|启动|揭牌|竣工"
    "|获批|获评|获得|获颁|荣获|喜获|上榜|入选|晋级|跻身|亮相|开园|落户|落成|开业|投用|投运|建成|挂牌|成为|登上"
    "|再添|新添|喜添|增添|扩容|扩产|扩大|集聚|聚集|增长|增加|提升|提高|下降|翻番|攀升|超过|达到|发布|举办|召开"
    "|举行|成立|出台|印发|推出|上线|开通|开放|通车|升级|转型|壮大|崛起|成势|见效|发力|破题|迎来|培育|构建|建设"
    "|推进|部署|开展|聚焦|深化|优化|筑牢|护航|点燃|涌现|诞生|交付|首发|位居|稳居|保持|实施|出炉|公布|启用|并网"
    "|携手|共建|打通|破解|跨越|蝶变|焕新|腾飞|起航|领航|出让|转让|拍卖|拿地|调研|考察|观摩|走访|座谈|对接|通过"
    "|审议|批复|获准|认定|命名|授牌|颁发|表彰|支持|补贴|奖励|吸引|服务|申报|设立|组建|整合|调整|开设|增设"
)
# A line that is a causative or 把 and its object (别让“政策红包”, 让数据): the clause goes on.
_PIVOT_END_RE = re.compile(r"^(?:别|莫|勿|不|要|请|再)?(?:让|使|令|把)“?[^“”\s]{1,8}”?\Z")
# A term in quotation marks closing a line after its subject (产业链“补链强链”): the predicate.
_QUOTED_END_RE = re.compile(r"[\u4e00-\u9fff]“[^“”\s]{2,8}”\Z")


# A number and its measure word closing a line, the noun they count still to come (一批, 首批, 两大).
OPEN_COUNT_END_RE = re.compile(
    r"(?:[一二两三四五六七八九十百千万几多首数\d]+|若干)(?:批|个|项|家|类|条|种|座|所|位|名|款|大|张|台|套|支|份|件|轮|场|期)\Z"
)
# A term in quotation marks and at most a short noun after it (``“湘字号”科技成果``).
_QUOTED_NOUN_RE = re.compile(r"“[^“”\s]{2,10}”([\u4e00-\u9fff]{0,4})")


def same_type(a: Item, b: Item) -> bool:
    """Are two lines of a headline block set in one type (kind, heading level, the stack's
    largest or not)?"""
    return (a.kind, a.level, a.main) == (b.kind, b.level, b.main)


def joined_lines(a: Item, b: Item, sep: str = "", main: bool = False) -> Item:
    """One headline item of the block's lines ``a`` and ``b`` (``a``'s kind and level)."""
    return Item(a.kind, a.text + sep + b.text, a.lines + b.lines, level=a.level, parts=a.parts + b.parts, main=main)


def join_broken_clauses(heads: list[Item], gazetteer) -> list[Item]:
    """Two lines of the block that are one clause the column's width broke (株洲高新区轨道交通装备
    / 产业迈向“智造”; also over an unnamed byline read into the block: □ 本报评论员), joined with
    nothing. Lines an OCR engine marked at two heading levels (``###`` over ``#``) are set in two
    types: a kicker and its headline, however the words run on."""
    for i in range(len(heads) - 1):
        a, b = heads[i], heads[i + 1]
        if (
            a.kind == b.kind
            and a.level == b.level
            and not a.main
            and not b.main
            and broken_by_width(a.text, b.text, gazetteer)
        ):
            return heads[:i] + [joined_lines(a, b)] + heads[i + 2 :]
    return heads


def broken_by_width(first: str, second: str, gazetteer=None) -> bool:
    """Are a headline block's two lines one clause broken by the column's width? The first line
    is no whole clause (a park's name and nouns with no verb, a causative and its object, an
    open quotation); the second, no longer, carries the predicate (a verb, a quoted term
    after its subject, or an adverb of manner and the verb after it) with no subtitle's dash and
    names no park at its opening. (A first line with its verb, 乌鲁木齐高新区…签约191亿元, keeps
    the line under it as its subtitle.)"""
    if second.startswith(SUBTITLE_DASHES) or len(second) > len(first):
        return False
    if PUNCT_RE.search(first.translate(NO_QUOTES)) or PUNCT_RE.search(second.translate(NO_QUOTES)):
        return False
    if park_names(second[:PARK_OPENING], gazetteer):
        return False
    if _PIVOT_END_RE.search(first) or unbalanced_open_quote(first):
        return True
    if second.startswith("“") and _goes_on_into_a_quotation(first, second, gazetteer):
        return True
    if HEAD_VERB_RE.search(first) or not park_names(first[:PARK_OPENING], gazetteer):
        return False
    return bool(HEAD_VERB_RE.search(second) or _QUOTED_END_RE.search(second) or ADVERB_PREDICATE_RE.search(second))


# A predicate told by its adverb of manner closing a line (产业链持续延伸, 集群规模不断扩张):
# whatever verb follows, the adverb says a predicate is there, as a verb of the list would.
ADVERB_PREDICATE_RE = re.compile(
    r"(?:持续|不断|稳步|逐步|逐渐|加速|快速|日益|日趋|继续|进一步|大幅|显著)[\u4e00-\u9fff]{1,4}\Z"
)
# A verb that wants its object closing a headline's line (“链主”企业带动 / 配套企业“抱团出海”):
# the clause is open, its object on the next line.
_AWAITS_OBJECT_RE = re.compile(r"(?:带动|带领|推动|助推|助力|驱动|撬动|牵引|催生|激活|激发|吸引|打造|构建|培育|打通)\Z")


def run_on_after_colon(headline: str, rest: list[Item]) -> tuple[str, list[Item]]:
    """(headline, the lines left under it): a headline line ending in its colon goes on on the
    next (长沙高新区： / 智能制造…), set apart from it only by a narrow column's blank lines; so
    does the clause after the colon when it ends on a verb awaiting its object (玉溪高新区： /
    “链主”企业带动 / 配套企业“抱团出海”): one headline broken twice, no subtitle under it."""
    rest = list(rest)
    after_colon = False
    while (
        rest
        and (headline.endswith(("：", ":")) or after_colon and _AWAITS_OBJECT_RE.search(headline))
        and not rest[0].text.startswith(SUBTITLE_DASHES)
    ):
        after_colon = headline.endswith(("：", ":"))
        headline += rest.pop(0).text
    return headline, rest


def _goes_on_into_a_quotation(first: str, second: str, gazetteer) -> bool:
    """Does ``second``, opening with a quotation mark, go on with ``first``: the first line is
    no whole clause (it ends on a number and its measure word, ``新增一批``, or names its park
    with no verb of the list) or the second is no deck, only a quoted term and the noun it
    qualifies (``“科创十条”实施细则``)? A deck says something of its own: a clause."""
    if OPEN_COUNT_END_RE.search(first):
        return True
    if not HEAD_VERB_RE.search(first) and park_names(first[:PARK_OPENING], gazetteer):
        return True
    term = _QUOTED_NOUN_RE.fullmatch(second)
    return term is not None and not HEAD_VERB_RE.search(term.group(1))

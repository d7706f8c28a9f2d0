"""A headline block's parts (``assemble``): which of its lines is the headline, which the
kicker above it, the subtitle below it and the column's name; and the parks a line names.
Pure functions on ``reflow`` items."""

import re

from .bilingual import bilingual_label, translated_title
from .box_labels import BOX_LABELS, NOTES_LABELS, box_label
from .candidates import two_phrases
from .data_boxes import DATA_BOX_LABELS
from .decks import parallel_phrases, time_deck
from .head_clauses import (
    HEAD_VERB_RE,
    NO_QUOTES,
    PARK_OPENING,
    PUNCT_RE,
    join_broken_clauses,
    joined_lines,
    park_names,
    run_on_after_colon,
)
from .head_tags import split_head_tag
from .interview_columns import interview_column
from .lines import BULLETS, close_heading_spaces
from .open_clauses import ends_open, run_on, subject_over_its_predicate
from .reflow import COLUMN_LABEL_RE, SUBTITLE_DASHES, Item, join_heading, without_dash
from .stack_kickers import headline_broken_under, join_open_de, short_kicker_over_park
from .stacks import COLUMN_ENDINGS, PHOTO_COLUMNS

COLUMN_MAX = 8
# A comma inside the last of a stack's lines marks a deck (副题) under the headline, when the
# lines above have none (a kicker with a comma over a headline keeps the headline last).
_DECK_COMMA_RE = re.compile(r"[\u4e00-\u9fff”》）][，,][\u4e00-\u9fff“《（]")
# How a column's name ends (高新区观察, 园区快讯, 创新一线): set over a headline without
# brackets, such a line is the column, not the kicker.
# The label of a sidebar printed with a story (background, a link, the reporter's notes): alone,
# a subhead of the story above (``assemble``); over the title of an article, its column, never
# its kicker. A box of background under its label and a title of its own is such an article
# (``column_labels.opens_column``); a reporter's notes under a title may go on with the story.
REFERENCE_LABELS = BOX_LABELS | DATA_BOX_LABELS
SIDEBAR_LABELS = REFERENCE_LABELS | NOTES_LABELS
# Columns of pictures, each a caption and its photographer's credit (图片新闻, 组图: a set
# of photographs): every picture's story is an article of its own, titled by its first
# clause as a brief is; under a title of its own, the story's captions are its text.
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# A titled headline's opening: a name and its colon (``reflow._opens_titled_head``).
_TITLED_RE = re.compile(r"^[^：:，,。]{2,12}[：:]")


def headline_parts(heads: list[Item], gazetteer, byline_below: bool = True) -> tuple[str, str, str, str, list]:
    """(kicker, headline, subtitle, column, the subtitle's dashes and a series' brackets as
    (line, marks)) from a cluster's heading items (``byline_below``: the cluster has a byline
    line under its headings)."""
    if not heads:
        return "", "", "", "", []
    column = ""
    marks = []  # (line, brackets) of a series' name: the page's typography, kept as furniture
    label = COLUMN_LABEL_RE.match(heads[0].text) if len(heads) >= 2 else None
    if label:  # 【园区动态】 over the headline: the column (its brackets the page's typography)
        column = label.group(1)
        marks = _brackets(heads[0].lines[:1], heads[0].text)
        heads = heads[1:]
    elif (
        len(heads) >= 2
        and heads[0].kind == "cand"
        and (names_a_column(heads[0].text) or box_label(heads[0].text) or interview_column(heads))
    ):
        # 高新区观察, 聚焦·园区, 相关阅读 over the headline, unbracketed (a box's bullet, ■相关链接,
        # the page's typography); 对话园区掌门人 over an interview's headline and ——访…
        column = box_label(heads[0].text) or heads[0].text
        heads = heads[1:]
    else:
        column, heads, marks = split_head_tag(heads)  # 【园区速递】无锡高新区…: the column
    heads = join_open_de(subject_over_its_predicate(join_broken_clauses(heads, gazetteer), gazetteer))
    if (
        len(heads) >= 2
        and heads[-1].kind == heads[-2].kind
        and heads[-1].level == heads[-2].level  # (### over #: a kicker, in a type of its own)
        and not heads[-2].main  # (its type shows where the headline ends)
        and (
            _goes_on(heads[-1].text, heads[-2].text)
            or heads[-1].kind == "cand"
            and _cut_short(heads[-2].text, heads[-1].text)
        )
    ):
        # 东海高新区8个重点项目集中签约 / 总投资超90亿元, 山东邹城市 / 特色园区激发活力: the
        # headline's second line
        heads = heads[:-2] + [joined_lines(heads[-2], heads[-1], " ")]
    elif (
        not column
        and len(heads) >= 2
        and heads[-1].kind == "cand"
        and is_column_name(heads[-1].text)
        and not heads[-1].text.startswith(SUBTITLE_DASHES)  # (——出口再创新高: a subtitle)
        and not ends_open(heads[-2].text, gazetteer)  # (郴州高新区召开 / 校企合作恳谈会: its object)
        # (set between the headline and its byline, or named like a column, 时评; with neither,
        # a line of plain words is the headline's second line: 蚌埠高新区发布园区 / 创新指数排名)
        and (byline_below or names_a_column(heads[-1].text) or heads[-1].text[:1] in BULLETS)
    ):
        column = heads[-1].text  # 科技厅局长话创新 under the headline (not when one is above it)
        heads = heads[:-1]
    elif len(heads) >= 2 and not byline_below and _object_goes_on(heads[-2], heads[-1], gazetteer):
        heads = heads[:-2] + [
            joined_lines(heads[-2], heads[-1])
        ]  # 蚌埠高新区发布园区 / 创新指数排名: one clause, its object broken
    elif (
        len(heads) >= 2
        and heads[-1].kind == "cand"
        and (tag := _SERIES_TAG_RE.fullmatch(heads[-1].text))
        and not _NO_SERIES_RE.search(tag.group(1))
    ):
        column = tag.group(1)  # （新时代画卷） under the headline: a series' name, 人民日报's way
        marks = _brackets(heads[-1].lines[:1], heads[-1].text)
        heads = heads[:-1]
    if heads[0].kind == "cand" and len(heads[0].parts) >= 2:
        heads = _kicker_set_tight(heads[0], gazetteer) + heads[1:]
    mds = [i for i, h in enumerate(heads) if h.kind == "md"]
    main = [i for i, h in enumerate(heads) if h.main]
    if mds:
        h = min(mds, key=lambda i: (heads[i].level, i))
    elif len(heads) == 1:
        h = 0
    elif main:
        h = main[0]  # (set in the stack's largest type: 创新创业热度持续攀升 / 光谷前4月新增 / 市场主体…)
    else:
        # (A dashed line is a subtitle, even when it names the park: ——记株洲高新区…)
        # (and so is a headline's translation under it on a bilingual page, even when it names
        # the park: Zhangjiang Science City adds…)
        plain = [
            i
            for i, x in enumerate(heads)
            if not x.text.startswith(SUBTITLE_DASHES) and not (i and translated_title(heads[i - 1].text, x.text))
        ] or [len(heads) - 1]
        marked = [
            i
            for i in plain
            if ("：" in heads[i].text or ":" in heads[i].text or park_names(heads[i].text, gazetteer))
            and not _kicker_apart(heads, i, gazetteer)
        ]
        # (A titled headline set tight under lines with no colon, 张江：从“科学城”到“科创城”,
        # is the headline, even under a kicker that names the park: 上海张江高新区加快推动…)
        titled = next((i for i in marked if i and _TITLED_RE.match(heads[i].text)), None)
        if (
            titled is not None
            and _set_tight(heads[titled - 1], heads[titled])
            and not any("：" in heads[i].text or ":" in heads[i].text for i in plain if i < titled)
        ):
            h = titled
        else:
            h = marked[0] if marked else plain[-1]
            heads, h = headline_broken_under(heads, h, gazetteer)  # (济南高新区… / 让…从“书架” / 走上“货架”)
        if not marked and len(plain) >= 2 and _DECK_COMMA_RE.search(heads[plain[-1]].text):
            # (the line above must read as a headline: not a label such as 读+)
            if not any(_DECK_COMMA_RE.search(heads[i].text) for i in plain[:-1]) and (
                len(_HAN_RE.findall(heads[plain[-2]].text)) >= 4
            ):
                h = plain[-2]  # 电子信息产业被“划重点” / 《条例》通过，省市政府将…: a deck under it
    # (a dashed line the OCR read above the marked headline is its subtitle, not a kicker)
    dashed = [x.text.startswith(SUBTITLE_DASHES) and without_dash(x.text) != x.text for x in heads[:h]]
    kicker = " ".join(x.text for x, d in zip(heads[:h], dashed, strict=True) if not d)
    headline = heads[h].text
    rest = [x for x, d in zip(heads[:h], dashed, strict=True) if d] + heads[h + 1 :]
    headline, rest = run_on_after_colon(headline, rest)  # (长沙高新区： / 智能制造…)
    # A park's name alone over the rest of the headline (苏州工业园区 / 生物医药产业…) is its
    # first line, as on a page that sets the two lines together.
    if rest and len(headline) <= PARK_LINE_MAX and not rest[0].text.startswith(SUBTITLE_DASHES):
        if park_names(headline, gazetteer) and _PARK_ALONE_RE.match(headline):
            headline += " " + rest.pop(0).text
    headline, rest = run_on(heads[h], headline, rest, gazetteer)  # (湘潭高新区举办 / “科技副总”对接会)
    # The series' name closing the headline's line: 科技的集聚地 创新的孵化器（新时代画卷） (not
    # a place in brackets: 乌鲁木齐高新区（新市区）)
    if (
        not column
        and (tag := _SERIES_TAG_RE.search(headline))
        and tag.start()
        and not _NO_SERIES_RE.search(tag.group(1))
    ):
        column, headline = tag.group(1), headline[: tag.start()].rstrip()
        marks = _brackets(heads[h].lines[-1:], tag.group())
    # (The dash a subtitle is printed with is the page's typography: the site draws it. It
    # is kept as the page's furniture, so nothing of the page is lost.)
    subtitle = " ".join(without_dash(x.text) for x in rest)
    dashes = [(x.lines[0], x.text[: len(x.text) - len(without_dash(x.text))]) for x in rest if x.lines]
    return kicker, headline, subtitle, column, [(n, d) for n, d in dashes if d.strip()] + marks


def _object_goes_on(above: Item, below: Item, gazetteer) -> bool:
    """Is ``below`` a few nouns with no verb (``创新指数排名``) under a headline's clause that
    names its park and its verb (``蚌埠高新区发布园区``): the clause's object the width broke, no
    deck (a deck says something of its own) and, with no byline under it, no column's name?"""
    return (
        above.kind == below.kind == "cand"
        and not above.main
        and is_column_name(below.text)
        and not below.text.startswith(SUBTITLE_DASHES)
        and not HEAD_VERB_RE.search(below.text)
        and not park_names(below.text[:PARK_OPENING], gazetteer)
        and bool(HEAD_VERB_RE.search(above.text))
        and bool(park_names(above.text[:PARK_OPENING], gazetteer))
    )


def _kicker_apart(heads: list[Item], i: int, gazetteer) -> bool:
    """Is ``heads[i]`` a kicker ending in its colon (``项目建设按下“快进键”：``), set apart by a
    blank line from a headline broken over lines set tight? A headline's lines are set alike:
    a line set apart from lines set tight is no line of theirs. (Not a park's or place's name
    and its colon: 长沙高新区： goes on in the next line.)"""
    text, nxt = heads[i].text, heads[i + 1] if i + 1 < len(heads) else None
    return (
        text.endswith(("：", ":"))
        and nxt is not None
        and len(nxt.lines) >= 2
        and nxt.lines[-1] - nxt.lines[0] == len(nxt.lines) - 1
        and not _set_tight(heads[i], nxt)
        and not nxt.text.startswith(SUBTITLE_DASHES)
        and not park_names(text, gazetteer)
    )


def _set_tight(above: Item, below: Item) -> bool:
    """Is ``below`` set on the line right under ``above``, no blank line between them?"""
    return bool(above.lines and below.lines) and below.lines[0] == above.lines[-1] + 1


def _brackets(lines: list[int], text: str) -> list[tuple[int, str]]:
    """The brackets a column's name is printed in (``text``, on the first of ``lines``), as
    the page's furniture."""
    return [(lines[0], text[0] + text[-1])] if lines else []


def _kicker_set_tight(head: Item, gazetteer) -> list[Item]:
    """A kicker of two phrases, or of one of eight characters or more, set tight over a
    headline that opens with a park's name (``强化创新引领 打造产业高地`` /
    ``合肥高新区营收突破1.5万亿元``; ``创新链产业链深度融合`` / ``合肥高新区…``) is a line of its own, as
    when a blank line sets it apart; a headline broken over lines (``北京经开区129个项目签约落地``
    / ``总投资额近4000亿元``) names its park on its first line, or none. Two parallel phrases
    over one longer phrase (``_parallel_kicker``) are a kicker whatever the headline names."""
    first, rest = head.parts[0], head.parts[1:]
    one_phrase = not two_phrases(first)
    if len(rest) == 1 and _headline_over_deck(first, rest[0], gazetteer):
        return [head_part(first, head.lines[:1]), head_part(rest[0], head.lines[1:])]
    if one_phrase and _kicker_over_two_phrases(first, rest, gazetteer):
        return [
            Item("cand", close_heading_spaces(first), head.lines[:1], parts=[first]),
            Item("cand", close_heading_spaces(rest[0]), head.lines[1:], parts=rest, main=True),
        ]
    if one_phrase and short_kicker_over_park(first, rest, gazetteer):  # 专精特新 / 洛阳高新区…
        return [
            Item("cand", first, head.lines[:1], parts=[first]),
            Item("cand", join_heading(rest), head.lines[1:], parts=rest),
        ]
    if one_phrase and not (_phrase_of_its_own(first) and not _GOES_ON_WORD_RE.match(rest[0])):
        return [head]  # (…工作培训班 / 在佛山高新区开班: the second line goes on with the first)
    if not _parallel_kicker(first, rest):
        if park_names(first, gazetteer):
            return [head]
        if not park_names(rest[0][:PARK_OPENING], gazetteer):
            return [head]
    return [
        Item("cand", close_heading_spaces(first), head.lines[:1], parts=[first]),
        Item("cand", close_heading_spaces(join_heading(rest)), head.lines[1:], parts=rest),
    ]


def _parallel_kicker(first: str, rest: list[str]) -> bool:
    """Two short phrases of one length side by side (``decks.parallel_phrases``: ``“链”上发力　“群”
    聚成势``) set tight over one line of one phrase longer than both together: the kicker, as
    ``_kicker_over_two_phrases``' stack turned over. A headline broken over lines does not break
    into phrases matched character for character."""
    if len(rest) != 1 or two_phrases(rest[0]) or not parallel_phrases(first):
        return False
    han = len(_HAN_RE.findall(first))
    return han <= _PARALLEL_KICKER_MAX and not _PHRASE_PUNCT_RE.search(first) and len(_HAN_RE.findall(rest[0])) > han


# (two phrases of eight characters at most; quotation marks may stand in them, “链”上发力)
_PARALLEL_KICKER_MAX = 16
_PHRASE_PUNCT_RE = re.compile(r"[：:，,、。！？!?；;（）()]")


def head_part(text: str, lines: list[int]) -> Item:
    return Item("cand", close_heading_spaces(text), lines, parts=[text])


def _headline_over_deck(first: str, second: str, gazetteer) -> bool:
    """A headline that opens with its park's name, a clause of its own, over a deck that
    opens with a time and gives a figure (``decks.time_deck``)."""
    return time_deck(first, second) and _phrase_of_its_own(first) and bool(park_names(first[:PARK_OPENING], gazetteer))


def _kicker_over_two_phrases(first: str, rest: list[str], gazetteer) -> bool:
    """人民日报's way: a kicker of one clause that opens with its park's name, set tight over
    a headline of two phrases side by side that names none (``南宁高新区推行“链长制”精准招商``
    / ``一条产业链　带起一片园``): the headline is the line of two phrases, in the larger type."""
    return (
        len(rest) == 1
        and parallel_phrases(rest[0])
        and not re.search(r"[：:]", first)
        and _phrase_of_its_own(first)
        and bool(park_names(first[:PARK_OPENING], gazetteer))
        and not park_names(rest[0], gazetteer)
        and not _GOES_ON_WORD_RE.match(rest[0])
    )


# A kicker's one phrase: long enough to say something of its own (聚焦“一号产业”厚植创新优势),
# not a headline's opening cut short (全国首个) nor one left open by a word that goes on (…的).
_KICKER_MIN = 8
_GOES_ON_WORD_RE = re.compile(r"^[在于为向从与和及对将把让的]")
_OPEN_END_RE = re.compile(r"[的之与和及在对把让为从向将以于、，,：:]\Z")


def _phrase_of_its_own(text: str) -> bool:
    return len(_HAN_RE.findall(text)) >= _KICKER_MIN and not _OPEN_END_RE.search(text)


# A series' name in brackets (人民日报: （新时代画卷）, （人民时评）, （新春走基层）); not a part
# marker (（上）, （一）).
_SERIES_TAG_RE = re.compile(r"[（(]([\u4e00-\u9fff·]{3,8})[)）]\Z")
# (nor a place, 乌鲁木齐高新区（新市区）, nor a document's status: …办法（征求意见稿）)
_NO_SERIES_RE = re.compile(r"(?:区|县|市|镇|园|城|省|乡|村)\Z|征求意见|试行|暂行|修订|草案|摘要|全文|节选|摘编|续")
# How far into a line a park's name counts as its opening (合肥高新区…, 苏州工业园区…).
PARK_LINE_MAX = 12
# A line that is a park's or place's name and nothing more (…区, …园, …城, …谷).
_PARK_ALONE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:区|园|城|谷|港|新城)$")


def names_a_column(text: str) -> bool:
    """A line that is a column's name by its words, set over a headline without brackets:
    short, no punctuation, ending in a column's word (高新区观察) or two parts about a
    middle dot, one of them such a word (聚焦·园区, 园区·动态); on a bilingual page, printed
    with its translation (高新区快讯　Hi-tech Zone Briefs)."""
    text = bilingual_label(text) or text
    if not is_column_name(text):
        return False
    if text.endswith(COLUMN_ENDINGS) or text in SIDEBAR_LABELS or photo_label(text):
        return True
    parts = text.split("·")
    return len(parts) == 2 and all(parts) and any(p in COLUMN_ENDINGS for p in parts)


# A headline's second line, not a column's name or a kicker: a figure (总投资超90亿元,
# 引资上千亿元) or a verb going on with the line above (实现拿地即开工), or an adverb before
# one (不断壮大, 持续扩容, 加速迈向…).
_GOES_ON_RE = re.compile(
    r"^(?:实现|助力|推动|打造|加快|引领|开启|迈向|迈出|领跑|再创|突破|完成|带动|赋能|激活|引资|签约|投资|总投资|总额|跑出|释放|按下"
    r"|不断|持续|加速|稳步"
    r"|集中|正式|开工|投产|落地|启动|揭牌|竣工|获批|上榜|入选|亮相|开园|落户|开业|投用|建成|挂牌|获评|荣获|跻身|喜获|再添)"
    r"|\d|[一二三四五六七八九十百千万亿]+(?:亿元|万元|亿|家|个|项)"
)


# A verb ending a headline's first line whose object is the second line (株洲高新区获评 /
# 国家级绿色工业园区).
_ENDS_ON_A_VERB_RE = re.compile(r"(?:获评|入选|荣获|喜获|获批|跻身|晋级|获得|获颁)\Z")


def _goes_on(text: str, above: str = "") -> bool:
    """Does the headline's second line ``text`` go on with the line ``above`` it: it opens with
    the predicate or a figure, or it is the object of a verb ending ``above``? (Quotation
    marks around a term, 迈出“加速度”, are no sentence punctuation.)"""
    if len(text) > COLUMN_MAX + 4 or PUNCT_RE.search(text.translate(NO_QUOTES)):
        return False
    if _QUOTED_TERM_ALONE_RE.fullmatch(text) and above and not PUNCT_RE.search(above.translate(NO_QUOTES)):
        return True  # 成都高新区推出 / “科创贷二十条”: a term alone is no deck, the object of the line above
    return bool(_GOES_ON_RE.search(text) or _ENDS_ON_A_VERB_RE.search(above))


# A term in quotation marks alone on a line (``“人才新政十条”``).
_QUOTED_TERM_ALONE_RE = re.compile(r"“[^“”\s]{2,12}”")


# A place's name ending a line: 山东邹城市, 江苏苏州.
_PLACE_END_RE = re.compile(r"(?:省|市|县|区|州)\Z")


def _cut_short(first: str, second: str) -> bool:
    """Is ``first`` a headline's first line cut short, so that a short line under it goes on
    with it (``山东邹城市`` / ``特色园区激发活力``) rather than name a column: a place's name
    alone, no longer than a column's name itself?"""
    return (
        is_column_name(second)
        and len(first) <= COLUMN_MAX
        and not PUNCT_RE.search(first)
        and bool(_PLACE_END_RE.search(first))
    )


def photo_label(text: str) -> bool:
    """A column of pictures' label, also letter-spaced (``组　图``, ``图片 新闻``)."""
    return "".join(text.split()) in PHOTO_COLUMNS


def is_column_name(text: str) -> bool:
    return len(text) <= COLUMN_MAX and not PUNCT_RE.search(text)

"""A stack of headline lines set tight (no blank line between them): one headline broken
over lines, or a kicker, a headline and a subtitle (``split_stack``, for ``reflow``).

Lines set tight are one headline broken over lines (``北京经开区129个项目签约落地`` /
``总投资额近4000亿元``), unless the stack shows its parts (held-out probe p4: 12's
``创新创业热度持续攀升`` / ``光谷前4月新增`` / ``市场主体2.1万户`` and 06's
``成都高新区新经济企业突破7万家`` / ``一季度新增4800余家，同比增长11%`` were each read as
one headline):

- the main headline is set in the largest type, so where it is broken over lines, those
  lines hold fewer characters than any other line of the stack: two lines or more, each
  narrower by a character or more than every other line, are the headline, the lines
  above it its kicker, those below its subtitle (narrow pages, where lines are measured);
- a line with a comma between two phrases and a number, under lines with no comma, is a
  deck (副题): the subtitle, whatever its width.

A titled headline broken after its colon (``高新区“万亿俱乐部”扩容：`` / ``中西部城市加速追赶``)
opens with a line that ends in the colon, which running text never leaves alone on a line
after a blank one (``opens_titled_headline``).
"""

import re

from .classify import Line

# Columns of pictures, each a caption and its photographer's credit (图片新闻): every picture's
# story is an article of its own, titled by its first clause as a brief is.
PHOTO_COLUMNS = frozenset("图片新闻 图片报道 新闻图片 图片速递 图说 图闻 看图 组图".split())
# How a column of briefs' label ends (园区简讯, 科创快讯, 新闻速递): not a commentary's (短评).
BRIEF_LABEL_ENDINGS = ("简讯", "快讯", "速递")
# How the label of a column of comment, briefs or pictures ends (短评, 园区时评, 园区简讯, 图片新闻).
LABEL_ENDINGS = ("短评", "时评", "评论", "快评") + BRIEF_LABEL_ENDINGS + tuple(PHOTO_COLUMNS)


# How a column's name ends (高新区观察, 园区动态, 科创前沿), read over a headline (``headings``).
COLUMN_ENDINGS = tuple(
    "观察 聚焦 快讯 简讯 速递 动态 时评 短评 评论 快评 综述 特稿 视点 一线 前沿 纵横 直击 纪实 访谈".split()
)


def label_over_title(text: str, below: str) -> bool:
    """Is ``text``, the first line of a stack set tight, a column's name over the title
    ``below`` (``园区观察`` / ``株洲高新区“揭榜挂帅”破解企业技术难题``): a few characters ending
    in a column's word, over a line of twice as many at least? A headline broken over two
    lines breaks nearer its middle."""
    return (
        2 <= len(text) <= 6
        and text.endswith(COLUMN_ENDINGS)
        and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None
        and len(below.strip()) >= 2 * len(text)
    )


def genre_label(text: str) -> bool:
    """Is ``text`` a label naming the kind of piece under it (``短评``, ``园区时评``, ``图片新闻``)?
    Set tight over its title it is no line of the headline stack (``reflow``): the column."""
    return 2 <= len(text) <= 8 and text.endswith(LABEL_ENDINGS) and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None


# How much narrower (half-width cells) than every other line of the stack each line of the
# headline is: a whole character.
NARROWER_BY = 4
# A comma between two phrases (not one closing the line), in a line that counts something.
_DECK_COMMA_RE = re.compile(r"[\u4e00-\u9fff”》）%\d][，,][\u4e00-\u9fff“《（\d]")
_DIGIT_RE = re.compile(r"\d")
# Chinese characters each line of the stack holds at least, to be read so: a line of a
# headline, a kicker or a subtitle, not a page's number, title or date read with them.
HEADLINE_LINE_MIN = 4
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_COMMA_RE = re.compile(r"[，,]")


def split_stack(group: list[Line]) -> list[tuple[list[Line], bool]]:
    """The lines of ``group`` (headline candidates set tight) cut into the stack's parts,
    top to bottom, each with whether it is the headline by its type (the narrowest run):
    ``[(group, False)]`` when it is one headline."""
    run = _narrowest_run(group)
    pieces = (
        [(group[: run[0]], False), (group[run[0] : run[1]], True), (group[run[1] :], False)]
        if run
        else [(group, False)]
    )
    out = []
    for piece, main in pieces:
        if piece:
            k = _deck_at(piece)
            out += [(piece[:k], main), (piece[k:], False)] if k else [(piece, main)]
    return out


def _narrowest_run(group: list[Line]) -> tuple[int, int] | None:
    """(start, end) of the longest run of two lines or more, not the whole stack, each
    narrower by ``NARROWER_BY`` than every line outside it and none of two phrases set
    apart; None without one, or where a line is not measured or holds fewer than
    ``HEADLINE_LINE_MIN`` Chinese characters."""
    if len(group) < 3 or not all(ln.dw and len(_HAN_RE.findall(ln.text)) >= HEADLINE_LINE_MIN for ln in group):
        return None
    best = None
    for a in range(len(group)):
        for b in range(a + 2, len(group) + 1):
            if b - a == len(group):
                continue
            if any(" " in ln.text for ln in group[a:b]):
                continue  # (two phrases set apart on a line: a line of smaller type)
            inside = max(ln.dw for ln in group[a:b])
            outside = min(ln.dw for ln in group[:a] + group[b:])
            if inside + NARROWER_BY <= outside and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    return best


def _deck_at(piece: list[Line]) -> int:
    """Where a deck starts in ``piece`` (a line with a comma between two phrases and a
    number, under lines with no comma that read as a headline); 0 without one."""
    for k, ln in enumerate(piece[1:], 1):
        if _DECK_COMMA_RE.search(ln.text) and _DIGIT_RE.search(ln.text):
            above = piece[:k]
            if not any(_COMMA_RE.search(a.text) for a in above) and sum(len(a.text) for a in above) >= 4:
                return k
            return 0
    return 0


# One phrase and its colon, nothing else: the first line of a titled headline.
_TITLE_COLON_RE = re.compile(r"^[^，,、；;。！？!?：:]{2,20}[：:]$")


def opens_titled_headline(ln: Line, nxt: Line | None) -> bool:
    """Is ``ln`` a titled headline's first line, broken after its colon: one phrase and its
    colon, set after a blank line (or first on the page), over a headline candidate set
    tight under it?"""
    return (
        ln.kind == "text"
        and not ln.tight
        and _TITLE_COLON_RE.match(ln.text) is not None
        and nxt is not None
        and nxt.kind == "text"
        and nxt.cand
        and nxt.tight
    )


def kicker_over_headline(lines: list[Line], i: int, heads_article) -> bool:
    """Is ``lines[i]`` a kicker ending in its colon (``项目建设按下“快进键”：``): one phrase and
    its colon alone, first on the page or after a finished sentence or a heading, over a blank
    line and a headline (candidates, broken over lines or not) under which a byline or a
    dateline starts the article? Running text leaves no phrase and its colon alone between a
    finished paragraph and a headline."""
    ln = lines[i]
    if not ln.text.endswith(("：", ":")) or ln.kind != "text" or ln.tight or ln.cont:
        return False
    if _TITLE_COLON_RE.match(ln.text) is None:
        return False
    prv = lines[i - 1] if i > 0 else None
    if prv is not None and prv.kind == "text" and not (prv.ends or prv.cand):
        return False
    j = i + 1
    if j >= len(lines) or lines[j].kind != "text" or not lines[j].cand or lines[j].tight:
        return False
    while j < len(lines) and lines[j].kind == "text" and lines[j].cand:
        j += 1
    return j < len(lines) and heads_article(lines[j])

"""From raw lines to page items: paragraphs joined across layout breaks, headline
candidates, bylines, captions.

``page_lines`` classifies and measures each line (``classify``) and marks the headline
candidates (``candidates``); ``build_items`` then joins the lines of each paragraph:

- on a *wide* page a line that does not end a sentence was cut (by a caption, a column
  break) and continues at the next body line;
- on a *narrow* page every line is a column fragment: a line ends its paragraph when it
  ends a sentence and is noticeably shorter than its column, or ends a sentence and the
  next line is indented or opens a quotation.
"""

import re
from dataclasses import dataclass, field

from . import end_credits, leads, names
from .bilingual import ends_in_either, mark_translated_titles, switches_script
from .box_labels import sidebar_label
from .broken_tables import join_broken_rows, table_rows
from .byline_first import mark_headlines_under_bylines
from .candidates import mark_candidates
from .captions import mark_captions
from .classify import Line, classify, is_narrow, measure_widths, set_by_width
from .dashed_subtitles import mark_broken_subtitles
from .indents import PARAGRAPH_INDENTS, goes_on_unindented
from .labelled_items import opens_labelled_item
from .lines import (
    BULLETS,
    SUBTITLE_DASHES,
    close_heading_spaces,
    display_width,
    join_fragments,
    split_end_mark,
    unbalanced_open_quote,
)
from .name_lists import mark_list_items
from .stacks import genre_label, label_over_title, split_stack
from .types import Credit


@dataclass(slots=True)
class Item:
    kind: str  # para | cand | md | byline | names | note | photo | caption | editor
    text: str
    lines: list[int] = field(default_factory=list)
    level: int = 0
    parts: list[str] = field(default_factory=list)  # a candidate's lines
    lead: str = ""  # 本报讯… prefix split off a paragraph (``leads``); 题： before a wire's headline
    opens: bool = False  # a paragraph that opens an article (a dateline, credits, 据…报道)
    sig: str = ""  # end signature split off a paragraph
    end_mark: str = ""  # an agency's （完） after the last sentence (page furniture)
    credits: list[Credit] = field(default_factory=list)
    closed: bool = True  # a paragraph that ends a sentence
    widths: list[int] = field(default_factory=list)
    columns: list[float] = field(default_factory=list)  # the column width measured at each line (narrow pages)
    # Lines joined under a full line that ends a sentence (narrow pages): where the
    # paragraph might as well have broken (``rejoin.rejoin_cut_fragment`` looks there).
    soft: list[str] = field(default_factory=list)
    main: bool = False  # a headline broken in the largest type of its stack (``stacks``)


def _continues(
    ln: Line, nxt: Line | None, narrow: bool, indents: bool, by_width: bool = False, in_list: bool = False
) -> bool:
    """Does the paragraph ending with ``ln`` go on at the next body line? (``indents``:
    the page starts its paragraphs with an indent; ``by_width``: see ``set_by_width``;
    ``in_list``: the paragraph is an item of a numbered list.)"""
    if nxt is not None and switches_script(ln.text, nxt.text) and ends_in_either(ln.text):
        return False  # (a bilingual page: the next line is the other language's text)
    if not ln.ends:
        if (
            nxt is not None
            and starts_list_item(ln.text, nxt.text)
            and (in_list or not (narrow and ln.width and fills(ln, nxt, by_width)))
        ):
            # …措施包括： / 1.设立…； / 2.对…: each item a paragraph; on a narrow page a full
            # line breaks so only between items (``补贴；`` / ``4.为…``), where a list is set.
            return False
        # (a bullet after a bracket that closes credits broken over lines opens the next
        # brief: …参加。（陈 / 明） / ■ 10月10日，…)
        return not (ln.text[-1:] in ")）" and nxt is not None and nxt.text[:1] in BULLETS)
    if narrow and ln.width and (fills(ln, nxt, by_width) or (indents and goes_on_unindented(ln, nxt))):
        # A full-width line may end a sentence mid-paragraph; an indent or (on a page
        # that does not indent) an opening quote on the next line is the usual sign of a
        # new paragraph. Where paragraphs are indented, a line that is not continues:
        # a sentence may well begin with a quotation mid-paragraph, the quotation mark
        # carried down from the line above.
        if nxt is None or nxt.indent:
            return False
        return indents or not opens_paragraph(nxt.text)
    return False


# A numbered item of a list: 1. or 1、 (not 2.3亿元), （一）, (1), 一是, 一、, ①.
_LIST_ITEM_RE = re.compile(
    r"(?:\d{1,2}[.．、](?!\d)|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[是、]|[①-⑳])"
)


def starts_list_item(prev: str, text: str) -> bool:
    """Does ``text`` open an item of a list introduced by ``prev`` (a line ending with a
    colon or with the semicolon of the item before)? A policy story lists its measures so
    (``…措施包括：`` / ``1.设立…；`` / ``2.对…``); on a narrow page only where the line
    before is short of its column (a full line may break anywhere, ``_continues``)."""
    return prev[-1:] in "：:；;" and (_LIST_ITEM_RE.match(text) is not None or opens_labelled_item(prev, text))


def fills(ln: Line, nxt: Line | None, by_width: bool = False) -> bool:
    """Does ``ln`` fill its column: would the next line's first character not have fitted
    on it? Within one CJK cell of the column width; on a page set by width
    (``set_by_width``), within half a cell when the next line starts with a half-width
    digit or letter (``2020年…``), which a typesetter would have put on a line one cell
    short."""
    first = display_width(nxt.text[0]) if by_width and nxt is not None and nxt.text else 2
    return ln.dw + first > ln.width


# A quoted term opening a sentence (``“八个建议”主要围绕…``): a sentence of the paragraph
# as often as a paragraph's start; a quotation of speech (``“十分看好…，`` / ``“走进一扇门，
# 办一揽子事。”``) opens a paragraph far more often (fixture pages: 17 of 23).
_QUOTED_TERM_RE = re.compile(r"[“\"「][^”\"」，,。！？!?：:；;]{1,12}[”\"」](?![，,。！？!?：:；;、]|$)")
# Discourse markers that open a paragraph of a news story far more often than a sentence
# inside one: attribution (据了解, 记者了解到), sequence and outlook (此外, 下一步, 展望未来).
# Not 同时, 目前, 其中, a time (近日, 近年来, a year): as often inside a paragraph.
_OPENER_RE = re.compile(
    r"(?:据(?:了解|悉|介绍|统计|测算|初步统计)|记者(?:了解到|获悉|注意到|发现)|此外|另外|另一方面|与此同时"
    r"|下一步|接下来|今后|展望未来|总之|总的来看|值得一提的是|值得关注的是|值得注意的是|首先|其次|最后)[，,]"
)


# Who speaks, opening a turn of an interview: a role (记者, 问, 答, 主持人) or a person's name.
_SPEAKER_RE = re.compile(r"([\u4e00-\u9fff]{1,4})[：:]")
_SPEAKER_WORDS = frozenset("记者 问 答 主持人 嘉宾".split())


def opens_paragraph(text: str) -> str:
    """What marks ``text`` (a line after a full line that ends a sentence, on a page that
    does not indent) as a new paragraph: ``"quote"`` (a quotation of speech), ``"opener"``
    (a paragraph's discourse marker), ``"bullet"`` (an item or a brief set with a bullet:
    ``■ 3月10日，…``), ``"speaker"`` (an interview's turn: ``记者：…``, ``王华：…``) or ``""``
    (nothing: it goes on with the paragraph)."""
    if text[:1] in BULLETS:
        return "bullet"
    if text[:1] in '“"「':
        return "" if _QUOTED_TERM_RE.match(text) else "quote"
    if _OPENER_RE.match(text):
        return "opener"
    speaker = _SPEAKER_RE.match(text)  # an interview's turn: 记者：…, 问：…, 王华：…
    if speaker and (speaker.group(1) in _SPEAKER_WORDS or names.is_bare_name(speaker.group(1))):
        return "speaker"
    return ""


def build_items(lines: list[Line], narrow: bool) -> list[Item]:
    items: list[Item] = []
    para: Item | None = None

    def close():
        nonlocal para
        if para is not None:
            split = leads.split_lead(para.text) if para.opens else None
            if split:
                # (Split once the paragraph is whole: a dateline may run over lines.)
                para.lead, para.text, para.credits = split
            para.opens = split is not None
            text, para.end_mark = split_end_mark(para.text)
            para.text, para.sig = end_credits.split_end_signature(text)
            items.append(para)
        para = None

    n = len(lines)
    indents = sum(ln.indent for ln in lines) >= PARAGRAPH_INDENTS
    by_width = narrow and set_by_width(lines)
    # The next text line after each line (what ``_continues`` looks at).
    next_text: list[Line | None] = [None] * n
    following = None
    for j in range(n - 1, -1, -1):
        next_text[j] = following
        if lines[j].kind == "text":
            following = lines[j]
    after_end = False  # the paragraph's last line ends a sentence
    i = 0
    while i < n:
        ln = lines[i]
        if ln.kind == "text" and ln.cand:
            group = [ln]
            # (A line opening with a dash is a subtitle, ``——园区生物医药产业发展调查``: its
            # own item, never the tail of the headline above it.)
            while (
                i + 1 < n
                and lines[i + 1].kind == "text"
                and lines[i + 1].cand
                and lines[i + 1].tight
                and not lines[i + 1].text.startswith(SUBTITLE_DASHES)
                and not (
                    COLUMN_LABEL_RE.match(group[-1].text)
                    or genre_label(group[-1].text)
                    or sidebar_label(group[-1].text)
                )
                and not (len(group) == 1 and label_over_title(ln.text, lines[i + 1].text))
                and not _opens_titled_head(group, lines[i + 1].text)
                and not switches_script(group[-1].text, lines[i + 1].text)
            ):
                i += 1
                group.append(lines[i])
            close()
            items.extend(
                Item(
                    "cand",
                    close_heading_spaces(join_heading([g.text for g in piece])),
                    [g.no for g in piece],
                    parts=[g.text for g in piece],
                    main=main,
                )
                for piece, main in split_stack(group)
            )
        elif ln.kind == "text" and (ln.table or ln.listed):
            close()
            # (cells parted by an ideographic space: the spaces OCR puts inside words are
            # closed in paragraphs, a table's gaps between cells are not)
            row = "\u3000".join(ln.text.split())
            items.append(Item("para", row, [ln.no, *ln.joined], widths=[ln.dw], columns=[ln.width]))
        elif ln.kind == "text":
            nxt = next_text[i]
            text = ln.text
            note = _EDITOR_NOTE_RE.match(text) if text[:1] in "编【[" and (para is None or para.closed) else None
            if note and note.end() < len(text):
                # ``编者按：…`` opening a paragraph: the editor's note, as on a line of its own
                close()
                items.append(Item("editor", note.group().strip(), [ln.no]))
                text = text[note.end() :]
            wire = wire_title(ln.no, text) if "题" in text else None
            if wire:
                close()
                items.extend(wire)
                after_end = True
                i += 1
                continue
            opens = leads.opens(text, bare=para is None or para.closed) and not (
                para is not None and not para.closed and _bracket_goes_on(para.text, text)
            )
            if opens or para is None or para.closed:
                close()
                para = Item("para", text, [], opens=opens)
            else:
                if narrow and after_end:
                    para.soft.append(ln.text)
                para.text = join_fragments(para.text, ln.text)
            after_end = ln.ends
            para.lines.append(ln.no)
            para.widths.append(ln.dw)
            para.columns.append(ln.width)
            # (A dateline or credits on a line of their own end there, 本报讯 记者 X, unless
            # the line fills its column and the next goes on with a name: ``作者：孔令`` /
            # ``帅 近日…``.)
            para.closed = (
                not _continues(ln, nxt, narrow, indents, by_width, _LIST_ITEM_RE.match(para.text) is not None)
                or nxt is not None
                and nxt.after_jump
                or (
                    opens
                    and _alone(ln.text)
                    and not (narrow and _NAME_GOES_ON_RE.match(nxt.text if nxt else ""))
                    and not _REPORTS_GO_ON_RE.match(nxt.text if nxt else "")
                )
            )
        elif ln.kind == "caption" and ln.caption_goes_on and items and items[-1].kind == "caption":
            items[-1].text = join_fragments(items[-1].text, ln.text)
            items[-1].lines.append(ln.no)
        elif ln.kind == "caption" or (ln.kind == "photo" and para is not None and not para.closed):
            # A caption (and its photographer's credit) does not end the paragraph it
            # interrupts.
            items.append(Item(ln.kind, ln.text, [ln.no]))
        else:
            close()
            items.append(Item(ln.kind, ln.text, [ln.no], level=ln.level))
        i += 1
    close()
    # Captions that interrupted a paragraph were emitted before it; keep page order by line.
    items.sort(key=lambda it: it.lines[0])
    return items


_WIRE_TITLE_RE = re.compile(r"^(题\s*[：:])\s*(\S.{1,60})$")


def wire_title(no: int, text: str) -> list[Item] | None:
    """``新华社广州8月11日电  题：在这里牵手世界——…走笔``: a wire's feature gives its headline
    (and its subtitle after a dash) after 题：on the dateline's line. The items of that line
    (the headline, the subtitle, the dateline as the byline), or None."""
    split = leads.split_lead(text) if leads.dated(text) else None
    title = _WIRE_TITLE_RE.match(split[1]) if split else None
    if title is None:
        return None
    head, dash, sub = title.group(2).partition("——")
    out = [Item("md", head.strip(), [no], level=1, lead=title.group(1))]
    if sub.strip():
        out.append(Item("cand", dash + sub.strip(), [no], parts=[dash + sub.strip()]))
    out.append(Item("byline", split[0], [no], credits=split[2]))
    return out


_NAME_GOES_ON_RE = re.compile(r"[\u3400-\u9fff]{1,3}[ 、】]")
# ``本报南京11月29日讯 记者蒋波`` / ``报道：记者从…``: the credits' 报道 on the next line.
_REPORTS_GO_ON_RE = re.compile(r"\s*报道\s*[：:]")


def _bracket_goes_on(text: str, line: str) -> bool:
    """Does ``line`` close a bracket the paragraph so far left open (a dateline's credits
    broken inside a role word: ``…讯（全媒体`` / ``记者 黎明 通讯员 汤嘉文）记者从…``)? Then
    its credits are the bracket's, not a new paragraph's opening."""
    if text.count("（") + text.count("(") <= text.count("）") + text.count(")"):
        return False
    close = min((k for k in (line.find("）"), line.find(")")) if k >= 0), default=-1)
    return close >= 0 and not any(c in "（(" for c in line[:close])


def _alone(text: str) -> bool:
    """Is the opening (``leads.opens``) all the line holds?"""
    split = leads.split_lead(text)
    return split is not None and not split[1]


_GLUE_CHARS = set("在于和与的了为对从向将把及并之")
_EDITOR_NOTE_RE = re.compile(r"^(?:【编者按】|\[编者按\]|编者按\s*[：:]|编后[语记]?\s*[：:])\s*")


def without_dash(text: str) -> str:
    """A subtitle line without the dash it is printed with (the site draws it); a line of
    nothing but a dash stays as printed (nothing of the page is lost)."""
    return text.lstrip("—─-– ") or text


# A column's name in brackets on a line of its own over a headline: 【园区动态】, 【一线观察】.
COLUMN_LABEL_RE = re.compile(r"^[【\[]([^【】\[\]]{2,10})[】\]]$")


_TITLED_HEAD_RE = re.compile(r"^[^：:，,。]{2,12}[：:]")


def _opens_titled_head(group: list[Line], text: str) -> bool:
    """A line that opens ``地名：…`` under lines with no colon starts the headline, and the
    lines above are its kicker (``科技赋能产业升级`` / ``苏州工业园区：打造世界一流高科技园区``): a
    headline broken over lines puts its colon on the first line."""
    return bool(_TITLED_HEAD_RE.match(text)) and not any(":" in g.text or "：" in g.text for g in group)


def join_heading(parts: list[str]) -> str:
    """Lines of one headline: two phrases get a space (``…签约落地 总投资额…``); a break
    inside an open quote, next to a preposition/particle or after a colon or a clause mark
    (``…向卖部件、`` / ``由卖产品…``: the mark parts the phrases already) gets none."""
    out = parts[0]
    for p in parts[1:]:
        glued = unbalanced_open_quote(out) or p[0] in _GLUE_CHARS or out[-1] in _GLUE_CHARS or out[-1] in "：:、，；,;"
        out = out + p if glued else out + " " + p
    return out


def page_lines(raw_lines: list[str], tables=frozenset(), jumps=()) -> tuple[list[Line], bool]:
    """Each non-blank line classified, measured and marked; and whether the page is narrow.
    ``tables``: the numbers of lines known to be a table's rows (``markup``); ``jumps``:
    those of the 下转 marks (``mastheads``), after which the column's text goes on on
    another page, not on the next line."""
    lines = classify(raw_lines)
    for jump in jumps:
        after = next((ln for ln in lines if ln.no > jump), None)
        if after is not None:
            after.after_jump = True
    marked = [ln for ln in lines if ln.no in tables] if tables else []
    for ln in marked:
        ln.kind = "text"
    narrow = is_narrow(lines)
    measure_widths(lines, narrow)
    mark_captions(lines, narrow)
    mark_candidates(lines, narrow)
    mark_broken_subtitles(lines)
    mark_translated_titles(lines)
    lines = join_broken_rows(lines)
    mark_headlines_under_bylines(lines)
    mark_list_items(lines)
    rows = table_rows(lines) + marked
    for ln in rows:
        ln.cand = False
        ln.table = True
    return lines, narrow


def page_items(raw_lines: list[str], tables=frozenset(), jumps=()) -> tuple[list[Item], bool]:
    lines, narrow = page_lines(raw_lines, tables, jumps)
    return build_items(lines, narrow), narrow

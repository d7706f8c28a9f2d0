"""What the parser made of each line of a page, and why: ``import_pages --explain FILE``.

Editors use it to see why a page was cut as it was. ``explain`` parses the page as an
import does (``parse.parse_page``) and reads, from the same stages' intermediate results
(``reflow.page_lines``, ``reflow.build_items``), each line's part: furniture, headline,
kicker, subtitle, column, byline, subhead, caption, a paragraph's first line or a line
joined with the one before it, and the reason. Pure: text in, ``Decision`` rows out.
"""

import re
from dataclasses import dataclass

from . import end_credits, leads
from .bylines import photo_credit
from .candidates import sets_flush_by_width
from .classify import Line
from .continuations import repeated_headlines
from .headings import names_a_column
from .items import refine_items
from .lines import BULLETS, normalise, squash
from .parse import break_lines, parse_page, read_lines
from .reflow import (
    COLUMN_LABEL_RE,
    SUBTITLE_DASHES,
    build_items,
    fills,
    opens_paragraph,
    page_lines,
    set_by_width,
    starts_list_item,
    wire_title,
    without_dash,
)
from .script import reading_copy
from .stacks import PHOTO_COLUMNS
from .subheads import CLAUSE_MAX, in_series, opens_overlong_clause, series

FURNITURE = {
    "masthead": "报头",
    "newspaper": "报名",
    "date": "日期",
    "page": "版次",
    "page_title": "版名",
    "editor": "责任编辑",
    "contact": "联系方式",
    "jump_out": "转版标记",
    "jump_in": "接版标记",
    "speck": "识别噪点",
    "qr_prompt": "二维码提示",
    "end_mark": "结束标记（完）",
    "ad": "广告标记",
    "page_credit": "本版图片署名",
    "image": "图片链接（识别软件所加）",
    "rule": "分隔线",
    "section_number": "小标题上方的序号（01、02），如项目符号",
    "web": "网页打印信息（浏览器页眉页脚、导航、发布信息）",
    "wechat": "微信公众号页面信息（发布信息、来源、编辑、往期推荐、阅读原文）",
    "contents": "导读",
    "distribution": "简报的报送范围、印发单位和印数",
    "notice": "转载声明、风险提示",
    "disclosure": "上市公司信息披露公告",
    "glossary": "双语词汇表",
}


@dataclass
class Decision:
    line: int  # 0-based line number of the page
    text: str  # the line as printed
    role: str  # 版面信息 标题 引题 副题 栏目 署名 小标题 图片说明 正文 接上行 未归属
    article: int | None  # 1-based number of the article it went to
    why: str


def explain(text: str, *, gazetteer=None, newspapers=()) -> list[Decision]:
    page = parse_page(text, gazetteer=gazetteer, newspapers=newspapers)
    printed = normalise(text or "")
    copy = reading_copy(printed)
    raw_lines, _, furniture, tables = read_lines(copy or printed, newspapers)
    specks = {
        e["line"]
        for e in page.furniture
        if e["kind"] in ("speck", "page", "rule") and raw_lines[e["line"]].strip() == e["text"]
    }  # (not a line's text whose opening stroke was taken off: 丨保定…)
    raw_lines = ["" if n in specks else line for n, line in enumerate(raw_lines)]
    lines, narrow = page_lines(raw_lines, tables, break_lines(furniture))
    by_no = {ln.no: ln for ln in lines}
    joined = {n for ln in lines for n in ln.joined}
    shown = printed.split("\n")
    out: dict[int, Decision] = {}

    for entry in page.furniture:
        if entry["kind"] in ("end_mark", "speck") and shown[entry["line"]].strip() != entry["text"]:
            continue  # (closing or opening a paragraph's line, 丨保定…: the line is the text's)
        if entry["kind"] == "markup":
            continue  # (the marks of a line whose text an article holds)
        kind = FURNITURE.get(entry["kind"], entry["kind"])
        out[entry["line"]] = Decision(
            entry["line"], shown[entry["line"]].strip(), "版面信息", None, f"{kind}，不入文章"
        )

    owner = {n: k for k, a in enumerate(page.articles, 1) for n in a.source_lines}
    items = repeated_headlines(refine_items(build_items(lines, narrow), narrow), furniture)
    for item in items:
        if item.kind != "para":
            continue
        for pos, n in enumerate(item.lines):
            if n in out:
                continue
            if n in joined:  # a table's cell on a line of its own, joined to its row
                out[n] = Decision(n, shown[n].strip(), "接上行", owner.get(n), TABLE_CELL)
                continue
            if n not in by_no:
                continue
            if pos == 0:
                role, why = "正文", _why_starts(item, by_no[n], lines, narrow)
                if _rejoined(by_no[n], page.articles[owner[n] - 1] if n in owner else None):
                    role, why = "接上行", REJOINED
            else:
                prev = by_no[item.lines[pos - 1]]
                role, why = "接上行", _why_joined(prev, by_no[n], narrow)
                moved = _moved(prev, by_no[n], page.articles[owner[n] - 1] if n in owner else None)
                if moved:
                    role, why = moved
            out[n] = Decision(n, shown[n].strip(), role, owner.get(n), why)

    starts = {min(a.source_lines): k for k, a in enumerate(page.articles, 1) if a.source_lines}
    first_body = {}  # article -> its first paragraph line: a heading below it is a subhead
    for n, d in out.items():
        if d.article and d.role == "正文":
            first_body[d.article] = min(n, first_body.get(d.article, n))
    byline_lines = {ln.no for ln in lines if ln.kind == "byline"}
    for ln in lines:
        if ln.no in out:
            continue
        k = owner.get(ln.no)
        article = page.articles[k - 1] if k else None
        role, why = _heading_role(ln, article, narrow, ln.no > first_body.get(k, ln.no), lines)
        if ln.no in starts and role in ("标题", "引题", "栏目"):
            own_byline = any(owner.get(n) == k for n in byline_lines)
            why += "；" + _why_article(page.articles[starts[ln.no] - 1], own_byline)
        out[ln.no] = Decision(ln.no, shown[ln.no].strip(), role if k else "未归属", k, why)
    for a in page.articles:
        if a.column in PHOTO_COLUMNS and "derived_headline" in a.flags:
            body = [out[n] for n in sorted(set(a.source_lines)) if n in out and out[n].role in ("正文", "图片说明")]
            if body:
                body[0].role, body[0].why = "正文", PHOTO_STORY.format(a.column)
    return [out[n] for n in sorted(out)]


TABLE_CELL = "表格同一行的下一格（表格被逐格或按栏宽折行识别），并入该行"
PHOTO_STORY = "“{}”栏下的一张图片：说明为正文、摄影署名为署名，另起一篇（标题取自正文）"


def _why_starts(item, ln: Line, lines: list[Line], narrow: bool) -> str:
    if item.opens:
        if not item.lead and item.credits:  # （中央社记者X上海13日电）: kept in the text
            return "以括号内的通讯社电头开头（电头留在正文，记者记入署名）"
        return f"以电头/署名/来源开头（{item.lead or '据…报道'}），另起一篇的正文" if item.lead else "以“据…报道”开头"
    if ln.table:
        return "表格的一行（各格以空格或“|”分开），单独成行"
    if ln.listed:
        return "冒号引出的名单中的一项（缩进、短于栏宽、无句读），单独成段"
    k = lines.index(ln)
    prev = lines[k - 1] if k else None
    if prev is None:
        return "页面第一行"
    if prev.kind != "text":
        return "前一行是标题、署名或图片说明"
    if prev.cand:
        return "前一行是标题或小标题"
    if ln.indent:
        return "上一段句子已完，本行缩进"
    if not prev.ends and prev.text[-1:] in ")）" and ln.text[:1] in BULLETS:
        return f"上一行以括号收尾（署名跨行），本行以项目符号开头（{ln.text[0]}）"
    if not prev.ends and starts_list_item(prev.text, ln.text):
        return f"上一行以“{prev.text[-1]}”结束，本行以序号或“名目：”开头：列举的一项另起一段"
    if end_credits.signed_off(prev.text):
        return f"上一行以作者署名收尾（{end_credits.split_end_signature(prev.text)[1]}），上一篇已完"
    if narrow and prev.width:
        if not fills(prev, ln, set_by_width(lines)):
            return f"上一行句子已完且未排满本栏（{prev.dw}/{prev.width:.0f} 半角宽）"
        opener = opens_paragraph(ln.text)
        if opener == "quote":
            return "上一行排满本栏、句子已完，本行以引语开头"
        if opener == "speaker":
            return f"上一行排满本栏、句子已完，本行以说话人开头（{re.match(r'[^：:]+', ln.text).group()}：）"
        if opener == "bullet":
            return f"上一行排满本栏、句子已完，本行以项目符号开头（{ln.text[0]}）"
        if opener == "opener":
            marker = re.match(r"[^，,]+", ln.text).group()
            return f"上一行排满本栏、句子已完，本行以另起一段的连接语开头（{marker}）"
        return "上一段已完（句末标点后以电头、署名或结束标记收尾）"
    return "上一行以句末标点结束（每段一行的版面）"


REJOINED = "版面移开的残段：接回止于半个词的段落（两字相接成文中常见的词）"


def _moved(prev: Line, ln: Line, article) -> tuple[str, str] | None:
    """(role, reason) of a line joined under ``prev`` that the article does not print under
    it: ``rejoin`` moved a fragment the column layout had put there, or what followed it."""
    if article is None or not prev.ends:
        return None
    here, joined = squash(ln.text), squash(prev.text) + squash(ln.text)
    blocks = [squash(b.text) for b in article.blocks if b.kind == "p"]
    if any(joined in b for b in blocks):
        return None
    if any(b.startswith(here) for b in blocks):
        return "正文", "上一行所在的是版面移开的残段（已接回其断开的段落），本行另起一段"
    return "接上行", REJOINED


def _rejoined(ln: Line, article) -> bool:
    """Does the paragraph that starts at ``ln`` start no paragraph of the article (a
    fragment ``rejoin`` joined to the paragraph it continues)?"""
    if article is None:
        return False
    here = squash(ln.text)
    blocks = [squash(b.text) for b in article.blocks if b.kind == "p"]
    return bool(here) and not any(b.startswith(here) for b in blocks) and any(here in b for b in blocks)


def _why_joined(prev: Line, ln: Line, narrow: bool) -> str:
    if ln.cand and prev.ends:
        return "形似标题，但以不带单位的数字结尾（被截断的一句）：上一段的末行"
    if ln.cand:
        return "形似标题，但接在句子未完的段落后：该段的末行"
    if ln.cont:
        return f"上一行排满本栏（{prev.dw}/{prev.width:.0f} 半角宽）且句子未完"
    if not prev.ends:
        return "上一行句子未完，接排"
    if narrow:
        return "上一行排满本栏，本行无缩进、不以引语或另起一段的连接语（据了解、此外…）开头：同一段"
    return "同一段（被图片说明或换栏隔开）"


def _heading_role(ln: Line, article, narrow: bool, in_body: bool, lines: list[Line]) -> tuple[str, str]:
    """(role, reason) of a line that is no paragraph's: found by its text in the article
    (below the article's first paragraph, among its subheads first)."""
    s = squash(ln.text)
    shape = _why_heading(ln, narrow, lines)
    if article is None:
        return "未归属", "没有可归属的文章"
    if "题" in ln.text and wire_title(ln.no, ln.text):
        return "标题", "电头后以“题：”给出的标题（破折号后为副题），电头入署名"
    if in_body and any(b.kind == "subhead" and s and s in squash(b.text) for b in article.blocks):
        return "小标题", shape + "；文章中间、其后没有署名：小标题"
    if ln.kind == "photo":
        names = "、".join(c.name for c in photo_credit(ln.text) or []) or "无人名"
        return "图片说明", f"摄影署名：{names}（图片的，不是文章的作者）"
    if ln.kind == "byline" or (article.byline and s and s in squash(article.byline)):
        names = "、".join(c.name for c in article.credits) or "无人名"
        return "署名", f"署名行（角色词/人名/标记）：{names}"
    for role, text in (("标题", article.headline), ("引题", article.kicker), ("副题", article.subtitle)):
        if text and s and s in squash(text):
            return role, shape
    tag = squash(f"【{article.column}】") if article.column else ""
    if tag and tag in s and s.partition(tag)[2] in squash(article.headline):
        return "标题", "行首方括号里的栏目名（【园区速递】…）为栏目，其后为标题"
    if article.subtitle and ln.text.startswith(SUBTITLE_DASHES):
        if squash(without_dash(ln.text)) in squash(article.subtitle):  # stored without its dash
            return "副题", "以破折号开头的标题行：副题"
    if article.column and s and s in squash(article.column):
        return "栏目", _why_column(ln.text.strip())
    if any(s and s in squash(c) for c in article.captions):
        return "图片说明", "含图片来源或紧挨摄影署名"
    if any(b.kind == "subhead" and s and s in squash(b.text) for b in article.blocks):
        return "小标题", shape + "；文章中间、其后没有署名：小标题"
    return "正文", "并入正文"


def _why_column(text: str) -> str:
    if COLUMN_LABEL_RE.match(text):
        return "方括号里的栏目名（【园区动态】）"
    if text in PHOTO_COLUMNS:
        return "图片新闻一类的栏目名：其下每张图片另起一篇"
    if names_a_column(text):
        return "以栏目用词（观察、聚焦、快讯…）构成、不超过8字、无标点的短行：栏目名"
    return "标题下不超过8字、无标点的短行：栏目名"


def _why_heading(ln: Line, narrow: bool, lines: list[Line]) -> str:
    if ln.kind == "md":
        return f"“#”标记的第{ln.level}级标题"
    if ln.kind in ("caption", "photo"):
        return "图片说明/摄影署名"
    if narrow and ln.width:
        if ln.dw <= ln.width - 8:
            return f"明显短于本栏（{ln.dw}/{ln.width:.0f} 半角宽），无句末标点"
        if ln.dw <= ln.width - 4:
            return f"短于本栏两格以上（{ln.dw}/{ln.width:.0f} 半角宽），无句末标点"
        if ln.dw > ln.width + 2 or (ln.dw >= ln.width + 2 and ln.text[-1].isalnum()):
            return f"宽于本栏（{ln.dw}/{ln.width:.0f} 半角宽）：跨栏排的标题"
        i = lines.index(ln)
        if not (i and lines[i - 1].ends and sets_flush_by_width(lines, narrow)):
            return "形似标题（无句末标点），位于段落结束与标题/署名/导语之间"
        if ln.dw <= ln.width - 2:
            return f"短于本栏一格以上（{ln.dw}/{ln.width:.0f} 半角宽），下一行首字本可排上：不是段首行"
        if opens_overlong_clause(lines, i):
            return f"读作正文则其下句子开头逾{CLAUSE_MAX}字无标点（去掉此行则否）：小标题"
        if in_series(ln.text, series([o.text for o in lines if o.cand and o is not ln])):
            return "与本页其他小标题同一格式（开头两字、分句方式、字数相近）：小标题"
        return "形似标题（无句末标点），位于段落结束与标题/署名/导语之间"
    return "短行（不超过40字），无句中标点"


def _why_article(article, own_byline: bool) -> str:
    first = next((b.text for b in article.blocks if b.kind == "p"), "")
    if own_byline:
        return "另起一篇：其后有署名"
    if article.continues_from:
        return f"另起一篇：其下为接版标记（上接第{article.continues_from}版），重印的标题"
    if article.byline:
        return "另起一篇：其后正文以电头/署名/来源开头"
    if first and leads.news_lead(first):
        return "另起一篇：其后正文以新闻导语开头（近日/日期/记者从）"
    return "另起一篇：标题点出新的园区，或其下正文与上一篇内容不同，或是页首标题"


def format_decisions(decisions: list[Decision]) -> str:
    """One row a line: line number, role, article number, the line (cut short), why."""
    rows = []
    for d in decisions:
        text = d.text if len(d.text) <= 24 else d.text[:23] + "…"
        article = f"#{d.article}" if d.article else "-"
        rows.append(f"{d.line + 1:>5}  {d.role:<4}{article:>5}  {text}  ← {d.why}")
    return "\n".join(rows)

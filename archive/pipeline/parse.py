"""Parse the decoded text of one OCR'd newspaper page into articles.

Pure functions: text in, ``ParsedPage`` out; no database, no Django. ``parse_page`` runs
the stages, each in its own module:

0. ``markup``: the markdown an OCR engine writes around the text taken off (kept as
   furniture).
1. ``reflow``: lines -> items (each line classified and measured in ``classify``,
   headline candidates marked in ``candidates``, paragraphs joined across layout breaks,
   bylines, captions); ``items``: the corrections only neighbouring items show
   (a lone name under a headline is a byline, a short line after an unfinished paragraph
   is its tail, a line above ``李学飞摄`` is that photo's caption).
2. ``assemble``: items -> article drafts (``draft``; a headline block's parts in ``headings``).

   Headline clusters: consecutive headline candidates / ``#`` headings / bylines. A cluster
   starts an article when it has a ``#``-``###`` heading, a byline, or is followed by a
   ``本报讯`` paragraph. Inside it, the most important ``#`` level (else the line with a
   ``：`` or a park name, else the last line) is the headline; lines above are the kicker,
   lines below the subtitle; a last line of at most 8 characters with no punctuation under
   a headline is a column name (``科技厅局长话创新``). A heading followed by ``编者按``
   is a column for every article below it, and the editor's note becomes an article
   headlined ``编者按``.

   A candidate inside an article with no byline after it is a subhead, unless it names a
   park the article has not mentioned (then it is the headline of a new article). A
   headline broken over lines is joined with a space (no space inside an open quote):
   ``北京经开区129个项目签约落地 总投资额近4000亿元`` is one headline.

   Paragraphs and captions before the first headline belong to the first article (a photo
   and lead printed above the headline); with no headline at all, to one headless article.

   Headlines collected at the end of the page (page 004): the bodies above are cut at
   ``本报讯``, top bylines, end signatures and lasting changes of column width (no more
   bodies than headlines), and each headline is matched to a body by shared character
   bigrams (``endheads``).
3. ``rejoin``: a subhead section whose words match an earlier article much better than the
   current one goes back to that article, and a fragment the columns moved is put back
   (flag ``joined``).
A page in traditional characters (or with OCR's variant forms) is read in a simplified
copy and its text given back as printed (``script``).

4. Here: ``repeated_text`` when a paragraph mostly repeats an earlier one of the article;
   then ``tagging``: the parks each article reports on and its date.

``accounted_chars`` is the nothing-lost check: every character of the page is placed once.
"""

import datetime
import re
from collections import Counter

from .among_stories import among_stories
from .assemble import assemble, assemble_end_headlines
from .bodies_above import bodies_above_headlines
from .box_returns import return_to_story
from .bylines import is_caption, parse_credits
from .continuations import continuation_marks, repeated_headlines
from .furniture_marks import page_marks
from .heads_below import headlines_below
from .items import refine_items
from .lines import (
    BROKEN_WORD_RE,
    ends_sentence,
    is_edge_dirt,
    is_speck,
    leading_stroke,
    normalise,
    split_end_mark,
    squash,
)
from .markup import list_item_breaks, strip_markup
from .names import is_bare_name
from .page_inserts import page_inserts
from .page_numbers import loose_page_numbers
from .parks import Gazetteer
from .reflow import Item, page_items
from .rejoin import join_interruptions, rejoin_cut_fragment
from .resumed_paragraphs import resume_cut_paragraphs
from .script import Restorer, reading_copy
from .section_numbers import section_numbers
from .similarity import repeats_earlier
from .tagging import date_articles, tag_parks
from .types import Credit, PageInfo, ParsedPage
from .webpages import meta_credits, web_chrome
from .wechat import wechat_chrome, wechat_titles

PARSER_VERSION = "1"


def parse_page(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    issue_date: datetime.date | None = None,
    newspapers=(),
) -> ParsedPage:
    """Cut the decoded text of one page into articles.

    Running heads and jump marks are read first (``mastheads``; ``newspapers`` are the
    names of the papers the archive knows) and kept out of every article. ``issue_date``
    dates the articles; without it the date printed on the page does, else the date is
    estimated from the text.
    """
    page = ParsedPage()
    text = normalise(text or "")
    copy = reading_copy(text)
    raw_lines, printed, page.furniture, tables = read_lines(copy or text, newspapers)
    page.printed = PageInfo(
        newspaper=printed.newspaper,
        issue_date=printed.date,
        page_label=printed.page.label if printed.page else "",
        page_title=printed.page_title,
    )
    issue_date = issue_date or printed.date
    _drop_specks(raw_lines, page.furniture)
    items, narrow = page_items(raw_lines, tables, break_lines(page.furniture))
    if not items:
        return page
    items = resume_cut_paragraphs(refine_items(items, narrow), raw_lines)
    items = headlines_below(bodies_above_headlines(items, gazetteer), gazetteer)

    arts = assemble_end_headlines(items, narrow, gazetteer, page)
    if arts is None:
        items = repeated_headlines(_cut_by_jumps(items, page.furniture), page.furniture)
        arts = assemble(_with_continuation_marks(items, page.furniture), gazetteer, page)

    join_interruptions(arts)
    return_to_story(arts, gazetteer)
    for art in arts:
        rejoin_cut_fragment(art)
    articles = []
    for art in arts:
        page.furniture += art.furniture
        a = art.finish()
        if not (a.headline or a.blocks or a.captions or a.byline):
            continue
        if repeats_earlier([b.text for b in a.blocks[art.lead_blocks :] if b.kind == "p"]):
            a.flags.append("repeated_text")
        articles.append(a)
    page.articles = articles
    page.furniture.sort(key=lambda e: e["line"])  # (end marks were added by the articles)
    _mark_jumps(page)
    _credit_the_page_writer(page)
    _credit_the_web_writers(page)

    tag_parks(page, gazetteer)
    date_articles(page, issue_date)
    if copy is not None:
        _as_printed(page, Restorer(text, copy))
    return page


def read_lines(text: str, newspapers=()):
    """The lines of a page to read, its running heads, its furniture, and the numbers of
    the lines that are a table's rows: the markdown the OCR wrote around the text taken
    off (``markup``), then what a browser printed around a web page (``webpages``), the
    what WeChat printed around a public account's articles (``wechat``), the
    running heads and jump marks (``mastheads``), the editor lines and 导读 box among
    the stories (``among_stories``), and app prompts, glossary boxes and disclosure notices
    (``page_inserts``)."""
    lines = text.split("\n")
    taken: list[dict] = []
    tables = strip_markup(lines, taken)
    taken += _blank(lines, web_chrome(lines))
    chrome = wechat_chrome(lines)
    for n in wechat_titles(lines, chrome):
        lines[n] = "# " + lines[n].strip()  # (read as a heading, as an OCR engine marks one)
    taken += _blank(lines, chrome)
    raw_lines, printed, furniture = page_marks(lines, newspapers)
    taken += _blank(raw_lines, among_stories(raw_lines))
    taken += _blank(raw_lines, page_inserts(raw_lines))
    for n, line in enumerate(raw_lines):
        stroke = leading_stroke(line)
        if stroke:  # 丨保定高新区…: a rule's stroke OCR read before the text (a speck)
            taken.append({"line": n, "kind": "speck", "text": stroke[0]})
            raw_lines[n] = stroke[1]
    if taken:
        furniture = sorted(furniture + taken, key=lambda e: e["line"])
    return raw_lines, printed, furniture, tables


def _blank(lines: list[str], entries: list[dict]) -> list[dict]:
    """Blank the furniture lines ``entries`` found (line numbers unchanged); the entries."""
    for entry in entries:
        lines[entry["line"]] = ""
    return entries


def _as_printed(page: ParsedPage, restore: Restorer) -> None:
    """The text of a page read in simplified characters (``script``) given back as
    printed; reporters' names and parks stay simplified, as the archive lists them."""
    for a in page.articles:
        a.headline, a.kicker, a.subtitle = restore(a.headline), restore(a.kicker), restore(a.subtitle)
        a.column, a.byline = restore(a.column), restore(a.byline)
        for b in a.blocks:
            b.text = restore(b.text)
        a.captions = [restore(c) for c in a.captions]
    page.unplaced = [restore(s) for s in page.unplaced]
    for entry in page.furniture:
        entry["text"] = restore(entry["text"])


# A document's page number between dashes or dots, on a line of its own, where one printed
# page ends and the next begins (a 简报 printed from a word processor): — 1 —, - 2 -, ·3·.
_PAGE_NUMBER_RE = re.compile(r"^[—–\-－·•]{1,2}\s*\d{1,3}\s*[—–\-－·•]{1,2}$")
# A rule printed between stories, on a line of its own: three or more dashes or strokes
# (———, ─────, ＿＿＿); a subtitle's or a sentence's dash is two and has words after it.
_PRINTED_RULE_RE = re.compile(r"^(?:[—–―─━－\-_＿=＝~～]\s*){3,}$")


def _drop_specks(raw_lines: list[str], furniture: list[dict]) -> None:
    """Lines of OCR dirt (``lines.is_speck``, and ``lines.is_edge_dirt`` at the top and
    bottom of the page) and an agency's end mark on a line of its own (``（完）``) are kept
    on the page as furniture, so that they neither cut a paragraph nor become a headline;
    so is a document's page number (``— 1 —``), which a paragraph goes on past, and a bare
    one between two stories (``page_numbers``); a rule printed between stories (``———``);
    and a WeChat article's section numbers over its subheads (``section_numbers``)."""
    numbers = section_numbers(raw_lines)
    found = [(n, "section_number", raw_lines[n].strip()) for n in numbers]
    folios = loose_page_numbers(raw_lines)  # (7 alone between two stories)
    found += [(n, "page", raw_lines[n].strip()) for n in folios if n not in numbers]
    for n, line in enumerate(raw_lines):
        if n in numbers or n in folios:
            continue
        if line and line.lstrip()[:1] in "—–―─━－-_＿=＝~～" and _PRINTED_RULE_RE.match(line.strip()):
            found.append((n, "rule", line.strip()))
            continue
        if 0 < len(line) < 12 and _PAGE_NUMBER_RE.match(line.strip()):
            found.append((n, "page", line.strip()))
            continue
        if 0 < len(line) < 8:
            s = line.strip()
            if is_speck(s):
                found.append((n, "speck", s))
            elif s and split_end_mark(s) == ("", s) and (s != "完" or _after_sentence(raw_lines, n)):
                found.append((n, "end_mark", s))
    found += _edge_dirt(raw_lines)
    for n, kind, s in found:
        furniture.append({"line": n, "kind": kind, "text": s})
        raw_lines[n] = ""
    if found:
        furniture.sort(key=lambda e: e["line"])


def _edge_dirt(raw_lines: list[str]) -> list[tuple[int, str, str]]:
    """Dirt (``lines.is_edge_dirt``) above the page's first line of text, and below its
    last when that line ends a sentence (else the short line may be its tail)."""
    out = []
    for n, line in enumerate(raw_lines):
        s = line.strip()
        if s and not is_edge_dirt(s):
            break
        if s and not is_speck(s):
            out.append((n, "speck", s))
    below, above = [], ""
    for n in range(len(raw_lines) - 1, -1, -1):
        s = raw_lines[n].strip()
        if s and not is_edge_dirt(s):
            above = s
            break
        if s and not is_speck(s):
            below.append((n, "speck", s))
    if below and (not above or ends_sentence(above) or _number_under_caption(below, above)):
        out += [d for d in reversed(below) if d not in out]
    return out


def _number_under_caption(below: list[tuple[int, str, str]], above: str) -> bool:
    """A bare page number under a caption: the caption is set apart from the text, so a
    number below it is not the tail of a sentence it cut."""
    return all(s.isdigit() for _, _, s in below) and is_caption(above)


def _after_sentence(raw_lines: list[str], n: int) -> bool:
    """Does the text line above line ``n`` end a sentence (or is there none)?"""
    above = next((s for s in (raw_lines[k].strip() for k in range(n - 1, -1, -1)) if s), "")
    return not above or ends_sentence(above)


def jump_lines(furniture) -> list[int]:
    """The lines of the page's 下转 marks, in order."""
    return sorted(e["line"] for e in furniture if e["kind"] == "jump_out")


def break_lines(furniture) -> list[int]:
    """The lines of the marks no paragraph goes on across: 下转 (the text goes on on
    another page), 上接 (the text under it comes from another page) and a markdown list
    item's mark (the line before the item)."""
    return sorted(jump_lines(furniture) + continuation_marks(furniture) + list_item_breaks(furniture))


def _cut_by_jumps(items, furniture):
    """A heading-shaped line right above a 下转 mark that leaves its sentence open with a
    clause in it (``5月17日，中共重庆市委…关于深入`` / ``（下转第8版）``) is the paragraph the jump
    cut, not a subhead."""
    for line in jump_lines(furniture):
        k = max((n for n, it in enumerate(items) if it.lines and max(it.lines) < line), default=None)
        it = items[k] if k is not None else None
        if it is not None and it.kind == "cand" and not ends_sentence(it.text) and _CLAUSE_RE.search(it.text):
            items[k] = Item("para", it.text, it.lines)
    return items


_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff\d][，,][\u4e00-\u9fff“]")


def _with_continuation_marks(items, furniture):
    """Items with a ``jump`` item (the page it continues from) where a 上接 mark stood, so
    the continuation starts an article of its own instead of running into the one above."""
    marks = sorted((e["line"], e["page"]) for e in furniture if e["kind"] == "jump_in")
    if not marks:
        return items
    out = []
    for item in items:
        while marks and item.lines and max(item.lines) >= marks[0][0]:
            out.append(Item("jump", marks.pop(0)[1], []))
        out.append(item)
    return out


def _mark_jumps(page):
    """The article above a 下转 mark continues on that page."""
    for entry in page.furniture:
        if entry["kind"] != "jump_out":
            continue
        above = [a for a in page.articles if a.source_lines and min(a.source_lines) <= entry["line"]]
        if above:
            owner = max(above, key=lambda a: (entry["line"] in a.source_lines, min(a.source_lines)))
            owner.jumps_to = entry["page"]


# The writer of a page's text, credited for the whole page: 本版文字：王明, 本版文图：王明.
_PAGE_WRITER_RE = re.compile(r"^[（(]?本版(?:文字|文图|图文|撰文)\s*[:：]\s*([^()（）]{2,30}?)[）)]?$")


def _credit_the_page_writer(page: ParsedPage) -> None:
    """Articles printed with no credits of their own are the page's writer's, when a line
    credits one for the page's text (the line stays furniture, as printed)."""
    for entry in page.furniture:
        m = _PAGE_WRITER_RE.match(entry["text"]) if entry["kind"] == "page_credit" else None
        if m is None:
            continue
        writers = [c for c in parse_credits(m.group(1), default_role="author") if is_bare_name(c.name)]
        for a in page.articles:
            if writers and not a.credits and any(b.kind == "p" for b in a.blocks):
                a.credits = [Credit(c.name, c.role) for c in writers]


def _credit_the_web_writers(page: ParsedPage) -> None:
    """The writer and photographer a web page's metadata line names (``作者：李琳琳``) are
    credited with the story whose text follows it, when it has no credits of its own and they are
    persons (``作者：高新区融媒体中心`` names no one)."""
    for entry in page.furniture:
        found = meta_credits(entry["text"]) if entry["kind"] == "web" and "：" in entry["text"] else []
        people = [Credit(name, role) for name, role in found if is_bare_name(name)]
        # (the line stands between the story's title and its text)
        below = [
            (min(n for n in a.source_lines if n > entry["line"]), k)
            for k, a in enumerate(page.articles)
            if any(n > entry["line"] for n in a.source_lines)
        ]
        if people and below:
            story = page.articles[min(below)[1]]
            story.credits = story.credits or people


def _output_strings(page: ParsedPage) -> list[str]:
    out = list(page.unplaced) + [entry["text"] for entry in page.furniture]
    carried = set()
    for a in page.articles:
        # (a brief's headline taken from its text is no character of the page)
        out += ["" if "derived_headline" in a.flags else a.headline, a.kicker, a.subtitle, a.byline]
        # A column carried on from the article before, whole or in part (``园区传真`` after
        # ``园区传真 简讯`` of a run of briefs), was printed once.
        parts = a.column.split()
        out += [part for part in parts if part not in carried]
        carried = set(parts) or carried
        out += [b.text for b in a.blocks]
        out += a.captions
    return out


def accounted_chars(text: str, page: ParsedPage) -> tuple[Counter, Counter]:
    """(characters of the raw page, characters placed in the parsed page), whitespace and
    layout marks (``#`` and byline markers such as ``▶``) ignored, and the hyphen of a
    Latin word broken over lines (dropped when it is joined). Equal Counters mean nothing was lost or
    duplicated; a column name shared by consecutive articles counts once, whole or in part."""
    raw = Counter(squash(BROKEN_WORD_RE.sub("", normalise(text or ""))))
    placed = Counter()
    for s in _output_strings(page):
        placed.update(squash(s))
    return raw, placed

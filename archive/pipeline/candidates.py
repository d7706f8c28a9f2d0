"""Headline candidates: which lines of a page may be a headline, kicker, subtitle or
subhead rather than a piece of running text (``mark_candidates``).

A *headline candidate* is a line that neither ends nor contains a sentence, is short for
the page (wide: at most 40 characters; narrow: clearly shorter or wider than its column),
or sits between a finished paragraph and other candidates/bylines, or leads through a
chain of candidates to a byline; on narrow pages a line under a full line that leaves its
sentence open continues that sentence instead (``Line.cont``). Consecutive candidate lines
with no blank line between them form one multi-line candidate. Whether a candidate is a
headline, a subhead or a cut-off paragraph tail is decided later (``items``, ``assemble``).
"""

import re

from . import leads, names, subheads
from .asks import ASKS_RE, asks_over_a_dateline
from .broken_words import continue_broken_words
from .classify import Line, core_width, set_by_width
from .indents import mark_paragraph_starts
from .lines import BULLETS, narrowest_width, unbalanced_open_quote
from .stacks import kicker_over_headline, opens_titled_headline

WIDE_HEADLINE_MAX = 40
HEADLINE_MAX = 50
# A page is set with a blank line after every line when fewer than one text line in this
# many has none before it.
TIGHT_SHARE = 10
# Two open lines of running text this wide (half-width cells) or wider, one under the
# other and as wide as each other, are lines of one column whatever the page's other
# columns measure (a block set narrower than its neighbours).
SAME_COLUMN_MIN = 16
# Lines either side of a line wider than its column that must all be narrower than it
# (``_over_column``).
OVER_COLUMN_NEAR = 12


# Running text, not a headline: sentence punctuation inside or a last character that
# leaves the sentence open (or two commas: ``_enumerates``).
_RUNNING_TEXT_RE = re.compile(r"[。！？；;]|[，,、：:；;（(“—-]$")
# A park or place and its colon alone, the first line of a titled headline broken after
# its colon (``长沙高新区：`` / ``智能制造产业集群加速崛起``): shaped like a headline though it
# ends in a colon.
_CLAUSE_MARK_RE = re.compile(r"[，：；,;:]")
# A short label and its colon alone over a headline the OCR marked (``盐城盐都：`` / ``# 追…``).
_LABEL_COLON_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]$")
_PLACE_COLON_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:区|园|城|市|县|省|州|谷|港|岛|镇)[：:]$")
# Two phrases side by side, a space between them: how a headline or subhead is set
# (``以改革促优化 开启项目建设“新速度”``), never running text.
_TWO_PHRASES_RE = re.compile(r"[\u3400-\u9fff”’」》] +[“‘「《\u3400-\u9fff]")
_COMMAS_RE = re.compile(r"[，,、]")


def two_phrases(text: str) -> bool:
    """Two phrases side by side, a space between them (``_TWO_PHRASES_RE``)."""
    return bool(_TWO_PHRASES_RE.search(text))


def _enumerates(t: str) -> bool:
    """Two or more commas / enumeration commas, not counting a list of one-character
    items (``京、沪、渝、深``: abbreviations a headline may well list)."""
    if len(_COMMAS_RE.findall(t)) < 2:
        return False
    parts = _COMMAS_RE.split(t)
    seps = _COMMAS_RE.findall(t)
    counted = sum(
        1 for k, sep in enumerate(seps) if not (sep == "、" and k + 2 < len(parts) and len(parts[k + 1]) == 1)
    )
    return counted >= 2


def _listing(t: str) -> bool:
    """Two or more commas (``_enumerates``), but not a bulleted subhead of parallel phrases."""
    return _enumerates(t) and not subheads.bulleted_phrases(t)


def _shaped(ln: Line) -> bool:
    """Is ``ln`` a text line shaped like a headline? (Cached: most lines are ruled out by
    position or width first and never need the regex.)"""
    if ln.shaped is None:
        t = ln.text
        ends = ln.ends
        if ends and not ln.width and t[-1] in "？！?!" and ASKS_RE.match(t):
            # a headline that asks or exclaims (高新区如何破解“卡脖子”难题？), on a page of whole
            # paragraphs: in a narrow column such a line is as likely a paragraph's last
            t, ends = t[:-1], False
        ln.shaped = ln.kind == "text" and (
            not (ends or len(t) > HEADLINE_MAX or _RUNNING_TEXT_RE.search(t) or _listing(t) or leads.opens(t))
            or (t[-1] in "：:" and _PLACE_COLON_RE.match(t) is not None)
        )
    return ln.shaped


def _full(ln: Line) -> bool:
    """A narrow-page text line that fills its column (within one CJK cell, or over it by
    a hanging punctuation mark), not a heading set across columns."""
    return bool(ln.width) and ln.width - 2 <= ln.dw and _narrowest(ln) < ln.width + 3 and not ln.cand


def _narrowest(ln: Line) -> int:
    """``ln.dw``, or less where full-width letters or digits may be OCR's reading of
    half-width ones (``lines.narrowest_width``): a line is over its column only if it is
    however they were printed. (Measured only for a line that looks over it.)"""
    return ln.dw if ln.dw < ln.width else narrowest_width(ln.text) + ln.indent_dw


def _wider(ln: Line) -> bool:
    """A narrow-page text line wider than its column (more than a hanging punctuation
    mark): it spans columns, so it is a heading, never the next fragment of a column.
    (Spaces widen a line too: then only a line 30% wider than the column.)"""
    dw = _narrowest(ln) if ln.width else 0
    return bool(ln.width) and (dw >= ln.width * 1.3 or (dw >= ln.width + 3 and " " not in ln.text))


def _not_a_fragment(ln: Line) -> bool:
    """Short of its column, or over it by a character (not a hanging punctuation mark)."""
    return ln.dw < ln.width - 2 or (ln.dw > ln.width and ln.text[-1].isalnum())


def _over_column(lines: list[Line], i: int) -> bool:
    """Is ``lines[i]`` wider by a whole character (not a hanging punctuation mark) than
    its column and than every other text line near it? Then it is no fragment of that
    column but a subhead set across it. (Not a line just wider than the quartile the
    column is measured by: a column cut by a count of characters, where a line of Chinese
    only is wider than one with Latin or digits, has such lines.)"""
    ln = lines[i]
    if not (ln.width and _narrowest(ln) >= ln.width + 2 and ln.text[-1].isalnum()):
        return False
    near = [
        o for o in lines[max(0, i - OVER_COLUMN_NEAR) : i + OVER_COLUMN_NEAR + 1] if o.kind == "text" and o is not ln
    ]
    return all(ln.dw >= core_width(o) + 2 for o in near if not o.cand)


def _leads_text(ln: Line, nxt: Line | None, after: Line | None) -> bool:
    """Is ``ln`` over a paragraph (a line of running text that fills its column and goes
    on at the line after it), itself not one that goes on with the line above?"""
    return not ln.cont and nxt is not None and nxt.kind == "text" and _full(nxt) and after is not None and after.cont


def _heads_article(nxt: Line | None) -> bool:
    """Does ``nxt`` (the line after a headline) start an article: a byline, a heading, 本报讯?"""
    return nxt is not None and (nxt.kind in ("byline", "names", "md") or (nxt.kind == "text" and leads.opens(nxt.text)))


def sets_flush(lines: list[Line]) -> bool:
    """Does the narrow page start its paragraphs flush, indents neither printed nor lost
    in OCR? Then a paragraph's first line that leaves its sentence open, under a line
    that ends its sentence short of the column, fills its column (two in three, and at
    least three); where OCR dropped the indents it falls two cells short. (A line shorter
    still says nothing: a subhead, a cut fragment.)"""
    full = short = 0
    prev = None
    for ln in lines:
        if ln.kind != "text":
            prev = None
            continue
        if (
            prev is not None
            and prev.ends
            and prev.width
            and prev.dw < prev.width - 2
            and ln.width
            and not ln.ends
            and not ln.indent
        ):
            if ln.dw > ln.width - 2:
                full += 1
            elif ln.dw >= ln.width - 5:
                short += 1
        prev = ln
    return full >= 3 and full > 2 * short


def sets_flush_by_width(lines: list[Line], narrow: bool) -> bool:
    """A narrow page set by width (``set_by_width``) that starts its paragraphs flush
    (``sets_flush``): where the cues of ``_short_over_text`` and ``subheads`` apply."""
    return narrow and set_by_width(lines) and sets_flush(lines)


def _short_over_text(ln: Line, nxt: Line | None) -> bool:
    """On a page set by width that sets its paragraphs flush (``set_by_width``,
    ``sets_flush``): is ``ln`` two cells or
    more short of its column and of the line of running text under it? (Elsewhere four
    cells: a paragraph's first line may have lost a two-character indent in OCR.)"""
    return ln.dw <= ln.width - 4 and nxt is not None and nxt.kind == "text" and nxt.dw >= ln.dw + 4 and not nxt.ends


# How a story's first line opens (8月，在… / 近日，… / 3月5日上午，…): no sentence of the line
# above, left open, goes on into it.
_LEAD_OPENS_RE = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚间|晚)?|近日|日前|近期)[，,]")


def _over_a_lead(lines: list[Line], i: int) -> bool:
    """A full line after a finished paragraph that leaves its sentence open over a line
    opening like a story's lead (协同创新的“种子”在这里“开花结果” / 8月，在位于…): a heading as
    wide as the column, not text."""
    nxt, text = lines[i + 1] if i + 1 < len(lines) else None, lines[i].text
    if _CLAUSE_MARK_RE.search(text) or text[-1:].isdigit() or text[-1:] in "年月":
        return False  # (a clause of a sentence: …法规体系,2020年 / 3月，…)
    return nxt is not None and nxt.kind == "text" and _LEAD_OPENS_RE.match(nxt.text) is not None


def mark_candidates(lines: list[Line], narrow: bool) -> None:
    n = len(lines)
    if narrow:
        mark_paragraph_starts(lines)
        for i, ln in enumerate(lines):
            if asks_over_a_dateline(lines, i):
                ln.shaped = True
    flush = sets_flush_by_width(lines, narrow)
    prev_text = None  # the text line above (captions and photo credits skipped)
    prev_mid = False  # it is under an open line of running text
    prev_same = False  # ... as wide as it: the two are lines of one column
    texts = tight = 0
    for i, ln in enumerate(lines):
        if ln.kind != "text":
            if ln.kind not in ("caption", "photo"):
                prev_text, prev_mid, prev_same = None, False, False
            continue
        texts += 1
        tight += ln.tight
        if ln.after_jump:  # (the text above went on on another page)
            prev_text, prev_mid, prev_same = None, False, False
        above, above_mid, above_same = prev_text, prev_mid, prev_same
        prev_mid = above is not None and not above.ends and not above.cand
        prev_same = prev_mid and narrow and abs(ln.dw - above.dw) <= 1 and ln.dw >= SAME_COLUMN_MIN
        prev_text = ln
        if (
            narrow
            and above is not None
            and not above.ends
            and (_full(above) or above_same)
            and (above.cont or above_mid or not _shaped(above))
            and _narrowest(ln) < ln.width * 1.3
        ):
            # The line above fills its column and leaves its sentence open: this line
            # goes on with it, however short or headline-like it is, unless a byline
            # follows it (below), or it is two phrases side by side from which a chain
            # of candidates leads to a byline (below), or it is far wider than the column
            # (a heading across columns). (A full line shaped like a headline may be one,
            # and the line under it anything, unless the line is itself inside a
            # paragraph: under an open line of running text.)
            ln.cont = True
            continue
        if narrow and ln.width:
            # Four characters of slack: a paragraph's first line lost its two-character
            # indent in OCR and is legitimately a little short (two, over a line of
            # running text, on a page that starts its paragraphs flush: ``sets_flush``,
            # ``_short_over_text``). A line wider than its
            # column spans columns: a heading (``_wider``).
            # (Not a line opening a quotation no tight line closes: a sentence, so the
            # line under it is measured as its next fragment.)
            ln.cand = (
                (
                    ln.dw <= ln.width - 8
                    or _wider(ln)
                    or (ln.text[:1] in BULLETS and not _CLAUSE_MARK_RE.search(ln.text))  # ■ 从省级园区到特色基地
                    or (flush and _short_over_text(ln, lines[i + 1] if i + 1 < n else None))
                    or (flush and above is not None and above.ends and subheads.opens_overlong_clause(lines, i))
                    or (flush and subheads.first_line_short(ln, above, lines[i + 1] if i + 1 < n else None))
                    or (above is not None and above.ends and not ln.ends and _over_a_lead(lines, i))
                )
                and _shaped(ln)
                and not _cut_quotation(ln, lines[i + 1] if i + 1 < n else None)
            )
        else:
            ln.cand = len(ln.text) <= WIDE_HEADLINE_MAX and _shaped(ln)
    if narrow:
        _mark_end_headlines(lines)
    # A headline-shaped line between a closed paragraph (or a headline) and a
    # headline/byline/本报讯/the end of the page cannot be a column fragment; nor can one
    # from which a chain of candidates leads to a byline or 本报讯; nor, on a page that
    # indents its paragraphs, one without an indent over an indented line (a paragraph's
    # last line ends its sentence); nor, where a blank line follows nearly every line, the
    # first of two lines set without one between them.
    # Where a blank line follows nearly every line, lines set without one between them
    # belong together: a headline or subhead broken over lines.
    spaced = narrow and tight * TIGHT_SHARE < texts
    to_byline = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < n else None
        starts_article = _heads_article(nxt)
        if ln.cand and _cut_quotation(ln, nxt):
            ln.cand = False  # (before a chain of candidates is led through it)
        if (
            ln.kind == "text"
            and not ln.cand
            and nxt is not None
            and nxt.kind == "md"
            and _LABEL_COLON_RE.match(ln.text)
        ):
            ln.cand, ln.cont = True, False  # 盐城盐都： over a marked headline: its kicker
        if ln.kind == "text" and not ln.cand:
            prv = lines[i - 1] if i > 0 else None
            next_ok = nxt is None or nxt.cand or starts_article or nxt.kind == "photo"
            prev_ok = not ln.cont and (
                prv is None
                or prv.cand
                or prv.kind in ("md", "byline", "names", "photo", "note", "editor")
                or (prv.kind in ("text", "caption") and prv.ends)
            )
            if (
                (
                    (next_ok and prev_ok)
                    or (starts_article and not (ln.cont and nxt.kind == "md"))
                    or (nxt is not None and nxt.cand and to_byline[i + 1] and (not ln.cont or two_phrases(ln.text)))
                    or (narrow and prev_ok and two_phrases(ln.text))
                    or (narrow and prev_ok and _over_column(lines, i))
                    or (narrow and prev_ok and not ln.indent and nxt is not None and nxt.indent)
                    or (spaced and prev_ok and nxt is not None and nxt.tight and _shaped(nxt))
                    or (narrow and prev_ok and _not_a_fragment(ln) and nxt is not None and leads.story_begins(nxt.text))
                    or (
                        narrow
                        and prv is not None
                        and prv.cand
                        and _wider(prv)
                        and _not_a_fragment(ln)
                        and _leads_text(ln, nxt, lines[i + 2] if i + 2 < n else None)
                    )
                )
                and _shaped(ln)
                and not _cut_quotation(ln, nxt)
            ):
                ln.cand = True
        to_byline[i] = ln.cand and (
            starts_article
            or (nxt is not None and nxt.cand and to_byline[i + 1])
            or (len(ln.text) <= 4 and names.is_bare_name(ln.text))
        )
    # A headline-shaped line tight under a candidate continues it (a two-line headline).
    # (Not, in a narrow column, a line that fills it with a clause and leaves its sentence
    # open: a paragraph's first line set tight under its subhead.)
    for i in range(1, n):
        ln = lines[i]
        if ln.tight and not ln.cand and not ln.cont and lines[i - 1].cand and _shaped(ln):
            ln.cand = not (narrow and ln.width and ln.dw >= ln.width - 2 and _CLAUSE_MARK_RE.search(ln.text))
    for i in range(n - 1):
        if not lines[i].cand and not lines[i].cont and opens_titled_headline(lines[i], lines[i + 1]):
            lines[i].cand = True  # 高新区“万亿俱乐部”扩容： / 中西部城市加速追赶
        elif not lines[i].cand and kicker_over_headline(lines, i, _heads_article):
            lines[i].cand = True  # 项目建设按下“快进键”： / blank / its headline / byline
    if flush:
        _mark_parallel_subheads(lines)
    continue_broken_words(lines)  # ``bio-`` / ``pharmaceutical…``: the word goes on
    # An unclosed quotation is a sentence cut off, unless the next tight line closes it.
    for i, ln in enumerate(lines):
        if ln.cand and unbalanced_open_quote(ln.text):
            nxt = lines[i + 1] if i + 1 < n else None
            if _cut_quotation(ln, nxt):
                ln.cand = False
            else:
                nxt.cand = True


def _mark_parallel_subheads(lines: list[Line]) -> None:
    """On a flush page set by width (``sets_flush_by_width``): a headline-shaped line after a
    sentence's end, of the form of a series of candidates on the page (``subheads.in_series``), is one too, however wide its column (a subhead as
    wide as the column under a full line that ends a sentence shows nothing else)."""
    forms = subheads.series([ln.text for ln in lines if ln.cand and ln.kind == "text"])
    if not forms:
        return
    prev = None
    for ln in lines:
        if ln.kind != "text":
            prev = None
            continue
        if not ln.cand and prev is not None and prev.ends and _shaped(ln):
            ln.cand = subheads.in_series(ln.text, forms)
        prev = ln


def _cut_quotation(ln: Line, nxt: Line | None) -> bool:
    """Does ``ln`` open a quotation that no tight headline-shaped line after it closes?"""
    return unbalanced_open_quote(ln.text) and not (nxt and nxt.tight and _shaped(nxt))


def _mark_end_headlines(lines: list[Line]) -> None:
    """Two or more headline-shaped lines (bylines among them) that end a narrow page are
    the page's headlines, collected after the bodies (page 004), even the first of them
    under a full line that leaves its sentence open: a column fragment ends a sentence
    before the page does."""
    tail = len(lines)
    while tail > 0 and (lines[tail - 1].kind in ("byline", "names") or _shaped(lines[tail - 1])):
        tail -= 1
    heads = [ln for ln in lines[tail:] if ln.kind == "text"]
    if len(heads) >= 2:
        for ln in heads:
            ln.cand, ln.cont = True, False

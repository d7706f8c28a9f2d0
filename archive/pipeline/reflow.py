"""From raw lines to page items: paragraphs joined across layout breaks, headline
candidates, bylines, captions.

Two layouts are told apart per page:

- *wide*: each paragraph is one long line; a line that does not end a sentence was cut
  (by a caption, a column break) and continues at the next body line;
- *narrow* (most body lines do not end a sentence): every line is a column fragment.
  The column width is measured around each line (median width of nearby body lines); a
  line ends its paragraph when it ends a sentence and is noticeably shorter than the
  column, or ends a sentence and the next line opens a quotation.

A *headline candidate* is a line that neither ends nor contains a sentence, is short for
the page (wide: at most 40 characters; narrow: at least two characters shorter or 30%
longer than the column), or sits between other candidates/bylines; consecutive candidate
lines with no blank line between them form one multi-line candidate. Whether a candidate
is a headline, a subhead or a cut-off paragraph tail is decided in ``parse``.
"""

import re
import statistics
from dataclasses import dataclass, field

from . import bylines, leads
from .lines import (
    display_width,
    ends_sentence,
    has_sentence_inside,
    join_fragments,
    markdown_heading,
    split_end_mark,
    unbalanced_open_quote,
)
from .types import Credit

WIDE_HEADLINE_MAX = 40
HEADLINE_MAX = 50
EDITOR_NOTE = "编者按"


@dataclass(slots=True)
class Line:
    no: int
    kind: str  # text | md | byline | names | note | photo | caption | editor
    text: str
    level: int = 0
    tight: bool = False  # the raw line before it was not blank
    dw: int = 0  # display width of a text line, measured on narrow pages only
    cand: bool = False
    width: float = 0.0
    ends: bool = False  # ends a sentence (set in ``classify``)
    cont: bool = False  # under a full line that leaves its sentence open (narrow pages)
    indent: bool = False  # the raw line starts with (at least two cells of) white space
    shaped: bool | None = None  # headline-shaped, worked out when first asked (``_shaped``)


@dataclass(slots=True)
class Item:
    kind: str  # para | cand | md | byline | names | note | photo | caption | editor
    text: str
    lines: list[int] = field(default_factory=list)
    level: int = 0
    parts: list[str] = field(default_factory=list)  # a candidate's lines
    lead: str = ""  # 本报讯… prefix split off a paragraph (``leads``)
    opens: bool = False  # a paragraph that opens an article (a dateline, credits, 据…报道)
    sig: str = ""  # end signature split off a paragraph
    end_mark: str = ""  # an agency's （完） after the last sentence (page furniture)
    credits: list[Credit] = field(default_factory=list)
    closed: bool = True  # a paragraph that ends a sentence
    widths: list[int] = field(default_factory=list)


def classify(raw_lines: list[str]) -> list[Line]:
    out = []
    prev_blank = True
    for no, raw in enumerate(raw_lines):
        s = raw.strip()
        if not s:
            prev_blank = True
            continue
        md = markdown_heading(s) if s[0] == "#" else None
        if md:
            line = Line(no, "md", md[1], level=md[0])
        elif s[0] == "编" and (s == EDITOR_NOTE or s.rstrip("：:") == EDITOR_NOTE):
            line = Line(no, "editor", s)
        elif bylines.plain_line(s):
            line = Line(no, "text", s)
        elif bylines.is_byline(s):
            line = Line(no, "byline", s)
        elif bylines.is_author_note(s):
            line = Line(no, "note", s)
        elif bylines.photo_credit(s):
            line = Line(no, "photo", s)
        elif bylines.is_caption(s):
            line = Line(no, "caption", s)
        elif bylines.is_name_line(s):
            line = Line(no, "names", s)
        else:
            line = Line(no, "text", s)
        line.tight = not prev_blank
        line.indent = raw[:2].isspace()
        line.ends = ends_sentence(line.text) or (line.text[-1] in "完)）" and bylines.closes_with_credits(line.text))
        out.append(line)
        prev_blank = False
    indented = sum(ln.indent for ln in out)
    if indented and 2 * indented > len(out):
        # Every line indented alike (a margin, not paragraph indents): no information.
        for ln in out:
            ln.indent = False
    return out


def is_narrow(lines: list[Line]) -> bool:
    texts = [ln for ln in lines if ln.kind == "text"]
    if len(texts) < 8:
        return False
    open_share = sum(not ln.ends for ln in texts) / len(texts)
    return statistics.median(len(ln.text) for ln in texts) <= 40 and open_share >= 0.5


def _bodyish(ln: Line) -> bool:
    t = ln.text
    return ln.ends or "，" in t or "、" in t or "," in t or has_sentence_inside(t)


# Punctuation a typesetter may hang past the column's edge.
_HANGING = "，。、；：！？”’）》」』…,.;:!?)"


def measure_widths(lines: list[Line], narrow: bool) -> None:
    """Set each text line's display width and local column width (narrow pages only:
    wide pages never look at widths). The column width at a line is the upper quartile
    of the widths of the six running-text lines before it and the six from it on."""
    if not narrow:
        return
    texts = []  # (line, is running text)
    for ln in lines:
        if ln.kind == "text":
            ln.dw = display_width(ln.text)
            texts.append((ln, _bodyish(ln)))
    # (Measured without closing punctuation at the end: a mark hung past the column
    # widens its line by a cell, and a narrow column hangs one on a line in three.)
    body_dw = [display_width(ln.text.rstrip(_HANGING)) for ln, is_body in texts if is_body]
    if not body_dw:
        return
    # Most column lines are full; the upper quartile is the column width.
    windows = (sorted(body_dw[max(0, k - 6) : k + 6]) for k in range(len(body_dw) + 1))
    column = [w[(3 * len(w)) // 4] for w in windows]
    before = 0  # running-text lines before this one
    for ln, is_body in texts:
        ln.width = column[before]
        before += is_body


# Running text, not a headline: sentence punctuation inside or a last character that
# leaves the sentence open (or two commas: ``_enumerates``).
_RUNNING_TEXT_RE = re.compile(r"[。！？；;]|[，,、：:；;（(“—-]$")
# Two phrases side by side, a space between them: how a headline or subhead is set
# (``以改革促优化 开启项目建设“新速度”``), never running text.
_TWO_PHRASES_RE = re.compile(r"[\u3400-\u9fff”’」》] +[“‘「《\u3400-\u9fff]")
_COMMAS_RE = re.compile(r"[，,、]")


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


def _shaped(ln: Line) -> bool:
    """Is ``ln`` a text line shaped like a headline? (Cached: most lines are ruled out by
    position or width first and never need the regex.)"""
    if ln.shaped is None:
        t = ln.text
        ln.shaped = ln.kind == "text" and not (
            ln.ends or len(t) > HEADLINE_MAX or _RUNNING_TEXT_RE.search(t) or _enumerates(t) or leads.opens(t)
        )
    return ln.shaped


def _full(ln: Line) -> bool:
    """A narrow-page text line that fills its column (within one CJK cell, or over it by
    a hanging punctuation mark), not a heading set across columns."""
    return bool(ln.width) and ln.width - 2 <= ln.dw < ln.width + 3 and not ln.cand


def _wider(ln: Line) -> bool:
    """A narrow-page text line wider than its column (more than a hanging punctuation
    mark): it spans columns, so it is a heading, never the next fragment of a column.
    (Spaces widen a line too: then only a line 30% wider than the column.)"""
    return bool(ln.width) and (ln.dw >= ln.width * 1.3 or (ln.dw >= ln.width + 3 and " " not in ln.text))


def _not_a_fragment(ln: Line) -> bool:
    """Short of its column, or over it by a character (not a hanging punctuation mark)."""
    return ln.dw < ln.width - 2 or (ln.dw > ln.width and ln.text[-1].isalnum())


def _heads_article(nxt: Line | None) -> bool:
    """Does ``nxt`` (the line after a headline) start an article: a byline, a heading, 本报讯?"""
    return nxt is not None and (nxt.kind in ("byline", "names", "md") or (nxt.kind == "text" and leads.opens(nxt.text)))


def mark_candidates(lines: list[Line], narrow: bool) -> None:
    n = len(lines)
    prev_text = None  # the text line above (captions and photo credits skipped)
    prev_mid = False  # it is under an open line of running text
    for ln in lines:
        if ln.kind != "text":
            if ln.kind not in ("caption", "photo"):
                prev_text, prev_mid = None, False
            continue
        above, above_mid = prev_text, prev_mid
        prev_text, prev_mid = ln, above is not None and not above.ends and not above.cand
        if (
            narrow
            and above is not None
            and not above.ends
            and _full(above)
            and (above.cont or above_mid or not _shaped(above))
            and ln.dw < ln.width * 1.3
        ):
            # The line above fills its column and leaves its sentence open: this line
            # goes on with it, however short or headline-like it is, unless a byline
            # follows it (below), or it is far wider than the column (a heading across
            # columns). (A full line shaped like a headline may be one, and the line
            # under it anything, unless the line is itself a continuation.)
            ln.cont = True
            continue
        if narrow and ln.width:
            # Four characters of slack: a paragraph's first line lost its two-character
            # indent in OCR and is legitimately a little short. A line wider than its
            # column spans columns: a heading (``_wider``).
            ln.cand = (ln.dw <= ln.width - 8 or _wider(ln)) and _shaped(ln)
        else:
            ln.cand = len(ln.text) <= WIDE_HEADLINE_MAX and _shaped(ln)
    if narrow:
        _mark_end_headlines(lines)
    # A headline-shaped line between a closed paragraph (or a headline) and a
    # headline/byline/本报讯/the end of the page cannot be a column fragment; nor can one
    # from which a chain of candidates leads to a byline or 本报讯.
    to_byline = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < n else None
        starts_article = _heads_article(nxt)
        if ln.cand and _cut_quotation(ln, nxt):
            ln.cand = False  # (before a chain of candidates is led through it)
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
                    or (nxt is not None and nxt.cand and to_byline[i + 1])
                    or (narrow and prev_ok and _TWO_PHRASES_RE.search(ln.text))
                    or (narrow and prev_ok and _not_a_fragment(ln) and nxt is not None and leads.story_begins(nxt.text))
                )
                and _shaped(ln)
                and not _cut_quotation(ln, nxt)
            ):
                ln.cand = True
        to_byline[i] = ln.cand and (
            starts_article
            or (nxt is not None and nxt.cand and to_byline[i + 1])
            or (len(ln.text) <= 4 and bylines.is_bare_name(ln.text))
        )
    # A headline-shaped line tight under a candidate continues it (a two-line headline).
    for i in range(1, n):
        ln = lines[i]
        if ln.tight and not ln.cand and not ln.cont and lines[i - 1].cand and _shaped(ln):
            ln.cand = True
    # An unclosed quotation is a sentence cut off, unless the next tight line closes it.
    for i, ln in enumerate(lines):
        if ln.cand and unbalanced_open_quote(ln.text):
            nxt = lines[i + 1] if i + 1 < n else None
            if _cut_quotation(ln, nxt):
                ln.cand = False
            else:
                nxt.cand = True


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


def _continues(ln: Line, nxt: Line | None, narrow: bool) -> bool:
    """Does the paragraph ending with ``ln`` go on at the next body line?"""
    if not ln.ends:
        return True
    if narrow and ln.width and ln.dw > ln.width - 2:
        # A full-width line may end a sentence mid-paragraph; an indent or an opening
        # quote on the next line is the usual sign of a new paragraph.
        return not (nxt is not None and (nxt.indent or nxt.text[:1] in '“"「'))
    return False


def build_items(lines: list[Line], narrow: bool) -> list[Item]:
    items: list[Item] = []
    para: Item | None = None

    def close():
        nonlocal para
        if para is not None:
            if para.opens:
                # (Split once the paragraph is whole: a dateline may run over lines.)
                para.lead, para.text, para.credits = leads.split_lead(para.text)
            text, para.end_mark = split_end_mark(para.text)
            para.text, para.sig = bylines.split_end_signature(text)
            items.append(para)
        para = None

    n = len(lines)
    # The next text line after each line (what ``_continues`` looks at).
    next_text: list[Line | None] = [None] * n
    following = None
    for j in range(n - 1, -1, -1):
        next_text[j] = following
        if lines[j].kind == "text":
            following = lines[j]
    i = 0
    while i < n:
        ln = lines[i]
        if ln.kind == "text" and ln.cand:
            group = [ln]
            while i + 1 < n and lines[i + 1].kind == "text" and lines[i + 1].cand and lines[i + 1].tight:
                i += 1
                group.append(lines[i])
            close()
            items.append(
                Item(
                    "cand", _join_heading([g.text for g in group]), [g.no for g in group], parts=[g.text for g in group]
                )
            )
        elif ln.kind == "text":
            nxt = next_text[i]
            opens = leads.opens(ln.text, bare=para is None or para.closed)
            if opens or para is None or para.closed:
                close()
                para = Item("para", ln.text, [], opens=opens)
            else:
                para.text = join_fragments(para.text, ln.text)
            para.lines.append(ln.no)
            para.widths.append(ln.dw)
            # (A dateline or credits on a line of their own end there: 本报讯 记者 X.)
            para.closed = not _continues(ln, nxt, narrow) or (opens and not leads.split_lead(ln.text)[1])
        elif ln.kind == "caption":
            # A caption does not end the paragraph it interrupts.
            items.append(Item("caption", ln.text, [ln.no]))
        else:
            close()
            items.append(Item(ln.kind, ln.text, [ln.no], level=ln.level))
        i += 1
    close()
    # Captions that interrupted a paragraph were emitted before it; keep page order by line.
    items.sort(key=lambda it: it.lines[0])
    return items


_GLUE_CHARS = set("在于和与的了为对从向将把及并之")


def _join_heading(parts: list[str]) -> str:
    """Lines of one headline: two phrases get a space (``…签约落地 总投资额…``); a break
    inside an open quote or next to a preposition/particle gets none."""
    out = parts[0]
    for p in parts[1:]:
        glued = unbalanced_open_quote(out) or p[0] in _GLUE_CHARS or out[-1] in _GLUE_CHARS
        out = out + p if glued else out + " " + p
    return out


def page_lines(raw_lines: list[str]) -> tuple[list[Line], bool]:
    """Each non-blank line classified, measured and marked; and whether the page is narrow."""
    lines = classify(raw_lines)
    narrow = is_narrow(lines)
    measure_widths(lines, narrow)
    mark_candidates(lines, narrow)
    return lines, narrow


def page_items(raw_lines: list[str]) -> tuple[list[Item], bool]:
    lines, narrow = page_lines(raw_lines)
    return build_items(lines, narrow), narrow

"""Line-level helpers: normalising raw page text and looking at single lines.

Everything here is about one line at a time; ``reflow`` and ``parse`` put lines together.
"""

import re

# Characters that close a sentence. A line ending in one of these (possibly followed by
# closing quotes/brackets) ends a sentence; a line ending otherwise was cut by the layout.
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)】》\"'"
# Punctuation that shows a line is running text rather than a headline.
_SENTENCE_INSIDE_RE = re.compile(r"[。！？；;]")
_MD_RE = re.compile(r"^(#{1,6})\s*(.*)$")
BYLINE_MARKERS = "▶◎►●■□◇"
# What a list item, a subhead or a brief may be set with (■ 创新驱动, ■ 日前，…).
BULLETS = BYLINE_MARKERS + "◆▲△"
# What a subtitle (副题) is printed opening with: ``——园区生物医药产业发展调查``.
SUBTITLE_DASHES = ("——", "—", "──", "--")
# The bar a subhead may be set with, as WeChat and web pages print it (▍强链补链): the
# page's typography, dropped like a subhead's bullet.
SUBHEAD_BARS = "▍▌▋▎▐"
# Marks the layout adds and the parser drops (a ``#`` heading, a byline's marker).
LAYOUT_MARKS = "#" + BYLINE_MARKERS


def normalise(text: str) -> str:
    """Unify line endings and odd whitespace; keep every visible character."""
    if not text:
        return ""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\xa0", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    if "\u3000" not in text:
        return text
    return "\n".join(_inner_spaces(line) for line in text.split("\n"))


def _inner_spaces(line: str) -> str:
    """``line`` with its ideographic spaces made plain, except those of its indent: two of
    them indent a paragraph by two characters, two spaces by one (``classify`` measures it)."""
    body = line.lstrip(" \u3000")
    return line[: len(line) - len(body)] + body.replace("\u3000", " ")


# Everything outside the East Asian Wide and Fullwidth ranges (what a printed column
# measures in), less the ASCII stand-ins OCR gives for the full-width punctuation a
# Chinese column sets in a full cell (``,`` for ``，``), and less the ellipsis, which
# Unicode leaves ambiguous and a Chinese column sets a cell wide (``……`` takes two).
# Matching the narrow characters is cheaper: Chinese text has few of them.
_NARROW_RE = re.compile(
    "[^\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
    ",:;!?()\u2026]"
)


def display_width(s: str) -> int:
    """Width in half-width cells: CJK characters and full-width punctuation (whether OCR
    gave it as ``，`` or ``,``) count 2; Latin letters, digits and spaces 1."""
    return 2 * len(s) - len(_NARROW_RE.findall(s))


# Full-width Latin letters, digits and the decimal point and percent sign inside numbers:
# printed full width by some papers, but also what OCR gives for half-width ones.
_AMBIGUOUS_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05]")


def narrowest_width(s: str) -> int:
    """``display_width`` with full-width letters and digits counted as half-width: how wide
    the line may have been in print (``４１９１．８３`` may be OCR's reading of ``4191.83``)."""
    return display_width(s) - len(_AMBIGUOUS_RE.findall(s))


# Punctuation a column fragment may consist of (a mark hung on the next line).
_FRAGMENT_MARKS = set(SENTENCE_END + CLOSERS + "，、；：,;:（(“‘「『《【—")


# Strokes OCR reads a column rule or a speck as, though they are Chinese characters by their
# code: no word is written with them alone (丨 is the radical ``gun``, a vertical bar).
NOISE_STROKES = "丨亅"


# A stroke or bar OCR read at a line's start, before the text, from a rule beside the column
# (``丨保定高新区…``): not the line's. A bar counts only when the line has no other (a table's
# row, ``| 企业 | 营收 |``, opens with one).
_LEADING_STROKE_RE = re.compile(r"^(\s*)([丨亅]|[|｜│](?=[^|｜│]*$))\s*(?=[\u3400-\u9fff“《（(【])")


def leading_stroke(line: str) -> tuple[str, str] | None:
    """(the stroke, the line without it) when the line opens with a noise stroke, else None."""
    first = line[:3].lstrip()[:1]
    m = _LEADING_STROKE_RE.match(line) if first and first in "丨亅|｜│" else None  # ("" is in every string)
    return (m.group(2), m.group(1) + line[m.end() :]) if m else None


def is_speck(s: str) -> bool:
    """A stripped line of one to three marks that are no letter, digit, Chinese character
    or punctuation a sentence uses (``|``, ``•``, ``-``, the stroke ``丨``): dirt OCR read at a
    page's edge or between columns, not text."""
    return 0 < len(s) <= 3 and not any((ch.isalnum() and ch not in NOISE_STROKES) or ch in _FRAGMENT_MARKS for ch in s)


def is_edge_dirt(s: str) -> bool:
    """A stripped line of one to three characters OCR may read at a page's top or bottom
    edge (``l``, ``Il``, ``丨``): no sentence punctuation, and not a word of two or three
    Chinese characters (a name, a page title)."""
    return (
        0 < len(s) <= 3
        and not any(ch in _FRAGMENT_MARKS for ch in s)
        and not (len(s) > 1 and all("\u3400" <= ch <= "\u9fff" for ch in s))
    )


def ends_sentence(s: str) -> bool:
    """The line ends with sentence punctuation, possibly followed by closing quotes/brackets,
    or by a note in brackets after it (``…压力。(1月13日《中国青年报》)``, a 时评's source)."""
    r = s.rstrip()
    t = r.rstrip(CLOSERS)
    if t and t[-1] in SENTENCE_END:
        return True
    return t != r and r[-1] in ")）" and _NOTE_AFTER_RE.search(r) is not None


# Specks OCR leaves after a line's last mark (a rule's or a picture's edge): ``…两成。|``.
_TRAILING_SPECKS = "|｜丨・"


def ends_sentence_under_speck(s: str) -> bool:
    """Does the line end a sentence once a speck after its last full stop is set aside
    (``…订单增长两成。|``)? The speck stays in the text as printed."""
    r = s.rstrip()
    t = r.rstrip(_TRAILING_SPECKS).rstrip()
    return t != r and bool(t) and ends_sentence(t)


_NOTE_AFTER_RE = re.compile(r"[。！？!?][”’」』]?\s*[(（][^()（）]{1,30}[)）]$")


def has_sentence_inside(s: str) -> bool:
    return bool(_SENTENCE_INSIDE_RE.search(s))


def markdown_heading(s: str) -> tuple[int, str] | None:
    """``(level, text)`` for a ``#``-style heading line, else None."""
    m = _MD_RE.match(s)
    if not m or not m.group(2).strip():
        return None
    return len(m.group(1)), m.group(2).strip()


def squash(s: str) -> str:
    """Text with whitespace and layout marks removed (for comparing and counting)."""
    return "".join(ch for ch in s if not ch.isspace() and ch not in LAYOUT_MARKS)


_FULL_TO_HALF = str.maketrans("：（），；！？", ":(),;!?")


def fold(s: str) -> str:
    """Full-width punctuation folded to half-width, for matching patterns only."""
    return s.translate(_FULL_TO_HALF)


def unbalanced_open_quote(s: str) -> bool:
    return s.count("“") > s.count("”") or s.count("（") > s.count("）") or s.count("(") > s.count(")")


# A hyphen OCR kept where a line broke inside a Latin word (``tech-`` / ``nology``).
HYPHENS = "-\u2010\u00ad"


def join_fragments(a: str, b: str) -> str:
    """Join two pieces of one paragraph cut by the layout (Chinese needs no space; a
    Latin word broken with a hyphen is whole again)."""
    if not a:
        return b
    if not b:
        return a
    if a[-1] in HYPHENS and len(a) > 1 and "a" <= a[-2] <= "z" and "a" <= b[0] <= "z":
        return a[:-1] + b
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


# Where a hyphen at a line's end is dropped by ``join_fragments`` (for the nothing-lost count).
BROKEN_WORD_RE = re.compile(rf"(?<=[a-z])[{HYPHENS}](?=[ ]*\n\s*[a-z])")

_CJK = "\u3400-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60"
# A space OCR put inside a word or a number: between two Chinese characters or marks
# (``高新 区``), after a comma before Chinese, or after a decimal point (``4191. 83``).
# A title in 《》 and a bracket (``(记者 刘琴)``) keep the spaces they print, and so do
# numbers set off by spaces (``总投资 186 亿元``, a house style), and a slogan in quotes of
# phrases set apart (``“同心共建 情聚高新”``).
_STRAY_SPACE_RE = re.compile(
    rf"(《[^《》]*》|[(（][^()（）]*[)）]|“[\u4e00-\u9fff]{{2,8}}(?: [\u4e00-\u9fff]{{2,8}})+”)|(?<=[{_CJK}])[ ]+(?=[{_CJK}])|(?<=[,;:])[ ]+(?=[{_CJK}])|(?<=\d[.．])[ ]+(?=\d)"
)


def close_stray_spaces(text: str) -> str:
    """Body text without the spaces OCR put inside words and numbers (Latin words keep theirs)."""
    if " " not in text:
        return text
    return _STRAY_SPACE_RE.sub(_keep_titles, text)


def _keep_titles(m: re.Match) -> str:
    return m.group(1) or ""


# Words a headline never breaks between two phrases: a space OCR put inside one
# (``潍坊高新 区``) is stray.
_HEADING_WORDS = ("高新区", "经开区", "开发区", "高新技术", "产业园", "科技园", "示范区", "自贸区", "新区")
_HAN_RE = re.compile("[\u3400-\u9fff]")
# A lone Chinese character at a piece's end or start (``：一`` / ``盖``).
_LONE_END_RE = re.compile("(?:^|[^\u3400-\u9fff])[\u3400-\u9fff]$")
_LONE_START_RE = re.compile("[\u3400-\u9fff](?:$|[^\u3400-\u9fff])")


def close_heading_spaces(text: str) -> str:
    """A headline without the spaces OCR put inside a word: next to a lone character
    (``潍 坊高新区``) or inside a park's name (``潍坊高新 区``). A space between two
    phrases (``以改革促优化 开启项目建设``) stays."""
    if " " not in text:
        return text
    pieces = [p for p in text.split(" ") if p]
    out, last = pieces[0], pieces[0]
    for p in pieces[1:]:
        if _stray(last, p):
            out, last = out + p, last + p
        else:
            out, last = f"{out} {p}", p
    return out


def _stray(left: str, right: str) -> bool:
    if not (_HAN_RE.match(left[-1]) and _HAN_RE.match(right[0])):
        return False
    if _LONE_END_RE.search(left):
        # a number's unit ending a phrase, another phrase after it: 签约项目126个 总投资1035亿元
        # (a short piece after it is the rest of a word: 出台26条 新政)
        return not (len(left) >= 2 and left[-2].isdigit() and len(right) >= 4)
    if _LONE_START_RE.match(right):
        return True
    return any(left.endswith(w[:k]) and right.startswith(w[k:]) for w in _HEADING_WORDS for k in range(1, len(w)))


# An agency's end mark: ``（完）``, ``(完)``, ``完`` after the last sentence.
_END_MARK_RE = re.compile(r"[ ]*([(（]完[)）]|(?<=[。！？!?…”’」』])完)$")


def split_end_mark(text: str) -> tuple[str, str]:
    """``…发展。（完）`` -> (``…发展。``, ``（完）``); (text, "") without one."""
    if not text or text[-1] not in "完)）":
        return text, ""
    m = _END_MARK_RE.search(text)
    if not m:
        return text, ""
    return text[: m.start()], m.group(1)

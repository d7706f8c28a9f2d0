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
BYLINE_MARKERS = "▶◎►●■"
# Marks the layout adds and the parser drops (a ``#`` heading, a byline's marker).
LAYOUT_MARKS = "#" + BYLINE_MARKERS


def normalise(text: str) -> str:
    """Unify line endings and odd whitespace; keep every visible character."""
    if not text:
        return ""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\u3000", " ").replace("\xa0", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return text


# Everything outside the East Asian Wide and Fullwidth ranges (what a printed column
# measures in), less the ASCII stand-ins OCR gives for the full-width punctuation a
# Chinese column sets in a full cell (``,`` for ``，``). Matching the narrow characters
# is cheaper: Chinese text has few of them.
_NARROW_RE = re.compile(
    "[^\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
    ",:;!?()]"
)


def display_width(s: str) -> int:
    """Width in half-width cells: CJK characters and full-width punctuation (whether OCR
    gave it as ``，`` or ``,``) count 2; Latin letters, digits and spaces 1."""
    return 2 * len(s) - len(_NARROW_RE.findall(s))


# Punctuation a column fragment may consist of (a mark hung on the next line).
_FRAGMENT_MARKS = set(SENTENCE_END + CLOSERS + "，、；：,;:（(“‘「『《【—")


def is_speck(s: str) -> bool:
    """A stripped line of one to three marks that are no letter, digit, Chinese character
    or punctuation a sentence uses (``|``, ``•``, ``-``): dirt OCR read at a page's edge or
    between columns, not text."""
    return 0 < len(s) <= 3 and not any(ch.isalnum() or ch in _FRAGMENT_MARKS for ch in s)


def ends_sentence(s: str) -> bool:
    """The line ends with sentence punctuation, possibly followed by closing quotes/brackets."""
    t = s.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in SENTENCE_END


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


def join_fragments(a: str, b: str) -> str:
    """Join two pieces of one paragraph cut by the layout (Chinese needs no space)."""
    if not a:
        return b
    if not b:
        return a
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b

"""A page printed in two languages, item by item (a bilingual paper's briefs)::

    合肥高新区量子产业园开园
    Hefei high-tech zone opens quantum industry park
    The Hefei High-tech Zone in Anhui province opened a quantum industry park on Monday, …
    安徽合肥高新区量子产业园15日开园，首批18家企业入驻。（记者　王　晓）

A line in one script after a line in the other that ends a sentence is another language: it
never goes on with the paragraph above it (``switches_script``, ``ends_in_either``); nor is a
headline's line joined to one in the other script. So the English and Chinese paragraphs
stay two and the English headline is not joined to the Chinese one. A headline
in Latin letters set under a short Chinese headline is its translation: the subtitle
(``mark_translated_titles``; the Chinese headline stays the headline, ``translated_title``).
A column's label printed with its translation (``高新区快讯　Hi-tech Zone Briefs``) is read by
its Chinese part (``bilingual_label``).
"""

import re
from functools import lru_cache

from .lines import CLOSERS, ends_sentence

_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
# What may end a headline in Latin letters (not a sentence's full stop).
_SENTENCE_END = ".!?。！？；;:："
# How long a translated headline may be, in characters and in words.
_TITLE_MAX, _TITLE_WORDS = 110, 18
# How long the Chinese headline over it may be.
_HEADLINE_MAX = 30
# A column's label, then its translation in Latin letters: 高新区快讯　Hi-tech Zone Briefs.
_LABEL_RE = re.compile(r"^([\u4e00-\u9fff·]{2,10})[\s\u3000]+([A-Za-z][A-Za-z'’&\-]*(?:\s+[A-Za-z'’&\-]+){0,5})$")


@lru_cache(maxsize=4096)
def script(text: str) -> str:
    """``"latin"`` when the line is written in Latin letters (a Chinese character or two
    at most), ``"han"`` when in Chinese (a few Latin letters at most: IPO, 5G), else ``""``."""
    han, latin = len(_HAN_RE.findall(text)), len(_LATIN_RE.findall(text))
    if latin >= 8 and han * 10 <= latin:
        return "latin"
    if han >= 2 and latin * 3 <= han:
        return "han"
    return ""


def switches_script(text: str, nxt: str) -> bool:
    """Is ``nxt`` in the other script than ``text`` (each of them written in one)?"""
    if not (_LATIN_RE.search(text) or _LATIN_RE.search(nxt)):
        return False  # (one of them would be in Latin letters)
    a, b = script(text), script(nxt)
    return bool(a and b and a != b)


def ends_in_either(text: str) -> bool:
    """Does the line end a sentence, in Chinese or in English (``…on Monday.``)? A line in
    the other script after one that does not is a name or a term inside the sentence
    (``…与`` / ``Intel Corporation`` / ``签约…`` in a narrow column), not the other language."""
    return ends_sentence(text) or text.rstrip().rstrip(CLOSERS)[-1:] in ".!?"


def latin_title(text: str) -> bool:
    """A headline in Latin letters: no sentence's end, short, written in Latin letters."""
    t = text.strip()
    return (
        script(t) == "latin"
        and len(t) <= _TITLE_MAX
        and len(t.split()) <= _TITLE_WORDS
        and t[-1:] not in _SENTENCE_END
        and "," not in t
    )


def translated_title(above: str, text: str) -> bool:
    """Is ``text`` the translation of the Chinese headline ``above``: a headline in Latin
    letters under a short line in Chinese that ends no sentence?"""
    a = above.strip()
    return (
        script(a) == "han" and len(a) <= _HEADLINE_MAX and a[-1:] not in _SENTENCE_END + "，,、" and latin_title(text)
    )


def mark_translated_titles(lines) -> None:
    """Mark as headline candidates the translated headlines (``translated_title``) under a
    Chinese headline candidate, with text in Latin letters under them (the item's English
    paragraph): each a line of its own, never the tail of a paragraph."""
    for i in range(1, len(lines) - 1):
        above, ln, nxt = lines[i - 1], lines[i], lines[i + 1]
        if (
            above.kind == "text"
            and above.cand
            and ln.kind == "text"
            and nxt.kind == "text"
            and ln.tight
            and script(nxt.text) == "latin"
            and translated_title(above.text, ln.text)
        ):
            ln.cand = True


def bilingual_label(text: str) -> str:
    """The Chinese part of a column's label printed with its translation
    (``高新区快讯　Hi-tech Zone Briefs`` -> ``高新区快讯``), else ``""``."""
    m = _LABEL_RE.match(text.strip())
    return m.group(1) if m else ""

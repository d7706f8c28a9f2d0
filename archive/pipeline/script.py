"""Traditional characters and OCR's variant forms: the parser reads a simplified copy of
the page and the articles keep the characters as printed.

``reading_copy`` converts a page with OpenCC t2s (the conversion the search uses) and
maps the variant forms OCR gives for a few characters (``髙`` for ``高``), character for
character, so that the copy has the length of the page: bylines (``本報訊``, ``記者``),
reporters' surnames and parks are recognised on the copy. ``restore`` gives a string the
parser built from the copy back its printed characters, by finding its pieces in the
copy and taking the same positions of the page. A page with no such character (nearly
every page) is parsed as it is: ``reading_copy`` returns None after one regex search.
"""

import functools
import re

# Variant forms OCR reads for common characters (Japanese/Korean glyphs), not in t2s.
_VARIANTS_FROM = "髙靑淸敎衞硏吿內尙戶"
_VARIANTS = str.maketrans(_VARIANTS_FROM, "高青清教卫研告内尚户")


# Traditional characters among the most frequent in news text: a page in traditional
# characters has some of them (区/國/為/個 alone are on every page), a simplified page none.
_TRADITIONAL_RE = re.compile(
    "[這們個來為說時國會後經發於與學對業區報記訊開關實現動進長間過還產從單體點題應機設場務資項營員處"
    "總條華萬億當邊讓將視舉東環歲電網際" + _VARIANTS_FROM + "]"
)


# ``copy=UNREAD``: the caller has not worked out ``reading_copy`` (the callee does).
UNREAD = object()


@functools.cache
def _t2s():
    # Loaded on the first traditional page: its dictionaries take ~0.1 s to load, which
    # an import of simplified pages need not pay.
    from opencc import OpenCC

    return OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters (one of the frequent ones
    simplified text never has): its ``lang`` is zh-Hant."""
    return _TRADITIONAL_RE.search(text) is not None


def text_lang(*texts: str) -> str:
    """``zh-Hant`` for texts printed in traditional characters (a page marks them so, for
    fonts and screen readers), else ``""``."""
    return "zh-Hant" if any(t and is_traditional(t) for t in texts) else ""


def reading_copy(text: str) -> str | None:
    """The page in simplified characters, as long as ``text``; None when nothing changes."""
    if not is_traditional(text):
        return None
    t2s = _t2s()
    converted = t2s.convert(text)
    if len(converted) != len(text):
        # A phrase conversion changed the length: convert character by character.
        converted = "".join(c2 if len(c2 := t2s.convert(c)) == 1 else c for c in text)
    return converted.translate(_VARIANTS)


class Restorer:
    """Gives strings built from ``copy`` the characters ``printed`` has at the same places."""

    def __init__(self, printed: str, copy: str):
        self.printed, self.copy = printed, copy

    def __call__(self, s: str) -> str:
        if not s:
            return s
        out, p = [], 0
        while p < len(s):
            # The longest piece of ``s`` from ``p`` found in the copy (a line or the part
            # of one that the parser used), by bisection: a piece found has every prefix.
            lo, hi = 1, len(s) - p
            at = self.copy.find(s[p])
            if at < 0:
                out.append(s[p])
                p += 1
                continue
            while lo < hi:
                mid = (lo + hi + 1) // 2
                found = self.copy.find(s[p : p + mid])
                if found >= 0:
                    lo, at = mid, found
                else:
                    hi = mid - 1
            out.append(self.printed[at : at + lo])
            p += lo
        return "".join(out)

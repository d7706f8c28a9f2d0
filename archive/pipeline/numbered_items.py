"""Items numbered as one series, each a title over its own text (a bulletin's 工作动态:
``一、…`` / its text / ``二、…`` / its text …).

A heading numbered as the next of the series the current article's headline opens is the
next item's headline, whatever its text begins with: it stands at the headline's level, not
under it (a subhead of the story would be numbered under an unnumbered headline). Where two
or more articles of the page are headlined so, the numbers are the bulletin's order, not
words of the headlines: each is taken off (kept as the page's typography, nothing lost).
"""

import re

from .draft import ArticleDraft
from .reflow import Item

_DIGITS = "一二三四五六七八九"
# 一、 … 十九、 (Chinese ordinals with 、) and （一） … （十九）; not 一、二季度 (two numbers listed).
_ORDINAL_RE = re.compile(
    r"^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])\s*(?![一二三四五六七八九十])"
)
_MIN_TITLE = 4  # characters of title after the number


def chinese_number(text: str) -> int | None:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23 (up to 99), else None."""
    if not text or any(ch not in _DIGITS + "十" for ch in text):
        return None
    if "十" not in text:
        return _DIGITS.index(text) + 1 if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(units) + 1 if units else 0)


def ordinal(text: str) -> tuple[str, int, str] | None:
    """The series number a heading opens with: (its form, its value, the number as printed),
    or None (``三、区科技局…`` -> ("、", 3, "三、"))."""
    m = _ORDINAL_RE.match(text)
    if m is None or len(text[m.end() :].strip()) < _MIN_TITLE:
        return None
    value = chinese_number(m.group(1) or m.group(2))
    if value is None:
        return None
    return ("、" if m.group(1) else "（）", value, m.group(0))


def note_number(art: ArticleDraft, heads: list[Item]) -> None:
    """Remember the number ``art``'s headline opens with (and the line it is printed on)."""
    found = ordinal(art.article.headline)
    if found is not None:
        line = next((c.lines[0] for c in heads if c.lines and c.text.startswith(found[2].strip())), 0)
        art.number = (*found, line)


def next_item(cluster: list[Item], cur: ArticleDraft) -> bool:
    """A single heading numbered as the next after ``cur``'s numbered headline."""
    if cur.number is None or len(cluster) != 1 or cluster[0].kind != "cand":
        return False
    found = ordinal(cluster[0].text)
    return found is not None and found[0] == cur.number[0] and found[1] == cur.number[1] + 1


def drop_item_numbers(arts: list[ArticleDraft]) -> None:
    """Take the series' numbers off the headlines of two or more numbered items."""
    for form in {a.number[0] for a in arts if a.number is not None}:
        items = [a for a in arts if a.number is not None and a.number[0] == form]
        if len({a.number[1] for a in items}) < 2:
            continue
        for a in items:
            _, _, printed, line = a.number
            a.article.headline = a.article.headline[len(printed) :].lstrip()
            a.furniture.append({"line": line, "kind": "markup", "text": printed.strip()})

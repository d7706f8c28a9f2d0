"""A caption set narrower than the column on a narrow page (``captions.mark_captions``): a
short line ending a sentence between a full line of running text that stops mid-word and the
line that finishes the word (``…一家电力装备企`` / ``许昌高新区电力装备产业园。`` / ``业通过…``).
Nothing on the caption says so but its form, a place's name first and no clause (a
caption's noun phrase); the page's own words say the rest: the word the two column lines make
at the cut (``企业``) is used elsewhere on the page, the one the short line would make with the
line above (``企许``) never is. (A paragraph's short last line finishes the word of the line
above it: ``…相关企`` / ``业80余家。``.)"""

import re

from .classify import Line, bodyish, core_width

# How often the word made at the cut is used elsewhere on the page, at least.
_WORD_USES = 2
# A picture's caption of this kind names its place first, a noun phrase with no clause in it
# (许昌高新区电力装备产业园。, 园区一角。 has no place and is left): a paragraph's last line
# (超300亿元。, 加快转型升级。, 广州汇聚扎根、…) goes on with the sentence above it.
_PLACE_FIRST_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:高新区|经开区|开发区|园区|新区|产业园|科技城)")
_CLAUSE_RE = re.compile(r"[，,、；;：:]")


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def in_a_cut_word(lines: list[Line], i: int, page_text: str) -> bool:
    """Is ``lines[i]`` (running text ending a sentence, under an open line) a caption set in
    the middle of a word the column cut?"""
    cap, above, below = lines[i], lines[i - 1], lines[i + 1]
    if not _PLACE_FIRST_RE.match(cap.text) or _CLAUSE_RE.search(cap.text):
        return False
    width = cap.width
    if not width or below.kind != "text" or below.indent or not (above.text and below.text and cap.text):
        return False
    if core_width(cap) > width - 4 or not bodyish(above) or not width - 2 <= core_width(above) <= width + 2:
        return False
    last, first = above.text[-1], below.text[0]
    if not (_han(last) and _han(first)) or core_width(below) > width + 2:
        return False
    return page_text.count(last + first) >= _WORD_USES and page_text.count(last + cap.text[0]) == 0

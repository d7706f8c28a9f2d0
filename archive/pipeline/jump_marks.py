"""Jump marks: a story that stops with ``（下转第6版）`` goes on on page 6, under
``（上接第5版）``. ``furniture_marks.page_marks`` cuts them out of the lines wherever they stand."""

import re

from archive.pagelabels import CN_DIGIT, PageLabel, cn_small_number, fold

_PAGE_REF = rf"(?:第\s*)?(?P<page>[A-Z]?\s*(?:\d{{1,3}}|[{CN_DIGIT}十]{{1,3}}))\s*版"
JUMP_OUT = re.compile(rf"[(（]?\s*(?:[下紧]\s*)?转\s*{_PAGE_REF}\s*[)）]?")  # 下转, 紧转 (another paper's)
# (a bullet may stand before it: ■上接A01版)
_BULLET = "■□◆●▲►▶"
JUMP_IN = re.compile(rf"(?:[{_BULLET}]\s*)?[(（]?\s*(?:[上紧]\s*)?接\s*{_PAGE_REF}\s*[)）]?")


def _jump_page(match):
    raw = re.sub(r"\s+", "", match.group("page"))
    section = raw[0] if raw[0].isalpha() and raw[0].isascii() else ""
    number = cn_small_number(raw[len(section) :])
    return PageLabel(section, number) if number else None


def jump_out(line):
    """``(PageLabel, (start, end))`` when ``line`` ends with a jump to another page
    (下转第6版, 转第6版, (下转6版)), the span in ``line``; else None."""
    folded = fold(line.rstrip())
    for match in JUMP_OUT.finditer(folded):
        if match.end() == len(folded) and (match.group(0).startswith(("(", "（", "下", "紧")) or match.start() == 0):
            page = _jump_page(match)
            return (page, match.span()) if page else None
    return None


def jump_in(line):
    """``(PageLabel, (start, end))`` when ``line`` opens with a continuation mark
    (上接第5版, 接第5版, (上接5版), ■上接A01版); else None."""
    folded = fold(line)
    stripped = len(folded) - len(folded.lstrip())
    match = JUMP_IN.match(folded, stripped)
    if not match:
        return None
    text = match.group(0).lstrip().lstrip(_BULLET).lstrip()
    if not (text.startswith(("(", "（", "上", "紧")) or match.end() == len(folded.rstrip())):
        return None
    page = _jump_page(match)
    return (page, match.span()) if page else None

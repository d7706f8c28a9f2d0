"""A chart's caption on a line of its own: its title after ``图表：`` (or bare), then its data
source and who drew it, set apart by white space (科技日报: ``图表：2021—2025年…数量（单位：家）
数据来源：…管委会　　制图：李　想``). Before, such a line between two paragraphs read as
running text and was glued to the front of the paragraph after it.

A line is the chart's caption when it opens with ``图表：`` or ends with ``制图：X`` set apart
after white space (a name of two to four characters, padding kept); a sentence that mentions
a chart goes on after the colon and is no caption."""

import re

# (``图表``: a chart's caption opens so; ``图表显示，…`` is a sentence about it, with no colon)
_CHART_TITLE_RE = re.compile(r"^图表\s*[：:]\s*\S")
# ``…　　制图：李　想`` / ``…　制图　周宁``: the one who drew it, after white space, ending the line.
_DRAWN_BY_RE = re.compile(r"\s制图\s*[：:]?\s*[\u4e00-\u9fff·]{1,4}(?:\u3000[\u4e00-\u9fff]{1,2})?$")
# A chart's caption is a title and a credit or two: longer is a paragraph.
_CHART_CAPTION_MAX = 120


def is_chart_caption(s: str) -> bool:
    """Is the stripped line ``s`` a chart's caption (its title, source and who drew it)?"""
    if len(s) > _CHART_CAPTION_MAX or "图" not in s:
        return False
    return bool(_CHART_TITLE_RE.match(s) or _DRAWN_BY_RE.search(s))

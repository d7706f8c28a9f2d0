"""Two of a headline stack's forms that tell its parts apart without a dash (``headings``).

A deck (副题) set under its headline with no dash, as a securities paper prints it::

    长春高新区医药企业扎堆创新药研发
    今年已有9个一类新药获批临床
    本报记者　郑　妍

Two lines set tight are most often one headline broken over them (``北京经开区129个项目签约落地``
/ ``总投资额近4000亿元``), which ``headings`` joins. One form is told apart: a first line that
is a clause of its own (twelve characters or more) opening with its park's name, over a line
no longer that opens with a time (``今年``, ``前5月``, ``截至5月底``) and gives a figure: a
second statement, the subtitle. (A headline's second line goes on with the first one's
subject: a figure or a verb, not a new time.)

A headline of two phrases of one length side by side (``parallel_phrases``: 一条产业链　带起一片园)
under a kicker of one clause, as 人民日报 sets them.
"""

import re

from .candidates import two_phrases

# A time opening a statement of its own: 今年, 去年, 前5月, 上半年, 一季度, 截至5月底, 2025年.
_TIME_OPENING = re.compile(
    r"^(?:今年|去年|前[\d一二三四五六七八九十]{1,2}(?:个)?月|上半年|下半年|[一二三四]季度|截至|截止|(?:19|20)\d{2}年)"
)
_FIGURE = re.compile(r"[\d一二三四五六七八九十百千万亿]+(?:个|家|项|亿|万|%|倍|款|名|户|件)")


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# How long the headline over a deck is: a statement of its own, its subject and what it does (a
# subject alone, 宝鸡高新区钛产业产值 / 上半年增长17%, is a headline broken over two lines).
_HEADLINE_MIN = 12


def time_deck(first: str, second: str) -> bool:
    """Is ``second`` a deck under the headline ``first`` (above)? The caller checks that
    ``first`` opens with a park's name and is a clause of its own."""
    return (
        len(_HAN_RE.findall(first)) >= _HEADLINE_MIN
        and len(second) <= len(first)
        and bool(_TIME_OPENING.match(second))
        and bool(_FIGURE.search(second))
        and not re.search(r"[：:，,]", first + second)
        and not _TIME_OPENING.match(first)
    )


def parallel_phrases(text: str) -> bool:
    """Two phrases of (nearly) one length side by side, as a headline is set in the largest
    type (一条产业链　带起一片园); not what a narrow column's width leaves of a headline broken
    anywhere (品牌 这里破解了“赢商”密码)."""
    parts = text.split()
    if len(parts) != 2 or not two_phrases(text):
        return False
    a, b = (len(_HAN_RE.findall(p)) for p in parts)
    return min(a, b) >= _PARALLEL_MIN and abs(a - b) <= _PARALLEL_SLACK


_PARALLEL_MIN, _PARALLEL_SLACK = 3, 2

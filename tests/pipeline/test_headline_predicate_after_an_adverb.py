"""A headline printed in place over two lines of a narrow column (a blank line after every
line) over a ``▶`` byline, its one clause broken by the width: the first line a park's name
and nouns with no verb, the second the rest of the subject and a predicate told by its
adverb (``持续``, ``不断``, ``稳步``: ``本地配套体系稳步成形``) whatever verb follows. The adverb marks the
predicate as a verb of the headline list would: the two lines are one headline, joined with
nothing, not a headline and its subtitle."""

import pytest

from archive.pipeline.parse import parse_page

BODY = [
    "▶ 本报记者 何嘉",
    "园区依托龙头企业推动产业链向上下游延伸，",
    "今年以来新引进配套项目十余个，总投资超过",
    "六十亿元，本地配套率提高到五成以上。",
    "园区将继续围绕主导产业精准招商，推动产业",
    "集群向高端化、智能化方向发展。",
]


def _page(*heads: str) -> str:
    return "\n\n".join([*heads, *BODY]) + "\n"


@pytest.mark.parametrize(
    "first,second",
    [
        ("泉州高新区智能装备制造", "本地配套体系稳步成形"),
        ("贵阳高新区大数据产业", "企业集群规模不断扩张"),
        ("绵阳高新区电子信息产业", "产品出口订单持续回暖"),
    ],
)
def test_a_predicate_told_by_its_adverb_joins_the_line_above(gazetteer, first, second):
    (a,) = parse_page(_page(first, second), gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", first + second, "")
    assert [c.name for c in a.credits] == ["何嘉"]


def test_a_first_line_that_is_a_whole_clause_keeps_its_subtitle(gazetteer):
    (a,) = parse_page(_page("泉州高新区引进装备项目12个", "本地配套体系稳步成形"), gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == ("泉州高新区引进装备项目12个", "本地配套体系稳步成形")

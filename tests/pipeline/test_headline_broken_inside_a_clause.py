"""A headline printed in place over two lines of a narrow column (a blank line after every
line), its one clause broken by the width: the first line is no whole clause (a park's name and
nouns, no verb; or a causative and its object, ``莫让“科研成果”``) and the second carries the
predicate (a verb, or a term in quotation marks) with no subtitle's dash. The two lines are one
headline, joined with nothing, not a headline and its subtitle, a headline and a column's label
or a kicker over a headline (``head_clauses.broken_by_width``). A first line that is a whole clause
with its verb keeps the line under it as its subtitle (fixture 004's convention), and a line
that opens with a park's name is a headline of its own."""

import pytest

from archive.pipeline.parse import parse_page

BODY = [
    "本报讯（记者 龚雪）近日，记者从园区获悉，",
    "今年以来园区围绕主导产业持续开展招商，",
    "新引进项目二十余个，总投资超过百亿元，",
    "上下游配套企业不断集聚，产业生态日益完善。",
    "园区将继续优化营商环境，推动产业集群向",
    "高端化、智能化、绿色化方向加快发展。",
]


def _page(*heads: str) -> str:
    return "\n\n".join([*heads, *BODY]) + "\n"


@pytest.mark.parametrize(
    "first,second",
    [
        ("西安高新区硬科技企业", "营收增长三成"),  # (a column's label before)
        ("常州高新区光伏组件", "出口再创新高"),
        ("昆山高新区半导体", "材料产能翻番"),
        ("洛阳高新区机器人产业", "链“延链补链”"),  # (a subtitle before; the break inside 产业链)
        ("宁波高新区新材料产业", "迈向“万亿级”"),
        ("莫让“科研成果”", "锁在抽屉里"),  # (a kicker before)
    ],
)
def test_a_clause_broken_by_the_width_is_one_headline(gazetteer, first, second):
    (a,) = parse_page(_page(first, second), gazetteer=gazetteer).articles
    assert a.headline == first + second
    assert (a.kicker, a.subtitle, a.column) == ("", "", "")


def test_a_first_line_that_is_a_whole_clause_keeps_its_subtitle(gazetteer):
    (a,) = parse_page(
        _page("南京高新区在全球招商大会上签约86亿元", "软件产业新高地加速崛起"), gazetteer=gazetteer
    ).articles
    assert (a.headline, a.subtitle) == ("南京高新区在全球招商大会上签约86亿元", "软件产业新高地加速崛起")


def test_a_dashed_line_stays_the_subtitle(gazetteer):
    (a,) = parse_page(_page("常州高新区光伏组件", "——出口再创新高"), gazetteer=gazetteer).articles
    assert a.headline == "常州高新区光伏组件"
    assert a.subtitle.endswith("出口再创新高")


def test_a_line_that_opens_with_a_park_is_not_joined_to_the_line_above(gazetteer):
    (a,) = parse_page(_page("光伏产业的十年答卷", "常州高新区组件出口再创新高"), gazetteer=gazetteer).articles
    assert a.headline == "常州高新区组件出口再创新高"
    assert a.kicker == "光伏产业的十年答卷"


def test_a_broken_clause_over_an_unnamed_commentators_line_is_one_headline(gazetteer):
    a = parse_page(_page("莫让“科研成果”", "锁在抽屉里", "□ 本报评论员"), gazetteer=gazetteer).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == ("", "莫让“科研成果”锁在抽屉里", "")

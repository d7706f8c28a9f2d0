"""A headline set over two lines of a narrow column whose second line opens with a quotation
mark (``郑州高新区新增一批`` / ``“郑字号”创新产品``): the line goes on with the first, one headline
joined with nothing, when the first line is no whole clause (a park's name with no verb of its
own, or an open end such as a number and its measure word, ``一批``) or the second is no deck
(a quoted term and the noun it qualifies, ``“科创十条”实施细则``). A clause of its own under a
whole clause stays the subtitle. And a short line under a headline with no byline below it is
no column's name: the column's name stands between the headline and its byline (fixture 003);
a few nouns with no verb there (``营商环境评价结果``) end the headline's clause, no deck."""

import pytest

from archive.pipeline.parse import parse_page

BODY = [
    "本报讯 近日，记者从园区获悉，今年以来园区",
    "围绕主导产业持续开展招商，新引进项目二十",
    "余个，总投资超过百亿元，上下游配套企业不",
    "断集聚，产业生态日益完善。（龚雪）",
]
ABOVE = ["眉山高新区锂电项目投产", "本报讯 近日，眉山高新区一个年产五万吨锂电", "材料项目正式投产。（蒲阳）"]


def _page(*heads: str) -> str:
    return "\n\n".join([*ABOVE, *heads, *BODY]) + "\n"


@pytest.mark.parametrize(
    "first,second",
    [
        ("郑州高新区新增一批", "“郑字号”创新产品"),  # no verb, an open number and its measure word
        ("南宁高新区正式发布", "“科创十条”细则"),  # a quoted term and its noun: no deck
        ("洛阳高新区评出首批", "“金牌服务”企业"),
    ],
)
def test_a_quoted_line_under_an_open_first_line_goes_on_with_it(gazetteer, first, second):
    a = parse_page(_page(first, second), gazetteer=gazetteer).articles[-1]
    assert (a.headline, a.subtitle, a.column) == (first + second, "", "")


def test_a_quoted_clause_under_a_whole_clause_is_the_subtitle(gazetteer):
    a = parse_page(_page("南宁高新区发布科技新政", "“科创十条”激发企业活力"), gazetteer=gazetteer).articles[-1]
    assert (a.headline, a.subtitle) == ("南宁高新区发布科技新政", "“科创十条”激发企业活力")


@pytest.mark.parametrize("first", ["贵阳高新区公布园区", "贵阳高新区发布年度"])
def test_a_short_line_of_nouns_under_a_headline_with_no_byline_is_its_end(gazetteer, first):
    a = parse_page(_page(first, "营商环境评价结果"), gazetteer=gazetteer).articles[-1]
    assert (a.headline, a.subtitle, a.column) == (first + "营商环境评价结果", "", "")

"""A headline broken over two lines in a narrow column (a blank line after every line): a
second line that opens with the predicate (a verb, or an adverb before one: ``持续扩容``,
``迈出“加速度”``) or that is the object of a verb ending the first line (``株洲高新区获评`` /
``国家级绿色工业园区``) goes on with the first line; it is neither a subtitle nor a column.
Quotation marks around a term (``“千亿级”``) are no sentence punctuation
(``headings._goes_on``)."""

import pytest

from archive.pipeline.parse import parse_page

BODY = [
    "本报讯（记者 彭慧）近日，园区相关负责人",
    "介绍，今年以来园区主导产业保持较快增长，",
    "一季度实现产值同比增长两成以上，新引进",
    "项目十余个，产业链上下游配套不断完善。",
    "园区将继续加大招商引资力度，推动产业",
    "集群向高端化、智能化、绿色化方向发展。",
]


@pytest.mark.parametrize(
    "first,second",
    [
        ("绵阳高新区：电子信息“朋友圈”", "持续扩容"),
        ("湘潭高新区储能装备产业", "迈出“加速度”"),
        ("衡阳高新区新材料产业集群", "加快向“千亿级”迈进"),
        ("株洲高新区获评", "国家级绿色工业园区"),
    ],
)
def test_a_headlines_second_line_with_its_predicate_goes_on(gazetteer, first, second):
    lines = [first, second] + BODY
    page = parse_page("\n\n".join(lines) + "\n", gazetteer=gazetteer)
    (a,) = page.articles
    assert a.headline.replace(" ", "") == first + second
    assert a.subtitle == "" and a.column == "" and a.kicker == ""

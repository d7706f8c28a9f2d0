"""A narrow column may break a run-in dateline inside its bracketed credits, even inside a
role word (``…讯（全媒体`` / ``记者 X 通讯员 Y）记者从…``). The line that closes the bracket
goes on with the dateline's paragraph: it opens no paragraph of its own, the dateline is
taken off whole and every name in the bracket is a reporter."""

import pytest

from archive.pipeline.parse import parse_page

PAGE = """株洲高新区电子元器件企业扩产

{first}

{second}动力谷了解到，今年前5个月，该区

电子元器件产业产值同比增长 21.5%，新增

规上企业 6 家。

区内一家电容器企业新建的自动化车间日

前投产，产能提高四成。
"""


@pytest.mark.parametrize(
    "first,second",
    [
        ("株洲日报掌上株洲 5 月 30 日讯（全媒体", "记者　严　冬　通讯员　齐海鹰）记者从"),
        ("株洲日报掌上株洲5月30日讯（全媒体", "记者　严冬　通讯员　齐海鹰）记者从"),
        ("本报讯（融媒体", "记者　严冬　通讯员　齐海鹰）记者从"),
    ],
)
def test_credits_broken_inside_a_role_word_stay_in_the_dateline(gazetteer, first, second):
    (a,) = parse_page(PAGE.format(first=first, second=second), gazetteer=gazetteer).articles
    assert sorted(c.name for c in a.credits) == ["严冬", "齐海鹰"]
    assert a.paragraphs[0].startswith("记者从动力谷了解到")

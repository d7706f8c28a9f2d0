"""A magazine, a station or an agency names itself before its reporter's role as a paper
does with 本报 (``本刊记者``, ``本台记者``, ``本社记者``): the word is the publication, no
one's name, so ``文/本刊记者 王芳`` credits 王芳 alone (before, 本刊 was credited as an
author beside her)."""

import pytest

from archive.pipeline.bylines import parse_credits
from archive.pipeline.parse import parse_page


@pytest.mark.parametrize(
    "line, credits",
    [
        ("文/本刊记者 王芳", [("王芳", "staff")]),
        ("本刊记者 王芳 通讯员 赵磊", [("王芳", "staff"), ("赵磊", "correspondent")]),
        ("本刊特约记者 周杰", [("周杰", "special")]),
        ("本台记者 李明", [("李明", "staff")]),
        ("本社记者 孙宁", [("孙宁", "staff")]),
    ],
)
def test_the_publication_before_the_role_is_no_name(line, credits):
    assert [(c.name, c.role) for c in parse_credits(line)] == credits


PAGE = """武汉东湖高新区：光谷的“链”式突围
——光电子信息产业集群发展调查

文/本刊记者　王　芳

　　走进武汉东湖高新区，光纤光缆、光电器件、激光设备企业沿着产业链一字排开。
　　园区负责人介绍，全区光电子信息产业规模已突破5000亿元。
"""


def test_a_magazines_byline_credits_its_reporter_alone(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert [c.name for c in art.credits] == ["王芳"]

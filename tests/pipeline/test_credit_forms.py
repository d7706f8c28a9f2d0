"""Credit forms of other papers: a role set letter-spaced, a zone's press office signing as
通讯员 (苏高新宣, 园宣), the writer named in an op-ed's closing note."""

import pytest

from archive.pipeline import names
from archive.pipeline.parse import parse_page

BODY = """　　走进苏州高新区太湖光子科技园，一家家光子企业的厂房里，激光器、光学镜头等产品正在下线。
　　苏州高新区相关负责人表示，将加快建设光子集成创新中心。
"""


def roles(a):
    return [(c.name, c.role) for c in a.credits]


def test_a_role_set_letter_spaced_under_a_byline_credits_its_person():
    page = parse_page("苏州高新区光子产业集群加速成势\n◎本报记者 李明\n通 讯 员 王 芳\n" + BODY)
    (a,) = page.articles
    assert roles(a) == [("李明", "staff"), ("王芳", "correspondent")]
    assert a.column == ""


@pytest.mark.parametrize(
    "line, credits",
    [
        ("本报记者　李　明　通讯员　苏高新宣", [("李明", "staff"), ("苏高新宣", "correspondent")]),
        ("本报记者 李明 通讯员 园宣", [("李明", "staff"), ("园宣", "correspondent")]),
        ("记者 李明 通讯员 光宣", [("李明", "staff"), ("光宣", "correspondent")]),
    ],
    ids=["city-zone-desk", "park-desk", "valley-desk"],
)
def test_a_zone_press_offices_pen_name_is_credited_as_a_correspondent(line, credits):
    (a,) = parse_page("苏州高新区光子产业集群加速成势\n" + line + "\n" + BODY).articles
    assert a.headline == "苏州高新区光子产业集群加速成势"
    assert roles(a) == credits


@pytest.mark.parametrize("name, desk", [("苏高新宣", True), ("孝高宣", True), ("经开宣", True), ("苏州高新", False)])
def test_a_pen_name_has_a_press_offices_form(name, desk):
    assert names.is_desk_name(name) is desk


OP_ED = """高新区建设要把握好三个关系
　　高新区是科技创新和产业创新深度融合的重要平台，需要把握好三个关系。
　　既要发挥好政府的作用，又要让企业成为创新主体。
{note}
"""


def test_an_op_eds_closing_note_naming_its_writer_credits_the_writer():
    (a,) = parse_page(OP_ED.format(note="（作者：王晓红，系中国国际经济交流中心研究员）")).articles
    assert roles(a) == [("王晓红", "author")]


def test_an_op_eds_closing_note_without_a_name_credits_no_one():
    (a,) = parse_page(OP_ED.format(note="（作者系中国国际经济交流中心研究员）")).articles
    assert roles(a) == []

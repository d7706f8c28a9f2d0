"""Figures as national reports and 招商 news write them (a held-out probe of 25 articles):
points listed with the unit cut short (``10个和10.6个百分点``), patents per head or per money
spent, a threshold between two bounds, projects counted by their size, a yearly output in
square metres or ampere-hours, and the money words 营业额 and 合同金额."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text):
    return [(f.text, f.unit, f.metric, f.metric_class) for f in extract_figures(text)]


def test_points_listed_with_the_first_unit_cut_short_share_the_last():
    text = "高新区的专利申请和专利授权增长均高于全国水平，分别比全国高出10个和10.6个百分点。"
    assert [(t, u) for t, u, _m, _c in figures(text)] == [("10", "个百分点"), ("10.6个百分点", "个百分点")]


@pytest.mark.parametrize(
    "text",
    [
        "2012年高新区每万名R&D人员授权发明专利为322.1件。",
        "每1万从业人员拥有有效发明专利388件。",
        "高新区亿元研发投入的发明专利产出数量为15.5件。",
    ],
)
def test_patents_per_head_or_per_money_spent_are_no_total(text):
    assert [c for *_, c in figures(text)] == ["其他"]


def test_a_threshold_between_two_bounds_names_a_class_of_projects():
    text = "该区今年新引进总投资10亿元以上项目达39个，总投资5亿元以上10亿元以下项目26个。"
    assert [t for t, *_ in figures(text)] == ["39个", "26个"]


def test_thresholds_listed_far_apart_name_one_class():
    text = (
        "东部地区国家级经开区主营业务收入30亿元以上、中西部地区国家级经开区主营业务收入15亿元以上制造业企业共1682家。"
    )
    assert [t for t, *_ in figures(text)] == ["1682家"]


def test_projects_counted_before_their_size_are_projects():
    text = "乐山高新区投资1亿元的驴妈妈智慧旅游云等11个总投资20亿元项目近期将正式落户。"
    assert ("11个", "个", "项目", "项目数") in figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("创实玻璃年产60万平方米钢化玻璃加工项目签约落户枞阳经开区。", "60万平方米"),
        ("三俊电池项目建成后可形成年产6亿安时电池产品能力，年产值可达40亿元。", "6亿安时"),
    ],
)
def test_a_yearly_output_is_a_capacity_whatever_its_unit(text, figure):
    assert next(c for t, _u, _m, c in figures(text) if t == figure) == "产能"


@pytest.mark.parametrize(
    "text, metric_class",
    [("住宿业完成营业额1.76亿元。", "营收"), ("16个招商项目正式签约落户枞阳经开区，合同总金额达47.36亿元。", "投资")],
)
def test_turnover_and_contract_amounts_have_their_class(text, metric_class):
    assert [c for t, u, _m, c in figures(text) if u == "亿元"] == [metric_class]

"""Grants and capacities as talent policies and environment reports write them: a grant paid
each month or per head after a list of who gets it (…博士、硕士每月分别发放津贴…元) is named by
the grant after 分别, not by the people; an amount per head before the grant it is given as
(按每人800元给予补贴) is a grant; a capacity named …能力 (日处理能力, 处置能力, 年储存能力) or a
yearly processing (年加工, 年处理) is a capacity."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


def test_a_grant_each_month_after_a_list_of_who_gets_it_is_a_grant():
    text = "对新引进的博士、硕士每月分别发放生活津贴2500元和1500元。"
    assert figures(text) == [("2500元", "资金"), ("1500元", "资金")]


def test_an_amount_per_head_before_the_grant_it_is_given_as_is_a_grant():
    assert ("800元", "资金") in figures("园区对吸纳就业的企业按每人800元给予补贴。")


def test_an_amount_per_head_with_no_grant_is_still_no_total():
    assert ("5万元", "资金") not in figures("园区人均工资5万元。")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("园区污水处理厂日处理能力达到8万吨。", "8万吨"),
        ("固体废物综合处置能力达到15万吨/年。", "15万吨"),
        ("冷链物流中心年储存能力达到6万吨。", "6万吨"),
        ("新建的饲料厂日加工玉米能力提升至500吨。", "500吨"),
        ("项目达产后年加工农产品3万吨。", "3万吨"),
        ("再生资源中心年处理废旧电池2万吨。", "2万吨"),
    ],
)
def test_a_capacity_named_by_its_ability_or_yearly_processing_is_a_capacity(text, figure):
    assert (figure, "产能") in figures(text)


def test_tonnes_with_no_capacity_word_are_still_no_capacity():
    assert ("1.6万吨", "其他") in figures("园区全年减少碳排放1.6万吨。")

"""Key figures and their parks as a sixth held-out test wrote them: cases and land parcels
counted (起, 宗), a range of amounts a deal was signed for, counts of institutions, counts
after the parks of a list, two 分别 lists in one sentence, capacities, people trained or
holding a degree, an industry's size, a grant's cap after the investment it is a share of;
parks: a place inside a company's name, a zone's own company, a city's total reported at a
meeting."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("全年共处理知识产权纠纷案件230起。", "230起"),
        ("园区全年供应工业用地23宗，面积1500亩。", "23宗"),
    ],
)
def test_cases_and_land_parcels_are_counted(text, figure):
    assert figure in [t for t, _c in figures(text)]


@pytest.mark.parametrize("text", ["自2024年1月1日起施行。", "项目3年起步，补贴10万元起。", "宗旨是服务企业。"])
def test_qi_and_zong_as_words_count_nothing(text):
    assert not [t for t, _c in figures(text) if t.endswith(("起", "宗"))]


def test_a_range_of_amounts_a_deal_was_signed_for_is_its_size():
    text = "两家企业分别签下20-30亿元的技改项目。"
    assert figures(text) == [("20-30亿元", "投资")]


def test_a_range_of_amounts_naming_a_class_of_projects_is_still_no_figure():
    assert [t for t, _c in figures("重点支持3~5亿元的技改项目，已有12个。")] == ["12个"]

"""Key figures of branch fig27: a count in Chinese numerals right after its noun (院士三名); the
compound units 人年 and 兆瓦时 kept whole (after a slash too); 约 after 折合 a qualifier, not part of
the metric; patents per head of population still patents; goods moved under a tax policy a value of
goods, not a tax."""

import pytest

from archive.pipeline.figures import extract_figures


def by_text(text, **kw):
    return {f.text: f for f in extract_figures(text, **kw)}


@pytest.mark.parametrize(
    "text, written",
    [
        ("研究院现有中国工程院院士三名、教授二十余名。", "三名"),
        ("实验室拥有两院院士两人，博士后四十余人。", "两人"),
        ("团队中有外籍专家七人。", "七人"),
    ],
)
def test_a_count_in_chinese_numerals_right_after_its_noun_is_a_figure(text, written):
    assert by_text(text)[written].metric_class == "人才"


@pytest.mark.parametrize(
    "text",
    [
        "园区重点抓好三个方面工作。",
        "园区与两家企业签约。",
        "会议提出五项举措。",
        "其中两家为外资企业。",
    ],
)
def test_list_counts_in_small_chinese_numerals_stay_out(text):
    assert not [t for t in by_text(text) if t[:1] in "一二两三四五六七八九"]


def test_person_years_are_one_unit():
    f = by_text("去年企业研发活动投入人员折合全时当量860人年。")["860人年"]
    assert (f.value, f.unit) == ("860", "人年")


def test_power_and_energy_of_a_storage_plant_joined_by_a_slash_are_two_figures():
    figs = by_text("该储能电站建设规模为100兆瓦/400兆瓦时。")
    assert list(figs) == ["100兆瓦", "400兆瓦时"]
    assert figs["400兆瓦时"].unit == "兆瓦时"


def test_about_after_a_conversion_word_qualifies_the_figure():
    f = by_text("全区人均可支配收入5.2万元，折合约7200美元。")["约7200美元"]
    assert f.approx == "approx"
    assert f.metric == "人均可支配收入"  # the amount before it, converted


@pytest.mark.parametrize(
    "text, written",
    [
        ("前三季度，区内企业享受保税维修免征增值税政策货值18.6亿元。", "18.6亿元"),
        ("享受“零关税”政策进口设备货值3.2亿元。", "3.2亿元"),
    ],
)
def test_goods_under_a_tax_policy_are_a_value_of_goods_not_a_tax(text, written):
    assert by_text(text)[written].metric_class in ("进出口", "其他")


def test_the_tax_relieved_under_the_policy_stays_a_tax():
    assert by_text("园区企业享受免征关税政策货值18.6亿元，减免税款约1.9亿元。")["约1.9亿元"].metric_class == "税收"


def test_the_value_a_change_starts_from_takes_the_year_and_the_current_value_not():
    figs = by_text("2024年，园区本地配套率由2020年的三成左右提高到约58%。")
    assert (figs["三成左右"].year, figs["约58%"].year) == (2020, 2024)
    assert figs["三成左右"].metric == figs["约58%"].metric == "本地配套率"


def test_a_change_from_a_current_value_with_no_year_of_its_own_is_undated():
    assert by_text("本地配套率由2021年的两成左右提高到约65%。")["约65%"].year is None


def test_what_a_figure_changed_by_in_a_clause_of_its_own_is_of_the_figure_before():
    figs = by_text("园区工业用地亩均税收达到42.5万元，较上年提高3.1万元。")
    assert (figs["3.1万元"].metric, figs["3.1万元"].metric_class) == ("亩均税收", "其他")


def test_a_change_with_a_term_of_its_own_keeps_it():
    assert by_text("园区税收达到12亿元，比上年增加1.5亿元，营业收入增加20亿元。")["20亿元"].metric == "营业收入"

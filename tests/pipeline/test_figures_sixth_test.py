"""Key figures and their parks as a sixth held-out test wrote them: cases and land parcels
counted (起, 宗), a range of amounts a deal was signed for, counts of institutions, counts
after the parks of a list, two 分别 lists in one sentence, capacities, people trained or
holding a degree, an industry's size, a grant's cap after the investment it is a share of;
parks: a place inside a company's name, a zone's own company, a city's total reported at a
meeting."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention


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


def test_counts_of_institutions_are_no_enterprises():
    text = "园区拥有省级企业技术中心12个，另有科研院所9家。"
    assert figures(text) == [("12个", "其他"), ("9家", "其他")]


def test_a_count_after_a_parks_name_shares_the_total_counted_before():
    text = "全市高新技术企业总数达到9000家，其中无锡工业园区1200家、无锡高新区900家。"
    assert [c for _t, c in figures(text)] == ["企业数", "企业数", "企业数"]


def test_parks_counted_after_parks_stay_parks():
    assert figures("全省共有各类园区52家，其中国家级园区6家。") == [("52家", "其他"), ("6家", "其他")]


def test_a_second_list_with_its_own_term_keeps_it():
    text = "甲区和乙区分别新增项目30个和40个，分别完成固定资产投资120亿元、150亿元。"
    assert [c for _t, c in figures(text)] == ["项目数", "项目数", "投资", "投资"]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("建成后将形成月产6万片12英寸及以上功率芯片的生产能力。", ("6万片", "产能")),
        ("预计新增年产能5000万支注射笔。", ("5000万支", "产能")),
    ],
)
def test_a_monthly_or_yearly_capacity_is_a_capacity(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("其中博士1200余人、硕士8000人。", ("8000人", "人才")),
        ("计划两年培养数控技术工人2000名。", ("2000名", "人才")),
    ],
)
def test_degree_holders_and_workers_are_people(text, figure):
    assert figure in figures(text)


def test_a_year_before_an_industrys_size_is_no_yearly_output():
    assert figures("2024年产业规模突破800亿元。") == [("突破800亿元", "产值")]


def test_a_grants_cap_is_the_grant_not_the_investment_it_is_a_share_of():
    text = "按照设备投资额的15%给予最高2000万元支持。"
    assert ("最高2000万元", "资金") in figures(text)


ZHENGZHOU = ParkMention(
    key=("郑州高新技术产业开发区", "national_hitech"), name="郑州高新技术产业开发区", count=3, primary=True
)


def parks_of(text, gazetteer):
    return [(f.text, f.park) for f in extract_figures(text, gazetteer=gazetteer, parks=[ZHENGZHOU])]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("签约项目中，郑州市宇通新能源科技有限公司投资30亿元扩建客车产线。", "30亿元"),
        ("郑州高新区签约项目12个；郑州市宇通新能源科技有限公司投资30亿元扩建客车产线。", "30亿元"),
    ],
)
def test_a_city_inside_a_companys_name_opens_no_citys_clause(gazetteer, text, figure):
    assert (figure, ZHENGZHOU.name) in parks_of(text, gazetteer)


def test_a_park_inside_a_companys_name_is_no_mention_of_the_park(gazetteer):
    text = "基金首期规模30亿元，由郑州经开区投资发展有限公司牵头发起。"
    assert parks_of(text, gazetteer) == [("30亿元", ZHENGZHOU.name)]


def test_a_total_of_the_whole_city_before_the_parks_named_is_no_parks(gazetteer):
    text = "会议通报，2023年全市高新技术企业总数达到9000家，其中郑州高新区1200家。"
    assert parks_of(text, gazetteer) == [("9000家", ""), ("1200家", ZHENGZHOU.name)]

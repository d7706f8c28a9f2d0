"""Key figures and their parks as a fifth held-out test wrote them. Parks: a paper's dateline
before a city's sentence, a county-level city a park is named after, a time run into 全省,
zones added up as a group, a city's clause before a park named later, a 新区's own
administering body, a city's bureau at work, a park named by a bare alias. Classes:
companies or places listed before 分别, a fund's size, terms inside a company's name, output
made, capital expenditure, a grant named after its amount or range, services counted in 次,
a salary threshold, the year a company settled since."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention

ZHENGZHOU = ParkMention(
    key=("郑州高新技术产业开发区", "national_hitech"), name="郑州高新技术产业开发区", count=3, primary=True
)
JIANGYIN = ParkMention(
    key=("江阴高新技术产业开发区", "national_hitech"), name="江阴高新技术产业开发区", count=3, primary=True
)


def parks_of(text, gazetteer, primary=ZHENGZHOU):
    return [(f.text, f.park) for f in extract_figures(text, gazetteer=gazetteer, parks=[primary])]


@pytest.mark.parametrize(
    "text",
    [
        "郑州日报讯 2023年，郑州市地区生产总值达到13617.8亿元，同比增长7.4%。",
        "本报讯（记者 王磊）上半年，郑州市规上工业增加值增长9.1%。",
    ],
)
def test_a_papers_dateline_before_a_citys_sentence_leaves_it_the_citys(gazetteer, text):
    assert {park for _text, park in parks_of(text, gazetteer)} == {""}


@pytest.mark.parametrize(
    "text",
    [
        "1至9月，江阴市实现地区生产总值3560亿元，同比增长6.2%。",
        "前三季度，常熟市规上工业总产值达到2870亿元。",
    ],
)
def test_a_county_level_city_a_park_is_named_after_is_a_city(gazetteer, text):
    assert {park for _text, park in parks_of(text, gazetteer, JIANGYIN)} == {""}


def test_a_time_run_into_the_whole_province_is_the_provinces(gazetteer):
    text = "省科技厅有关负责人介绍，今年以来全省“专利贷”累计发放贷款96.4亿元，惠及企业2100余家。"
    assert parks_of(text, gazetteer) == [("96.4亿元", ""), ("2100余家", "")]


def test_zones_added_up_are_a_group(gazetteer):
    text = "三区合计拥有国家级科技企业孵化器41家，占全省的比重约为两成。"
    assert [park for _text, park in parks_of(text, gazetteer)] == ["", ""]


def test_a_clause_opening_with_the_city_keeps_its_figure_before_a_park_named_later(gazetteer):
    text = "据郑州市工业和信息化局统计，郑州市电子信息产业产值今年有望突破7000亿元，郑州高新区占比超过三成。"
    assert parks_of(text, gazetteer) == [("突破7000亿元", ""), ("超过三成", ZHENGZHOU.name)]


def test_a_new_areas_administering_body_speaking_is_no_new_area(gazetteer):
    text = "郑东新区开发建设管理委员会表示，明年将力争引进20亿元以上的重大产业项目8个。"
    assert parks_of(text, gazetteer) == [("8个", ZHENGZHOU.name)]


def test_a_park_named_by_a_bare_alias_is_the_sentences_park(gazetteer):
    text = "上海市科委日前发布数据。在张江，集成电路设计企业已超过260家。"
    assert parks_of(text, gazetteer) == [("超过260家", "上海张江高新技术产业开发区")]


def test_a_figure_after_a_second_bare_alias_is_that_parks(gazetteer):
    text = "位于上海张江的甲工厂及位于北京亦庄的乙工厂均在扩产，其中乙工厂规划月产能8万片。"
    assert parks_of(text, gazetteer) == [("8万片", "北京经济技术开发区")]


def named(text):
    return [(f.text, f.metric_class, f.metric) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "海淀园、昌平园营业收入分别为8120亿元和2310亿元。",
            [("8120亿元", "营收", "营业收入"), ("2310亿元", "营收", "营业收入")],
        ),
        (
            "甲乙科技股份有限公司、丙丁新能源有限公司分别新增产能30GWh和12GWh。",
            [("30GWh", "产能", "产能"), ("12GWh", "产能", "产能")],
        ),
        ("甲公司和乙公司净利润分别增长15.2%和7.6%。", [("15.2%", "增速", "净利润"), ("7.6%", "增速", "净利润")]),
    ],
)
def test_companies_or_places_listed_before_fenbie_are_subjects_not_metrics(text, expected):
    assert named(text) == expected


def test_a_fund_sized_after_its_total_is_money():
    assert named("现场发布总规模30亿元的高新区科创天使母基金。") == [("30亿元", "资金", "基金")]


def test_a_term_inside_a_companys_name_names_no_metric():
    text = "由甲投资集团有限公司发起的乙丙科创股权投资合伙企业（有限合伙）首期规模为8亿元。"
    assert named(text) == [("8亿元", "资金", "首期规模")]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("项目建成后年产锂电铜箔3000万平方米。", "锂电铜箔"),
        ("甲汽车有限公司前三季度产销整车18.6万辆。", "整车"),
        ("乙汽车股份有限公司全年产销整车12.3万辆。", "整车"),
    ],
)
def test_output_made_or_made_and_sold_is_a_capacity(text, metric):
    assert named(text)[0][1:] == ("产能", metric)


def test_capital_expenditure_is_investment():
    assert named("一季度，甲有限公司资本开支约为12亿美元，资本性支出同比增长8%。")[0][1:] == ("投资", "资本开支")


@pytest.mark.parametrize(
    "text", ["对新认定的省级重点实验室给予30万元至80万元奖励。", "对新认定的省级重点实验室给予30万元奖励。"]
)
def test_a_grant_is_named_by_the_noun_after_its_amount_or_range(text):
    assert named(text)[0][1:] == ("资金", "奖励")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("中心今年为企业提供检验检测服务1200余次。", ["1200余次"]),
        ("全年开展政策宣讲培训360次，服务企业5800余家次。", ["360次", "5800余家次"]),
        ("全年召开常务会议12次。", []),
        ("开展5次核酸检测。", []),
        ("第十一次国家高新区综合评价将于明年开展。", []),
    ],
)
def test_services_counted_in_ci_are_figures_meetings_and_ordinals_are_not(text, kept):
    assert [f.text for f in extract_figures(text)] == kept


def test_a_salary_threshold_naming_a_class_of_people_is_no_figure():
    assert [f.text for f in extract_figures("企业引进年薪80万元以上的高级技术人才，按其贡献的60%给予奖励。")] == ["60%"]


def test_the_year_a_company_settled_since_dates_nothing():
    (fig,) = extract_figures("宁德时代自2018年落户溧阳以来，已累计投资超过300亿元。")
    assert fig.year is None


def test_a_citys_bureau_at_work_in_a_parks_article_leaves_the_figure_the_parks(gazetteer):
    text = "郑州市科学技术局、郑州职业技术学院今年为企业提供技术服务650余次。"
    assert parks_of(text, gazetteer) == [("650余次", ZHENGZHOU.name)]


def test_money_brought_in_after_its_total_size_stays_investment():
    assert named("平台引入总规模80亿元的保险权益资金。") == [("80亿元", "投资", "总规模")]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("甲科技股份有限公司常州基地动力电池出货量达到38.6GWh。", "动力电池出货量"),
        ("乙重工装备集团有限公司掘进机订单同比增长近30%。", "掘进机订单"),
        ("丙光电科技有限公司新签订单超过45亿元。", "新签订单"),
    ],
)
def test_a_metric_does_not_start_inside_a_company_or_plants_name(text, metric):
    assert extract_figures(text)[0].metric == metric

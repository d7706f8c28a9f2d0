"""Key figures as a fourth held-out test wrote them: thresholds naming a class (a range before
项目, a list before 的企业, a rule's condition ``…超过X的，``) and an amount a class only
qualifies (不低于2亿元的中小企业发展专项资金); chips, deals and funds counted (颗, 笔, 支);
funds and loans (a fund named with 投资, funds counted before their size, a loan product);
people as a workforce (…学历人员, 职工); institutes counted and the later item of a list."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention

from .conftest import by_text


def texts(text):
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("其中投资30亿元以上项目4个，10亿元至30亿元项目9个。", ["4个", "9个"]),
        ("签约项目中，5亿元到10亿元项目12个。", ["12个"]),
        ("全区1亿元—5亿元企业达到46家。", ["46家"]),
    ],
)
def test_a_range_of_amounts_before_projects_is_a_threshold(text, kept):
    assert texts(text) == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "对年销售收入首次超过2亿元、8亿元、20亿元的企业，分别奖励10万元、30万元、60万元。",
            ["10万元", "30万元", "60万元"],
        ),
        ("对主营业务收入达到3亿元、6亿元和15亿元的企业给予奖励。", []),
    ],
)
def test_every_threshold_of_a_list_before_its_class_is_no_amount(text, kept):
    assert texts(text) == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        ("对企业年度技术改造投入超过1000万元的，按投入额的10%给予补助。", ["10%"]),
        ("新引进人才超过20人的，给予用人单位奖励。", []),
    ],
)
def test_the_condition_of_a_rule_is_a_threshold(text, kept):
    assert texts(text) == kept


def test_an_amount_before_a_class_that_only_qualifies_a_fund_is_money():
    fig = by_text("每年安排不少于5000万元的科技型企业发展专项资金。")["不少于5000万元"]
    assert (fig.metric_class, fig.approx) == ("资金", "lower")


@pytest.mark.parametrize(
    "text, written, metric_class",
    [
        ("新增激光雷达年产能1200万颗。", "1200万颗", "产能"),
        ("全年完成创业投资62笔。", "62笔", "其他"),
        ("组建创新联合体18支。", "18支", "其他"),
    ],
)
def test_chips_deals_and_funds_are_counted(text, written, metric_class):
    fig = by_text(text)[written]
    assert (fig.unit, fig.metric_class) == (written[-1], metric_class)


def test_support_and_spending_are_no_units():
    assert texts("获得1000万元支持，研发支出5亿元。") == ["1000万元", "5亿元"]


def test_a_fund_named_with_tou_zi_is_a_fund():
    fig = by_text("高新区发起设立规模为30亿元的天使投资基金。")["30亿元"]
    assert fig.metric_class == "资金"


def test_funds_counted_before_their_size_make_it_a_funds_size():
    figs = by_text("各类政府引导基金累计达到15支，总规模超过120亿元。")
    assert (figs["15支"].metric, figs["15支"].metric_class) == ("政府引导基金", "其他")
    assert figs["超过120亿元"].metric_class == "资金"


def test_a_size_with_no_funds_counted_before_it_is_still_an_investment():
    assert by_text("双方按60%:40%的比例出资设立平台，引入总规模80亿元的社会资本。")["80亿元"].metric_class == "投资"


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("合作银行累计发放“人才贷”8.4亿元。", "8.4亿元", "人才贷"),
        ("为小微企业投放“园区贷”超过3亿元。", "超过3亿元", "园区贷"),
    ],
)
def test_a_loan_product_is_a_loan(text, written, metric):
    fig = by_text(text)[written]
    assert (fig.metric, fig.metric_class) == (metric, "融资/贷款")


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("其中本科及以上学历人员约12万人。", "约12万人", "本科及以上学历人员"),
        ("园区现有海外归国留学人员3200人。", "3200人", "海外归国留学人员"),
        ("全年惠及职工2.6万人。", "2.6万人", "职工"),
    ],
)
def test_people_counted_as_a_workforce_are_talent(text, written, metric):
    fig = by_text(text)[written]
    assert (fig.metric, fig.metric_class) == (metric, "人才")


def test_institutes_counted_in_jia_are_no_enterprises():
    figs = by_text("两校将与园区共建新型研究院3家、成果转化中心4个。")
    assert (figs["3家"].metric, figs["3家"].metric_class) == ("研究院", "其他")
    assert (figs["4个"].metric, figs["4个"].metric_class) == ("成果转化中心", "其他")


def test_an_area_listed_after_another_is_named_by_its_own_noun():
    figs = by_text("园区可供工业用地约3000亩、高标准厂房45万平方米。")
    assert [figs[w].metric for w in ("约3000亩", "45万平方米")] == ["用地", "高标准厂房"]


def test_upstream_and_downstream_is_no_qualifier():
    fig = by_text("园区集聚了三百余家上下游配套企业。")["三百余家"]
    assert (fig.approx, fig.metric_class) == ("lower", "企业数")


def test_the_group_a_ranking_is_among_is_no_figure_with_the_ranked_listed_between():
    assert texts("在全省42家省级以上开发区中，苏州工业园区、昆山经开区、江宁经开区依次位列前三。") == []
    assert texts("在全国230家国家级经开区中，苏州工业园区连续八年排名第一。") == []


def test_a_count_with_no_noun_counts_what_the_clause_before_counted():
    figs = extract_figures("热线受理群众诉求2680件，办结2511件，走访企业300家，帮助解决难题45个，已化解41个。")
    assert [(f.text, f.metric, f.metric_class) for f in figs][-2:] == [
        ("45个", "难题", "其他"),
        ("41个", "难题", "其他"),
    ]


def test_the_start_of_a_schemes_run_dates_nothing():
    figs = extract_figures("该政策自2020年施行以来，累计兑现奖补资金3.8亿元，惠及企业1200余家。")
    assert [f.year for f in figs] == [None, None]


def test_a_share_bounded_before_the_whole_with_no_de_is_bounded():
    assert by_text("园区以不足全省1/20的土地贡献了全省15%的税收。")["1/20"].approx == "upper"
    assert by_text("园区增速高于全省1.8个百分点。")["1.8个百分点"].approx == "exact"


def test_a_fall_whose_rate_narrowed_is_no_fall():
    figs = by_text("进出口总额同比下降4.1%，降幅较一季度收窄2.2个百分点。")
    assert figs["4.1%"].base_value == -4.1
    assert figs["2.2个百分点"].base_value == 2.2


def test_parks_before_the_first_respectively_are_those_of_a_second(gazetteer):
    primary = ParkMention(key="k", name="绵阳高新技术产业开发区", count=3, primary=True)
    text = "2023年，苏州工业园区、昆山经开区分别实现地区生产总值3686亿元和1510亿元，分别增长5.8%和4.2%。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[primary])
    assert [f.park for f in figs] == ["苏州工业园区", "昆山经济技术开发区"] * 2

"""Key figures in the phrasing of statistical bulletins and government work reports, as
zone news quotes them: comparisons with last year before a change word, Fujian's 比增 and
比降, energy in GWh, volumes, intensities per area, fiscal and fund terms, and the noun a
share in 成 is of."""

import pytest

from archive.pipeline.figures import extract_figures

from .conftest import by_text


@pytest.mark.parametrize(
    "text, rate, metric",
    [
        ("全年外贸进出口总额1.3亿美元，比上年增长81.2%。", "81.2%", "进出口总额"),
        ("新批外商投资企业249家，比去年同期增长8.3%。", "8.3%", "企业"),
        ("地区生产总值达11万亿元，同比上年增长5.6%。", "5.6%", "地区生产总值"),
        ("综合利用率较上年提高2个百分点。", "2个百分点", "综合利用率"),
    ],
)
def test_a_comparison_with_last_year_is_not_what_grew(text, rate, metric):
    f = by_text(text)[rate]
    assert (f.metric, f.metric_class) == (metric, "增速")


def test_a_count_compared_with_last_year_is_not_named_by_the_comparison():
    f = by_text("税收500万元以上企业6家，较上年增长3家。")["3家"]
    assert "较上年" not in f.metric


def test_bizeng_and_bijiang_are_growth_and_fall():
    figs = by_text("生产总值33.74亿元，比增9.2%；固定资产投资18.93亿元，比降3%。")
    assert (figs["9.2%"].metric, figs["9.2%"].metric_class, figs["9.2%"].base_value) == ("生产总值", "增速", 9.2)
    assert (figs["3%"].metric, figs["3%"].metric_class, figs["3%"].base_value) == ("固定资产投资", "增速", -3)


@pytest.mark.parametrize("written, unit", [("50GWh", "GWh"), ("5Gwh", "Gwh"), ("200MWh", "MWh")])
def test_energy_in_watt_hours_is_not_power(written, unit):
    f = by_text(f"新建{written}磷酸铁锂电芯生产线。")[written]
    assert f.unit == unit
    assert f.metric_class == "产能"


def test_duole_is_more_by_not_a_lower_bound():
    figs = by_text("今年新增企业3482家，比上年多了470家。")
    assert figs["3482家"].approx == "exact"
    assert figs["470家"].approx == "exact"


@pytest.mark.parametrize(
    "text, written, unit, base",
    [
        ("租用区内10000㎡厂房。", "10000㎡", "㎡", 10000),
        ("商品混凝土产量为1646838立方米。", "1646838立方米", "立方米", 1646838),
    ],
)
def test_square_metres_as_one_sign_and_cubic_metres_are_units(text, written, unit, base):
    f = by_text(text)[written]
    assert (f.unit, f.base_value) == (unit, base)


def test_an_amount_per_area_is_an_intensity_not_an_amount():
    f = by_text("工业用地产出强度达到12563.33万元/公顷。")["12563.33万元/公顷"]
    assert (f.unit, f.metric, f.metric_class) == ("元/公顷", "工业用地产出强度", "其他")


def test_places_in_a_ranking_after_lie_are_no_people():
    assert [f.text for f in extract_figures("两区双双跻身全国30强，分别列22位和29位。")] == []
    assert [f.text for f in extract_figures("引进院士等高层次人才12位，列全省首位。")] == ["12位"]


@pytest.mark.parametrize(
    "text, written, cls",
    [
        ("公司估值超过10亿美元，获得过私募投资。", "超过10亿美元", "其他"),
        ("项目投产后预计年销售约22亿元。", "约22亿元", "营收"),
        ("地方一般预算收入累计完成8736万元。", "8736万元", "税收"),
        ("创投基金总规模99.27亿元，实缴规模67.59亿元。", "99.27亿元", "资金"),
        ("创投基金总规模99.27亿元，实缴规模67.59亿元。", "67.59亿元", "资金"),
        ("中关村管委会共出资1.65亿元。", "1.65亿元", "资金"),
    ],
)
def test_valuation_sales_budget_revenue_and_fund_sizes_have_their_classes(text, written, cls):
    assert by_text(text)[written].metric_class == cls


def test_parks_counted_before_their_own_output_are_parks():
    f = by_text("218家国家级经开区地区生产总值占全国的比重为10.3%。")["218家"]
    assert (f.metric, f.metric_class) == ("国家级经开区", "其他")


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("集中全省八成新能源整车产能。", "八成", "新能源整车产能"),
        ("园区集聚了全市超四成专精特新“小巨人”企业。", "超四成", "专精特新小巨人企业"),
    ],
)
def test_a_share_in_cheng_is_of_the_noun_after_it(text, written, metric):
    f = by_text(text)[written]
    assert (f.metric, f.metric_class) == (metric, "占比")


def test_yiji_ends_the_whole_a_share_is_of():
    f = by_text("园区拥有全省55%的国科小以及17%的小巨人企业。")["55%"]
    assert f.metric == "国科小"


def test_gdp_set_against_its_number_names_it():
    figs = by_text("全年实现 GDP762 亿元，同比增长1.2%。")
    assert figs["762 亿元"].metric_class == "产值"
    assert figs["1.2%"].metric == "GDP"


def test_a_bare_yi_before_a_loan_is_money():
    f = by_text("国开行陕西省分行50亿贷款资金获批。")["50亿"]
    assert (f.base_value, f.metric_class) == (5e9, "融资/贷款")


@pytest.mark.parametrize(
    "text, written, base",
    [
        ("全年进口2 340万美元。", "2 340万美元", 23_400_000),
        ("参加人数2 500人。", "2 500人", 2500),
        ("总投资12 345 678元。", "12 345 678元", 12_345_678),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_number(text, written, base):
    assert by_text(text)[written].base_value == base


def test_two_numbers_apart_by_a_space_stay_two():
    assert [f.text for f in extract_figures("园区有2340 500人。")] == ["500人"]


def test_a_fraction_right_before_its_whole_is_a_share_of_it():
    figs = by_text("园区聚集了超过1/3高新技术企业和超过2/3科创板上市企业。")
    assert (figs["超过1/3"].metric, figs["超过1/3"].metric_class) == ("高新技术企业", "占比")
    assert figs["超过2/3"].metric == "科创板上市企业"
    assert extract_figures("3/5日召开。") == []


def test_value_added_keeps_its_sector():
    text = "第二产业增加值9.4万亿元，同比增长3.9%；第三产业增加值6.1万亿元。规上工业增加值增长12%。"
    assert [f.metric for f in extract_figures(text)] == [
        "第二产业增加值",
        "第二产业增加值",
        "第三产业增加值",
        "规上工业增加值",
    ]


def test_potential_unicorns_are_not_unicorns():
    figs = extract_figures("全省独角兽企业50家、潜在独角兽企业311家。")
    assert [(f.metric, f.metric_class) for f in figs] == [("独角兽企业", "企业数"), ("潜在独角兽企业", "企业数")]

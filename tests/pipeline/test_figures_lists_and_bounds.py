"""Figures written the short way: a list of numbers sharing the unit written after the last
(``0.74和19.33个百分点``, ``120、80和50亿元``), an upper bound set apart from its number
(``不到全市的9%``), and the metric named by a whole word (``经济总量``)."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text):
    return [(f.text, f.value, f.unit, f.base_value, f.metric, f.metric_class) for f in extract_figures(text)]


def test_numbers_listed_before_a_unit_share_it():
    text = "全区规上工业增加值分别增长12.5、10.3和8.6%。"
    assert [(t, v, u) for t, v, u, *_ in figures(text)] == [
        ("12.5", "12.5", "%"),
        ("10.3", "10.3", "%"),
        ("8.6%", "8.6", "%"),
    ]


def test_numbers_listed_before_a_scaled_unit_share_its_scale_and_take_their_metrics():
    text = "园区营业收入、工业总产值、税收分别达到120、80和5亿元。"
    assert [(t, b, m) for t, _v, _u, b, m, _c in figures(text)] == [
        ("120", 12000000000.0, "营业收入"),
        ("80", 8000000000.0, "工业总产值"),
        ("5亿元", 500000000.0, "税收"),
    ]


def test_points_listed_with_fenbie_name_each_item():
    text = "高新区营业收入和工业总产值分别比全市平均水平高出0.74和19.33个百分点。"
    assert [(t, u, m) for t, _v, u, _b, m, _c in figures(text)] == [
        ("0.74", "个百分点", "营业收入"),
        ("19.33个百分点", "个百分点", "工业总产值"),
    ]


@pytest.mark.parametrize(
    "text, bare",
    [
        ("2021、2022和2023年连续三年获评优秀。", "2021"),  # years
        ("第1、2批次项目已经开工。", "1"),  # ordinals
        ("第1、2名均被园区企业获得。", "1"),
        ("地铁1、2号线贯通园区。", "1"),  # names
        ("办理时限压缩至3、5个工作日。", "3"),  # durations
        ("三、四家企业参加了活动。", "三"),  # Chinese numerals: 三、四 is "three or four"
    ],
)
def test_a_list_before_what_is_no_figure_gives_none(text, bare):
    assert bare not in [t for t, *_ in figures(text)]


def test_a_count_in_the_comparison_is_left_out_of_the_fenbie_list():
    text = "其中工业总产值和税收收入增幅分别高于东部沿海33个国家级开发区0.74和19.33个百分点。"
    assert [(t, m) for t, _v, _u, _b, m, _c in figures(text) if "百分点" in _u] == [
        ("0.74", "工业总产值"),
        ("19.33个百分点", "税收收入"),
    ]


def test_the_second_end_of_a_range_listed_before_another_range_is_no_figure():
    text = "按2000万-5000万、5000万-1亿元两档给予资助。"
    assert "5000万" not in [t for t, *_ in figures(text)]


@pytest.mark.parametrize(
    "text, written, approx",
    [
        ("高新区税收收入不到全市的9%。", "9%", "upper"),
        ("园区营收不足全省的三成。", "三成", "upper"),
        ("高新区工业总产值超过全市的40%。", "40%", "lower"),
        ("高新区工业总产值占全市的40%。", "40%", "exact"),
    ],
)
def test_a_bound_before_the_whole_a_share_is_of_qualifies_the_share(text, written, approx):
    assert {f.text: f.approx for f in extract_figures(text)}[written] == approx


def test_a_zones_economic_aggregate_is_its_output():
    (f,) = extract_figures("高新区经济总量突破500亿元。")
    assert (f.metric, f.metric_class, f.approx) == ("经济总量", "产值", "lower")


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("“两光一车”产业实现主营业务收入711亿元，占经济总量的76%。", "76%", "主营业务收入"),
        ("完成税收5.7亿元，占长垣税收总额的18.4%。", "18.4%", "税收"),
        ("进出口总额达到220亿美元，同比增长18.78%，占西安市的77.3%。", "77.3%", "进出口总额"),
        ("合同外资额14.01亿美元，增长了1.9倍，占全部合同外资额的82.9%。", "82.9%", "外资"),
    ],
)
def test_a_share_of_a_whole_named_after_zhan_is_the_share_of_the_figure_before(text, written, metric):
    assert {f.text: f.metric for f in extract_figures(text)}[written] == metric

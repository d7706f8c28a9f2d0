"""Shares written in words (``archive.pipeline.figure_words``): 百分之十二, 三分之一."""

import pytest

from archive.models.figures import figure_display
from archive.pipeline.figures import extract_figures


def test_a_percentage_in_words_is_a_share_stored_as_written():
    text = "2020年，园区研发投入占比达到百分之五点二。"
    (f,) = extract_figures(text)
    assert (f.value, f.unit, f.base_value, f.base_unit) == ("百分之五点二", "", 5.2, "%")
    assert (f.metric, f.metric_class, f.year, f.approx) == ("研发投入", "占比", 2020, "exact")
    assert text[f.start : f.end] == f.text == "百分之五点二"


def test_a_percentage_in_words_after_a_change_word_is_a_growth_rate():
    figs = extract_figures("营业收入增长百分之十二，净利润增长百分之8.5。")
    assert [(f.value, f.base_value, f.metric, f.metric_class) for f in figs] == [
        ("百分之十二", 12.0, "营业收入", "增速"),
        ("百分之8.5", 8.5, "净利润", "增速"),
    ]


def test_a_fall_in_words_has_a_negative_base_value():
    (f,) = extract_figures("受疫情影响，园区出口额同比下降百分之三。")
    assert (f.value, f.base_value, f.metric_class) == ("百分之三", -3.0, "增速")


@pytest.mark.parametrize(
    ("text", "value", "base"),
    [
        ("园区工业总产值占全省的四分之一。", "四分之一", 25.0),
        ("园区营收占全市的三分之一。", "三分之一", 100 / 3),
        ("其中十分之三来自外资企业。", "十分之三", 30.0),
    ],
)
def test_a_fraction_is_a_share_in_per_cent(text, value, base):
    (f,) = extract_figures(text)
    assert (f.value, f.unit, f.base_unit, f.metric_class) == (value, "", "%", "占比")
    assert f.base_value == pytest.approx(base)


def test_a_fraction_keeps_its_qualifiers():
    a, b = extract_figures("高新技术企业占全市的三分之一以上，超过三分之二实现盈利。")
    assert (a.text, a.approx) == ("三分之一以上", "lower")
    assert (b.text, b.approx) == ("超过三分之二", "lower")
    assert figure_display(b.value, b.unit, b.approx, b.base_value) == "三分之二以上"


def test_a_share_in_words_takes_its_place_among_the_sentences_figures():
    figs = extract_figures("2020年，园区营收1200亿元，占全市的三分之一；新增企业300家。")
    assert [(f.text, f.metric_class, f.year) for f in figs] == [
        ("1200亿元", "营收", 2020),
        ("三分之一", "占比", 2020),
        ("300家", "企业数", 2020),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "客户百分之百满意。",  # wholly
        "定位精度达到万分之一。",  # a precision
        "他写了《三分之一的力量》一书。",  # a title
        "二分之三的说法不成立。",  # not a share of a whole
    ],
)
def test_what_reads_like_a_share_in_words_but_is_none(text):
    assert extract_figures(text) == []


def test_a_fraction_with_a_slash_is_a_share_of_what_follows_it():
    a, b = extract_figures("园区以全市1/10的土地贡献了1/3的税收。")
    assert (a.value, a.unit, a.base_value, a.metric_class) == ("1/10", "", 10.0, "占比")
    assert (b.value, b.metric, b.metric_class) == ("1/3", "税收", "占比")
    assert b.base_value == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    "text",
    [
        "3/5日召开推进会。",
        "评分9/10分。",
        "时速60km/h。",
        "详见www.example.com/1/2。",
        "第1/3页",
        "31/12的数据",
        "比例为3/2。",
    ],
)
def test_a_slash_between_numbers_that_is_no_share(text):
    assert extract_figures(text) == []

"""A figure in a relative clause before the class it defines, that class then counted
(交易电量达到3560万千瓦时的企业有23家), is a threshold, not a figure: only the count is."""

import pytest

from archive.pipeline.figures import extract_figures


def texts(text):
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, count, threshold",
    [
        ("全年用电量达到5000万千瓦时的企业有18家。", "18家", "5000万千瓦时"),
        ("年产值达到1亿元的企业共有35家。", "35家", "1亿元"),
        ("占地100亩的项目有6个。", "6个", "100亩"),
        ("园区内年用水量达到20万吨的企业为9家。", "9家", "20万吨"),
    ],
)
def test_a_figure_defining_a_class_then_counted_is_a_threshold(text, count, threshold):
    assert texts(text) == [count]


def test_an_amount_sizing_the_noun_after_it_is_still_a_figure():
    assert texts("设立规模为100亿元的产业基金。") == ["100亿元"]
    assert texts("交易电量达到3560万千瓦时，参与企业有23家。") == ["3560万千瓦时", "23家"]

"""Units of trade, travel and listing news: orders (单), rooms (间), trains (列), shares (股),
flights (架次, not cut to 架), kilograms (公斤, 千克); and a growth in 倍 written in a small
Chinese numeral after its change word (增长一倍) is a growth, not a list count."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.unit, f.metric_class) for f in extract_figures(text, **kw)]


def texts(text):
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, figure, unit",
    [
        ("海关监管中心今年处理进口包裹3.2亿单，同比增长12%。", "3.2亿单", "单"),
        ("龙头企业日均发货超过40万单。", "超过40万单", "单"),
        ("景区新增精品客房860间，床位1500张。", "860间", "间"),
        ("物流港今年开行国际货运班列2365列。", "2365列", "列"),
        ("回程班列达到318列。", "318列", "列"),
        ("公司拟公开发行股票不超过6000万股，占发行后总股本的25%。", "不超过6000万股", "股"),
        ("机场全年保障货运航班3400余架次。", "3400余架次", "架次"),
        ("示范田小麦平均亩产达到612.5公斤。", "612.5公斤", "公斤"),
        ("基地年产中药饮片80万千克。", "80万千克", "千克"),
    ],
)
def test_orders_rooms_trains_shares_flights_and_kilograms_are_counted(text, figure, unit):
    assert figure in texts(text)
    assert next(f for f in extract_figures(text) if f.text == figure).unit == unit


@pytest.mark.parametrize(
    "text",
    ["项目列入省重点项目库。", "中欧班列开行量稳步提升。", "单位工业增加值能耗持续下降。", "时间间隔缩短。"],
)
def test_the_words_these_units_begin_are_no_figures(text):
    assert texts(text) == []


def test_a_kilogram_is_a_thousandth_of_a_tonne():
    f = next(f for f in extract_figures("亩产达到500公斤。"))
    assert (f.base_value, f.base_unit) == (0.5, "吨")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("园区跨境电商进口额3.1亿元，同比增长一倍。", "一倍"),
        ("新品种推广面积比上年增加两倍。", "两倍"),
        ("出口额增长一倍以上。", "一倍以上"),
    ],
)
def test_a_growth_in_a_small_chinese_numeral_of_times_is_a_growth(text, figure):
    assert (figure, "倍", "增速") in figures(text)


def test_a_multiple_with_no_change_word_is_still_no_figure():
    assert "两倍" not in texts("数量居全国城市首位，是五年前的两倍。")


def test_shares_given_per_shares_held_are_a_ratio_not_a_count():
    assert texts("公司拟向全体股东每10股转增4股。") == []

"""Numbers as newspapers write them (archive.pipeline.numbers): Chinese numerals, Arabic
digits with scaling words, decimals; properties over generated numbers (hypothesis)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive.pipeline.figures import extract_figures
from archive.pipeline.numbers import parse_number, to_chinese

SCALES = {
    "": 1,
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10**4,
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "万亿": 10**12,
}


@pytest.mark.parametrize(
    "text, value",
    [
        ("4191.83亿", Decimal("419183000000")),
        ("1.2万", Decimal("12000")),
        ("百", Decimal(100)),
        ("两千亿", Decimal(2 * 10**11)),
        ("三亿零五百万", Decimal(305_000_000)),
        ("一百零五", Decimal(105)),
        ("十二", Decimal(12)),
        ("三点五", Decimal("3.5")),
        ("1,152", Decimal(1152)),
        ("１２", Decimal(12)),
        ("二〇二〇", Decimal(2020)),
    ],
)
def test_it_parses_numbers_as_written(text, value):
    assert parse_number(text) == value


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numerals_parse_to_their_value(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(sorted(SCALES)))
def test_chinese_numerals_with_scaling_words_parse_to_their_value(n, scale):
    if n >= 10 and scale[:1] in ("十", "百", "千"):
        n %= 10  # 三十二百 is not a number; 三百, 三十万 are
        n = n or 1
    assert parse_number(to_chinese(n) + scale) == n * SCALES[scale]


@given(
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(SCALES)),
)
def test_arabic_numbers_with_scaling_words_parse_to_their_value(d, scale):
    assert parse_number(f"{d}{scale}") == d * SCALES[scale]


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=10**5, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["万元", "亿元", "元"]),
)
def test_an_amount_in_a_sentence_has_its_value_in_yuan(d, unit):
    (f,) = extract_figures(f"园区总投资{d}{unit}。")
    assert Decimal(str(f.base_value)) == pytest.approx(d * {"万元": 10**4, "亿元": 10**8, "元": 1}[unit])
    assert (f.value, f.unit, f.base_unit) == (str(d), unit, "元")


@given(st.integers(min_value=10, max_value=99999))
def test_a_count_in_chinese_numerals_has_its_value(n):
    (f,) = extract_figures(f"新增企业{to_chinese(n)}家。")
    assert (f.base_value, f.unit, f.metric_class) == (n, "家", "企业数")


def test_it_refuses_what_is_not_a_number():
    for text in ("", "abc", "点五", "三点"):
        with pytest.raises(ValueError):
            parse_number(text)

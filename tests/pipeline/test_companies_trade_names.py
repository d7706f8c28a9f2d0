"""A name keeps its trade name (字号): a word of the sentence found inside a name is no cut
when cutting there would leave no trade name, only the business it is in (继保 in
四方继保自动化, 据 in 数据宝); the words that open a name after a sentence's verb (并为, 区内,
拥有); a list of full names joined by 和; a bracket inside a longer name; the total after a
list of names (…两家企业); a two-character trade name before a generic business word."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("推动北京四方继保自动化股份有限公司扩产。", "北京四方继保自动化股份有限公司"),
        ("支持成都数据宝信息科技有限公司发展。", "成都数据宝信息科技有限公司"),
        ("走访苏州以诺生物医药有限公司。", "苏州以诺生物医药有限公司"),
    ],
)
def test_a_function_word_inside_a_name_is_no_cut_when_it_leaves_no_trade_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("在苏州高新技术有限公司召开。", "苏州高新技术有限公司"),
        ("项目由深圳华大基因股份有限公司承担。", "深圳华大基因股份有限公司"),
        ("园区与宁德时代新能源科技股份有限公司签约。", "宁德时代新能源科技股份有限公司"),
    ],
)
def test_a_function_word_before_a_trade_name_still_cuts(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("基金由合肥高新区投资控股集团有限公司发起。", "合肥高新区投资控股集团有限公司"),
        ("项目由武汉开发区建设发展有限公司承建。", "武汉开发区建设发展有限公司"),
    ],
)
def test_a_zone_name_before_only_business_words_is_the_zone_company(text, name):
    assert names(text) == [name]


def test_a_zone_before_a_trade_name_is_still_cut():
    assert names("落户苏州高新区华为技术有限公司。") == ["华为技术有限公司"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("并为宁波舜宇光学科技有限公司授牌。", "宁波舜宇光学科技有限公司"),
        ("会上还为杭州宇树科技有限公司颁奖。", "杭州宇树科技有限公司"),
        ("区内昆山龙腾光电股份有限公司扩产。", "昆山龙腾光电股份有限公司"),
        ("开发区内昆山龙腾光电股份有限公司扩产。", "昆山龙腾光电股份有限公司"),
        ("园区拥有苏州华兴源创科技股份有限公司。", "苏州华兴源创科技股份有限公司"),
        ("会上还为华为技术有限公司授牌。", "华为技术有限公司"),
    ],
)
def test_a_preposition_or_verb_before_a_name_is_cut(text, name):
    assert names(text) == [name]


def test_a_he_in_a_list_of_full_names_is_inside_a_name():
    text = "江苏长电科技股份有限公司、常州天和精工科技有限公司等企业扩产。"
    assert names(text) == ["江苏长电科技股份有限公司", "常州天和精工科技有限公司"]


def test_a_group_in_brackets_inside_a_longer_name_is_no_name_of_its_own():
    assert names("中国东方电气（集团）新能源股份有限公司投产。") == ["中国东方电气（集团）新能源股份有限公司"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "深圳迈瑞医疗有限公司、深圳华大基因股份有限公司两家企业营收增长。",
            ["深圳迈瑞医疗有限公司", "深圳华大基因股份有限公司"],
        ),
        ("海尔集团、海信集团两家企业纳税超百亿元。", ["海尔集团", "海信集团"]),
    ],
)
def test_the_total_after_a_list_of_names_leaves_the_names(text, expected):
    assert names(text) == expected


def test_a_two_character_trade_name_before_a_generic_word_is_a_name():
    assert names("其中，东华科技集团投资建设的项目开工。") == ["东华科技集团"]

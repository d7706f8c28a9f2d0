"""Company names as a zone's registration and jobs news writes them: a full name followed by
a count of one (…有限公司一家就…) is still a name; a one-character word of the sentence right
after a name's first character is inside the name (a single character before it is no word);
a company form alone (有限责任公司, 股份有限公司) is no name; a group whose name opens a
subsidiary's full name (…集团…有限公司) is not listed on its own."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("其中，浙江华友钴业股份有限公司一家就新增用工800人。", "浙江华友钴业股份有限公司"),
        ("园区龙头企业山东海化集团有限公司一个就带动配套企业40家。", "山东海化集团有限公司"),
    ],
)
def test_a_full_name_followed_by_a_count_of_one_is_still_a_name(text, name):
    assert name in names(text)


def test_companies_of_a_kind_counted_are_still_no_name():
    assert names("园区现有孵化产业化公司60余家。") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("湖北宜化集团有限公司、天向光电股份有限公司分别签约。", "天向光电股份有限公司"),
        ("，千在电子有限公司投产。", "千在电子有限公司"),
    ],
)
def test_a_one_character_word_after_a_names_first_character_is_inside_the_name(text, name):
    assert names(text)[-1] == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("园区企业还向宁波舟山港股份有限公司采购服务。", "宁波舟山港股份有限公司"),
        ("同时，其在江苏恒瑞医药股份有限公司持股。", "江苏恒瑞医药股份有限公司"),
        ("园区拟与广州汽车集团股份有限公司合作。", "广州汽车集团股份有限公司"),
        ("，拟向华为技术有限公司采购。", "华为技术有限公司"),
    ],
)
def test_an_adverb_or_pronoun_before_a_one_character_word_stays_outside_the_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "新登记企业中，有限责任公司占比达到85%。",
        "股份有限公司数量增长12%，有限责任公司新增300户。",
    ],
)
def test_a_company_form_alone_is_no_name(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, name, group",
    [
        ("中国石化集团茂名石油化工有限公司新建乙烯装置。", "中国石化集团茂名石油化工有限公司", "中国石化集团"),
        ("华润集团医药控股有限公司与园区签约。", "华润集团医药控股有限公司", "华润集团"),
    ],
)
def test_a_group_opening_a_subsidiarys_name_is_not_listed_on_its_own(text, name, group):
    found = names(text)
    assert name in found and group not in found


@pytest.mark.parametrize(
    "text, group",
    [
        ("海尔集团与园区签约，青岛海尔智能技术研发有限公司同日揭牌。", "海尔集团"),
        ("海尔集团、海信集团有限公司入驻园区。", "海尔集团"),
        ("格力集团在园区投资建设的智能家电有限公司投产。", "格力集团"),
    ],
)
def test_a_group_named_on_its_own_is_still_listed(text, group):
    assert group in names(text)

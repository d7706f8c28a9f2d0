"""Company names, rules from the seventh held-out test: 株式会社 as a form (after the name or
before it), a branch (分公司, a bank's 分行) stored by its full name as written, a branch ending
the run of the name after it, words that open a list or name a party (有, 则有, 乙方, 龙头) before a
name, words inside a name that are no cut (在线, 数据, a zone in its own group's or fund's name,
a dot inside a foreign person's name), relations ending in 公司 (母公司, 参股公司) that are no name."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("日立制作所株式会社、京瓷株式会社在区内设厂。", ["日立制作所株式会社", "京瓷株式会社"]),
        ("株式会社岛津制作所与园区签约。", ["株式会社岛津制作所"]),
        ("此前，株式会社电装在天津设立的电装（天津）有限公司投产。", ["株式会社电装", "电装（天津）有限公司"]),
    ],
)
def test_kabushiki_kaisha_is_a_company_form_after_or_before_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("项目由中铁十一局集团有限公司武汉分公司承建。", "中铁十一局集团有限公司武汉分公司"),
        ("园区与交通银行股份有限公司江苏省分行签约。", "交通银行股份有限公司江苏省分行"),
        ("东风汽车集团有限公司乘用车襄阳分公司投产。", "东风汽车集团有限公司乘用车襄阳分公司"),
    ],
)
def test_a_branch_is_stored_by_its_full_name_as_written(text, name):
    assert name in names(text)


def test_a_bank_branch_without_a_company_suffix_is_no_name():
    assert names("苏州银行苏州分行开业。") == []


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        (
            "交通银行股份有限公司苏州分行和苏州银行股份有限公司提供贷款。",
            "苏州银行股份有限公司",
            "苏州分行和苏州银行股份有限公司",
        ),
        (
            "其中，中国农业银行无锡分行为无锡先导智能装备股份有限公司授信。",
            "无锡先导智能装备股份有限公司",
            "中国农业银行无锡分行为无锡先导智能装备股份有限公司",
        ),
    ],
)
def test_a_branch_ends_the_run_of_the_name_after_it(text, name, wrong):
    assert name in names(text)
    assert wrong not in names(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "材料环节，有苏州晶方半导体科技股份有限公司；封装环节，则有无锡华润微电子有限公司。",
            ["苏州晶方半导体科技股份有限公司", "无锡华润微电子有限公司"],
        ),
        ("甲方园区管委会与乙方南京熊猫电子股份有限公司签字。", ["南京熊猫电子股份有限公司"]),
        ("港资龙头比亚迪电子（惠州）有限公司扩产。", ["比亚迪电子（惠州）有限公司"]),
    ],
)
def test_a_list_opening_or_a_party_label_is_no_part_of_the_name(text, expected):
    assert names(text) == expected


def test_you_opening_a_name_stays_when_cutting_it_leaves_one_character():
    assert names("同时，有研科技集团有限公司在此设厂。") == ["有研科技集团有限公司"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("支持北京在线教育科技有限公司发展。", "北京在线教育科技有限公司"),
        ("苏州东方通用数据技术股份有限公司成立。", "苏州东方通用数据技术股份有限公司"),
        ("园区联合苏州高新区（集团）有限公司设立中心。", "苏州高新区（集团）有限公司"),
        ("共同设立合肥高新区未来产业投资基金合伙企业（有限合伙）。", "合肥高新区未来产业投资基金合伙企业（有限合伙）"),
        ("德资企业中，卡尔·蔡司股份有限公司扩产。", "卡尔·蔡司股份有限公司"),
        ("由中国国有企业混合所有制改革基金有限公司领投。", "中国国有企业混合所有制改革基金有限公司"),
    ],
)
def test_a_word_inside_a_name_is_no_cut(text, name):
    assert names(text) == [name]


def test_a_dot_between_two_full_names_still_cuts():
    assert names("恒瑞医药·福建盛迪医药有限公司总经理介绍。") == ["福建盛迪医药有限公司"]


def test_a_zone_before_another_company_still_cuts():
    assert names("落户苏州高新区华为技术有限公司。") == ["华为技术有限公司"]


def test_enterprises_before_a_fund_of_another_name_still_cut():
    assert names("园区企业苏州元禾控股股份有限公司发起基金。") == ["苏州元禾控股股份有限公司"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("其中，比亚迪母公司比亚迪股份有限公司公告。", ["比亚迪股份有限公司"]),
        ("公司持股20%的参股公司无锡永新材料有限公司供货。", ["无锡永新材料有限公司"]),
    ],
)
def test_a_parent_or_an_associate_named_by_its_relation_is_no_name(text, expected):
    assert names(text) == expected

"""Company names a zone's platform and listed-company news writes: a zone's short name opening
a clause and running on into a company's name is the name's first word (the zone's own
company); a 联合 in an item of a list of full names is the name's; a subsidiary named by its
parent's relation (…全资子公司), a company in a document (公告中公司), a kind of bond
(…公司债券) and a kind of company after a verb (优化平台公司) are no names."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("苏州高新区人才服务集团有限公司建成人才公寓800套。", "苏州高新区人才服务集团有限公司"),
        ("同时，合肥高新区科技创新投资有限责任公司参与出资。", "合肥高新区科技创新投资有限责任公司"),
        (
            "；武汉高新区产业引导基金管理合伙企业（有限合伙）已投资项目12个。",
            "武汉高新区产业引导基金管理合伙企业（有限合伙）",
        ),
        ("此外，无锡高新区青山科创投资有限公司发行债券3亿元。", "无锡高新区青山科创投资有限公司"),
    ],
)
def test_a_zone_opening_a_clause_and_running_into_a_name_is_the_names(text, name):
    assert names(text) == [name]


def test_a_zone_after_a_verb_is_still_where_the_company_is():
    assert names("落户苏州高新区华为技术有限公司。") == ["华为技术有限公司"]
    assert names("项目落户常州高新区龙城科创投资有限公司。") == ["龙城科创投资有限公司"]


def test_a_zone_before_a_province_opening_a_full_name_is_where_the_company_is():
    assert names("。无锡高新区江苏长电科技股份有限公司扩产。") == ["江苏长电科技股份有限公司"]


def test_lianhe_in_an_item_of_a_list_of_full_names_is_the_names():
    text = "成都市鑫宇电子科技有限公司、成都联合航测科技有限公司等企业参与。"
    assert names(text) == ["成都市鑫宇电子科技有限公司", "成都联合航测科技有限公司"]


def test_lianhe_after_a_subject_is_still_a_verb():
    assert names("园区联合华为技术有限公司共建实验室。") == ["华为技术有限公司"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("星河微全资子公司星河微（苏州）电子有限公司承担测试。", ["星河微（苏州）电子有限公司"]),
        ("晨光电子控股子公司晨光（无锡）材料有限公司投产。", ["晨光（无锡）材料有限公司"]),
        ("招股书中公司名称为Xinghe Micro Co., Ltd.。", []),
        ("青山科创投资有限公司发行绿色低碳公司债券5亿元。", ["青山科创投资有限公司"]),
        ("园区将持续优化平台公司债务结构。", []),
        ("该区着力整合国有公司资源，组建投资公司。", []),
    ],
)
def test_relations_documents_bonds_and_kinds_are_no_names(text, want):
    assert names(text) == want


def test_a_full_names_bond_keeps_the_name():
    assert names("华能国际电力股份有限公司债券发行规模20亿元。") == ["华能国际电力股份有限公司"]

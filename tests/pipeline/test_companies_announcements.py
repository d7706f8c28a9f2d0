"""Companies in the securities press's wording (listed companies' announcements and
investment news): the generic words an announcement uses for a company (公司, 全资子公司,
项目公司) are no names, and the words that lead into a name are not part of it."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


def test_a_subsidiary_named_by_its_kind_is_no_company():
    text = "公司拟向控股子公司华联新材料（成都）有限公司增资3亿元，并以该子公司为实施主体。"
    assert names(text) == ["华联新材料（成都）有限公司"]


def test_the_announcing_company_called_公司_is_no_name():
    assert names("董事会同意公司与某市人民政府签订投资协议。") == []
    assert names("上述协议约定公司在园区设立研发中心。") == []
    assert names("拟与高新技术产业开发区管理委员会就公司在园区投资达成一致。") == []


def test_a_project_company_is_no_name():
    assert names("双方将共同出资设立项目公司，负责项目建设。") == []


def test_a_name_starts_after_what_a_sentence_says_of_it():
    assert names("本次签约的项目有南京立恒集团旗下河南恒能新能源科技有限公司。") == [
        "南京立恒集团",
        "河南恒能新能源科技有限公司",
    ]
    assert names("项目实施主体为常州明晶光电科技有限公司。") == ["常州明晶光电科技有限公司"]
    assert names("主要采用北京氢源创能科技有限公司的技术。") == ["北京氢源创能科技有限公司"]
    assert names("投资者广东丰收集团有限公司表示看好园区。") == ["广东丰收集团有限公司"]
    assert names("武汉钧力已完成全资子公司的设立。") == []


def test_an_enterprise_incubator_company_keeps_its_whole_name():
    assert names("石家庄天明科技企业孵化器有限公司获评国家级孵化器。") == ["石家庄天明科技企业孵化器有限公司"]


def test_a_listed_companys_short_name_is_found_before_what_it_does():
    assert names("爱达股份总投资100亿元的电池项目在高新区开工。") == ["爱达股份"]
    assert names("山工股份在济宁高新区新建智能工厂。") == ["山工股份"]
    assert names("华新股份拟在园区投资建设新基地。") == ["华新股份"]


def test_shares_and_share_reforms_are_still_no_companies():
    assert names("公司所持股份在锁定期内不得转让，国有股份在改制后划转。") == []


def test_companies_named_by_their_ownership_are_no_names():
    assert names("国家级开发区新建外商投资公司2982家，其中，跨国公司地区总部67家。") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("常州高新区项目盘活原江苏常松机械集团有限公司用地85亩。", "原江苏常松机械集团有限公司"),
        ("合肥高新区欢迎比亚迪公司来肥考察投资。", "比亚迪公司"),
        ("园区企业收购苏州某某科技有限公司。", "苏州某某科技有限公司"),
        ("高新区携手华为技术有限公司共建创新中心。", "华为技术有限公司"),
    ],
)
def test_a_name_starts_after_the_verb_before_it(text, name):
    assert [c.name for c in extract_companies(text)] == [name]

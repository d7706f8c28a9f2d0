"""Where a company's name begins and whether a suffix ends a name at all: the verbs a zone
gathers companies with, a 和 inside a name, companies of a kind counted, and a listed
company's short name opening a clause after a lead-in."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("开发区已集聚苏州华星光电技术有限公司等一批企业。", "苏州华星光电技术有限公司"),
        ("这里先后聚集了成都京东方光电科技有限公司。", "成都京东方光电科技有限公司"),
        ("今年已落户宁波舜宇光电信息有限公司。", "宁波舜宇光电信息有限公司"),
        ("园区汇聚杭州海康威视数字技术股份有限公司。", "杭州海康威视数字技术股份有限公司"),
        ("年内入驻深圳迈瑞生物医疗电子股份有限公司。", "深圳迈瑞生物医疗电子股份有限公司"),
    ],
)
def test_a_name_starts_after_the_verb_a_zone_gathers_companies_with(text, name):
    assert names(text) == [name]


def test_a_gathering_area_inside_a_name_is_no_cut():
    assert names("合同由郑州航空港产业集聚区投资有限公司签署。") == ["郑州航空港产业集聚区投资有限公司"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("旗下的武汉中和动力科技有限公司投产。", "武汉中和动力科技有限公司"),
        ("园区引进了同和药业（江西）有限公司。", "同和药业（江西）有限公司"),
        ("签约的瑞和精密机械股份有限公司。", "瑞和精密机械股份有限公司"),
    ],
)
def test_a_he_inside_a_name_does_not_split_it(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "区内企业包括西安隆基乐叶光伏科技有限公司和陕西煤业化工集团有限公司。",
            ["西安隆基乐叶光伏科技有限公司", "陕西煤业化工集团有限公司"],
        ),
        ("市政府和中国建材集团有限公司签约。", ["中国建材集团有限公司"]),
        ("清华大学和北京燕东微电子股份有限公司合作。", ["北京燕东微电子股份有限公司"]),
        ("园区和江苏恒瑞医药股份有限公司合作。", ["江苏恒瑞医药股份有限公司"]),
        ("与华为、中兴和深圳传音控股股份有限公司合作。", ["深圳传音控股股份有限公司"]),
        ("（浦口区）和南京钢铁集团有限公司共建。", ["南京钢铁集团有限公司"]),
    ],
)
def test_a_he_after_a_name_a_body_or_a_list_item_still_joins_two(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "创新中心已衍生科技型公司30余家。",
        "累计培育上市后备集团12家，",
        "全区新注册平台型公司两百多家。",
        "全年新设投资运营公司5个，",
    ],
)
def test_a_kind_of_company_followed_by_its_count_is_no_name(text):
    assert names(text) == []


def test_a_company_followed_by_a_count_of_something_else_is_still_a_name():
    assert names("湖北长江存储有限公司3个项目开工。") == ["湖北长江存储有限公司"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("数据显示，潍柴股份今年前三季度实现营业收入1600亿元。", "潍柴股份"),
        ("另据了解，中集股份上半年营收增长12%。", "中集股份"),
        ("公告称，宝钢股份2023年实现净利润120亿元。", "宝钢股份"),
    ],
)
def test_a_short_name_in_gu_fen_opens_a_clause_before_a_time(text, name):
    assert names(text) == [name]


def test_shares_before_a_time_inside_a_clause_are_no_company():
    assert names("其持有的限售股份今年解禁，增持股份上半年完成。") == []

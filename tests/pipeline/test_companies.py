"""The companies stage (archive.pipeline.companies): the answer key over the fixture
pages, merging spellings, and what is not a company."""

import pytest

from archive.pipeline.companies import company_key, extract_companies
from archive.pipeline.figures import article_text

from .figure_key import KEY
from .test_figures import key_article


def test_it_finds_the_companies_of_the_fixture_pages(parsed):
    expected = found = 0
    misses, extras = [], []
    for (page, head), entry in KEY.items():
        got = {c.key: c.name for c in extract_companies(article_text(key_article(parsed, page, head).blocks))}
        want = {company_key(n): n for n in entry["companies"]}
        expected += len(want)
        found += len(want.keys() & got.keys())
        misses += [want[k] for k in want.keys() - got.keys()]
        extras += [got[k] for k in got.keys() - want.keys()]
    print(f"companies: {found}/{expected}, extra {len(extras)}")
    assert found / expected >= 0.95, f"missed {misses}"
    assert len(extras) <= 0.1 * expected, f"not companies: {extras}"


def test_it_keeps_the_parenthesised_place():
    (c,) = extract_companies("日前，在双良硅材料（包头市）有限公司40GW单晶硅项目中上演。")
    assert c.name == "双良硅材料（包头市）有限公司"


def test_it_merges_spellings_of_one_company():
    text = "针对辰欣药业股份有限公司的问题；辰欣药业有限公司表示。SMC(中国)有限公司与SMC（中国）有限公司。东方今典集团与东方今典集团有限公司签约。"
    companies = extract_companies(text)
    assert [(c.name, c.mentions) for c in companies] == [
        ("辰欣药业股份有限公司", 2),
        ("SMC(中国)有限公司", 2),
        ("东方今典集团有限公司", 2),
    ]


def test_it_cuts_off_the_words_before_a_name():
    text = "随着乌鲁木齐中科曙光云计算有限公司项目推进，高新区和中国科学院控股有限公司合作，已经引进丰树集团“物流园”，以平高集团、平煤神马集团等龙头企业为桥梁。"
    assert [c.name for c in extract_companies(text)] == [
        "乌鲁木齐中科曙光云计算有限公司",
        "中国科学院控股有限公司",
        "丰树集团",
        "平高集团",
        "平煤神马集团",
    ]


def test_bodies_universities_and_generic_phrases_are_not_companies():
    text = "济宁高新区税务局、大连理工大学洛阳研究院、科技部火炬中心对接上市公司，该公司负责人说，复工复产后公司的效益提高，推行集团化管理。"
    assert extract_companies(text) == []


def test_it_takes_a_short_name_listed_with_a_named_company_as_enterprises():
    text = "主动对接企业，向山推股份、通佳机械等企业进行了讲解。向餐饮、零售等企业发放补贴，向高新技术企业、专精特新等企业宣讲。"
    assert [c.name for c in extract_companies(text)] == ["山推股份", "通佳机械"]


def test_a_name_holding_a_cut_word_is_not_cut_to_its_suffix():
    text = "海尔集团、美的集团股份有限公司共同发起成立产业联盟。"
    assert [c.name for c in extract_companies(text)] == ["海尔集团", "美的集团股份有限公司"]


def test_a_de_after_a_longer_word_still_cuts_the_name():
    assert [c.name for c in extract_companies("引进园区的集团公司和华为技术有限公司。")] == ["华为技术有限公司"]


def test_a_group_in_brackets_is_inside_the_name():
    names = [c.name for c in extract_companies("上海微电子装备（集团）股份有限公司发布新品。")]
    assert names == ["上海微电子装备（集团）股份有限公司"]


def test_a_branch_is_listed_by_its_full_name_beside_its_company():
    # (until the seventh held-out test a branch was its company: only the parent was listed)
    text = "华为技术有限公司深圳分公司、中国建设银行股份有限公司北京分公司到场。"
    assert [c.name for c in extract_companies(text)] == [
        "华为技术有限公司",
        "华为技术有限公司深圳分公司",
        "中国建设银行股份有限公司",
        "中国建设银行股份有限公司北京分公司",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "截至目前，已有5家公司提交申请，两家公司签约。",
        "该区国有平台公司完成融资。",
        "园区组建了产业投资集团，并成立城投公司。",
        "由某某集团投资建设的项目开工。",
    ],
)
def test_counts_demonstratives_and_kinds_of_company_are_no_names(text):
    assert extract_companies(text) == []


def test_a_name_with_numerals_in_it_is_still_a_name():
    text = "三一重工股份有限公司、七匹狼实业股份有限公司和万家乐公司参加，引进3家世界500强企业和华为技术有限公司。"
    assert [c.name for c in extract_companies(text)] == [
        "三一重工股份有限公司",
        "七匹狼实业股份有限公司",
        "万家乐公司",
        "华为技术有限公司",
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        ("其中，分别有四川金汇能新材料股份有限公司入驻。", ["四川金汇能新材料股份有限公司"]),
        ("双方成立合资公司眉山瑞业高新发展有限公司。", ["眉山瑞业高新发展有限公司"]),
        (
            "苏州潞能能源科技有限公司投资方江苏潞能能源有限公司负责建设。",
            ["苏州潞能能源科技有限公司", "江苏潞能能源有限公司"],
        ),
        ("园区积极配合天通集团做好项目建设。", ["天通集团"]),
        ("亿纬动力及其母公司亿纬锂能表示。", []),
        ("海口国家高新区已吸引中国电信、大唐集团等一批知名企业相继落户。", ["中国电信", "大唐集团"]),
        ("恒瑞医药·福建盛迪医药有限公司总经理刘凯介绍。", ["福建盛迪医药有限公司"]),
    ],
)
def test_a_name_starts_after_the_words_and_the_other_company_before_it(text, names):
    assert [c.name for c in extract_companies(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "来自上海的科创板上市公司有78家。",
        "科创板32家存量未盈利公司实现盈利。",
        "同时可以满足公司合肥60GW项目的需求。",
        "公司拟公开发行股份2062万股。",
    ],
)
def test_a_kind_of_company_or_shares_dealt_in_is_no_company(text):
    assert extract_companies(text) == []

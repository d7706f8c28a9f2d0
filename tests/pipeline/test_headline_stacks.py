"""Headline lines set tight on a narrow page (``stacks``): the lines of a headline broken
in its large type are narrower than its kicker and subtitle; a deck with a comma and a
number under the headline is its subtitle; a titled headline set tight under a kicker that
names the park is still the headline (``headings``); a headline's first line left open
after its colon goes on with the next (``stacks.opens_titled_headline``)."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

INDENT = "\u3000\u3000"
BODY = [
    line
    for p in (
        "6月4日，记者从滨湖科技园获悉，今年1月至4月，园区新增各类市场主体2.1万户，同比增长8.7%，其中新增科技型企业6300余家。",
        "新增企业主要集中在光电子信息、生物医药、软件和信息服务等领域。园区市场监管局相关负责人介绍，园区推行企业开办“一网通办”，新办企业最快半天即可领取营业执照。",
    )
    for line in wrap(INDENT + p, 14)
]


def story(heads: list[str], gazetteer, byline="本报记者　刘晓庆"):
    text = "\n".join([*heads, byline, *BODY]) + "\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    return a.kicker, a.headline.replace(" ", ""), a.subtitle


def test_a_headline_broken_in_its_large_type_is_narrower_than_its_kicker(gazetteer):
    heads = ["创新创业热度持续攀升", "园区前4月新增", "市场主体2.1万户"]
    assert story(heads, gazetteer) == ("创新创业热度持续攀升", "园区前4月新增市场主体2.1万户", "")


def test_a_headline_broken_in_its_large_type_has_a_subtitle_under_it(gazetteer):
    heads = ["园区前4月新增", "市场主体2.1万户", "科技型企业数量同比增长三成"]
    assert story(heads, gazetteer) == ("", "园区前4月新增市场主体2.1万户", "科技型企业数量同比增长三成")


def test_lines_no_narrower_than_the_rest_stay_one_headline(gazetteer):
    heads = ["园区前4月新增市场主体", "2.1万户"]
    assert story(heads, gazetteer)[1] == "园区前4月新增市场主体2.1万户"


def test_a_titled_headline_under_a_kicker_that_names_the_park_is_the_headline(gazetteer):
    heads = ["上海张江高新区加快推动科技成果转化", "张江：从“科学城”", "到“科创城”", "去年技术合同成交额同比增长25%"]
    assert story(heads, gazetteer) == (
        "上海张江高新区加快推动科技成果转化",
        "张江：从“科学城”到“科创城”",
        "去年技术合同成交额同比增长25%",
    )


@pytest.mark.parametrize("narrow", [True, False], ids=["narrow", "paragraph-a-line"])
def test_a_deck_with_a_comma_and_a_number_under_the_headline_is_its_subtitle(gazetteer, narrow):
    heads = ["成都高新区新经济企业突破7万家", "一季度新增4800余家，同比增长11%"]
    body = BODY if narrow else ["".join(BODY[:5]).strip(), "".join(BODY[5:]).strip()]
    text = "\n".join([*heads, "本报记者　程　雪", *body]) + "\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == ("成都高新区新经济企业突破7万家", "一季度新增4800余家，同比增长11%")


def test_a_headline_line_left_open_after_its_colon_goes_on_with_the_next(gazetteer):
    text = "\n".join(["", "高新区“万亿俱乐部”扩容：", "中西部城市加速追赶", "本报记者　王　峰", *BODY]) + "\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == ("", "高新区“万亿俱乐部”扩容：中西部城市加速追赶")
    assert a.paragraphs[0].startswith("6月4日")


def test_a_subtitle_under_a_headline_broken_in_its_large_type_is_not_its_second_line(gazetteer):
    # (``总投资超过九十亿元的项目`` would go on with a headline's first line: here the type shows where
    # the headline ends.)
    heads = ["园区前4月新增", "市场主体2.1万户", "总投资超过九十亿元的项目"]
    assert story(heads, gazetteer) == ("", "园区前4月新增市场主体2.1万户", "总投资超过九十亿元的项目")

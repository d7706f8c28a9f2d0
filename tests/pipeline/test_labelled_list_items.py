"""A line ending in a colon that announces a list (``获奖名单如下：``), short of its column,
ends its paragraph when the next line opens an item with its label and colon (``优秀园区：…``):
each item is a paragraph, as a numbered item (``1．…``) already is. A quotation after a
speaker's colon still goes on in the same paragraph."""

from archive.pipeline.parse import parse_page

PAGE = """南宁高新区表彰年度优秀服务机构

本报讯 近日，南宁高新区召开年度科技服务

工作会议，对一批服务机构进行表彰。获奖

名单如下：

优秀孵化机构：南宁启航孵化器、南宁创谷科

技服务公司。

优秀技术转移机构：北部湾技术转移中心。

会议还部署了下半年的科技服务工作。（黎明）
"""


def test_each_labelled_item_after_an_announcing_colon_is_a_paragraph(gazetteer):
    (a,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert [p[:6] for p in a.paragraphs] == ["近日，南宁高", "优秀孵化机构", "优秀技术转移", "会议还部署了"]
    assert a.paragraphs[0].endswith("获奖名单如下：")


def test_a_quotation_after_a_speakers_colon_goes_on():
    page = parse_page("园区负责人说：\n\n“今年园区将新建孵化器三家，服务企业超过五百家。”\n\n园区还将设立专项资金。\n")
    assert page.articles[0].paragraphs[0].startswith("园区负责人说：“今年")

"""A running head printed again where the page goes on: a page title repeated on a line of
its own under the head (``…　要闻　3…`` / ``要闻``), a periodical's masthead (its name, its
name in Latin capitals, the issue) over its section and page number, and the same head set
again in the middle of the text where the next page begins."""

from archive.pipeline.mastheads import PageLabel, find_furniture
from archive.pipeline.parse import parse_page

STORY = """
德清高新区地理信息产业营收突破百亿元
本报记者　陈　曦

　　记者从德清高新区获悉，去年园区地理信息产业营业收入首次突破百亿元，集聚企业四百余家。
　　园区相关负责人表示，今年将围绕时空大数据应用引进一批头部企业。
"""

SECOND = """
　　莫干山高新区生物医药企业研发投入持续增长，全年新增临床批件十一个，带动相关企业加快发展。
　　园区将建设公共实验平台，为中小企业提供检测服务。
"""


def test_the_page_title_repeated_alone_under_the_head_is_no_kicker():
    head = "湖州日报\nHUZHOU DAILY\n2025年9月3日　星期三　　要闻　2　　责任编辑　王　敏\n要闻\n"
    page = parse_page(head + STORY)
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("", "德清高新区地理信息产业营收突破百亿元")
    assert page.printed.page_title == "要闻"


def test_a_periodicals_masthead_with_its_issue_and_section_page_is_furniture():
    found = find_furniture(
        ["中国园区观察　CHINA PARK REVIEW　　　　2025年第7期", "园区调研　　　　18", "", "标题", "正文。"]
    )
    assert found.lines == {0: "masthead", 1: "page"}
    assert (found.newspaper, found.page, found.page_title) == ("中国园区观察", PageLabel("", 18), "园区调研")


def test_a_line_with_a_year_and_issue_beside_a_headline_is_no_masthead():
    assert find_furniture(["园区十年发展回顾 2025年第7期", "正文。"]).lines == {}


def test_the_periodicals_head_repeated_mid_page_is_neither_kicker_nor_text():
    head = "中国园区观察　CHINA PARK REVIEW　　　　2025年第7期\n园区调研　　　　18\n"
    again = "\n中国园区观察　CHINA PARK REVIEW　　　　2025年第7期\n园区调研　　　　19\n\n"
    text = head + STORY + again + "莫干山高新区新药研发提速\n文/李　强\n" + SECOND
    page = parse_page(text)
    first, second = page.articles
    assert first.kicker == "" and second.kicker == ""
    assert second.headline == "莫干山高新区新药研发提速"
    body = "".join(b.text for a in page.articles for b in a.blocks)
    assert "CHINA" not in body and "园区调研" not in body

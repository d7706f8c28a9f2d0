"""Running heads stacked one item a line in other papers' habits: a page number opening the
stack, a page title closing it before a blank line, a paper's English name with an ordinal."""

import datetime

import pytest

from archive.pipeline.mastheads import PageLabel, find_furniture
from archive.pipeline.parse import parse_page

STORY = """
苏州高新区光子产业集群加速成势
本报记者 李明
　　走进苏州高新区太湖光子科技园，一家家光子企业的厂房里，激光器、光学镜头等产品正在下线。
　　苏州高新区相关负责人表示，将加快建设光子集成创新中心。
"""


def test_a_page_number_opening_the_page_over_its_running_head_is_furniture():
    head = ["7", "2024 年 3 月 5 日　星期二", "区域创新", "责任编辑　李　明", "电话：010-12345678　传真：010-12345679"]
    found = find_furniture(head + ["", "苏州高新区光子产业集群加速成势", "正文。"])
    assert (found.page, found.date, found.page_title) == (PageLabel("", 7), datetime.date(2024, 3, 5), "区域创新")
    assert found.lines == {0: "page", 1: "date", 2: "page_title", 3: "editor", 4: "contact"}
    (a,) = parse_page("\n".join(head) + "\n" + STORY).articles
    assert (a.kicker, a.headline) == ("", "苏州高新区光子产业集群加速成势")


def test_a_page_number_opening_the_page_over_a_title_and_the_papers_name_is_furniture():
    found = find_furniture(["10", "经济", "2024年3月5日　星期二", "人民日报", "", "标题", "正文。"])
    assert (found.page, found.page_title, found.newspaper) == (PageLabel("", 10), "经济", "人民日报")


def test_a_bare_number_opening_the_page_over_text_is_no_page():
    assert find_furniture(["5", "区域创新", "正文。"]).lines == {}
    assert find_furniture(["2024", "年度报告", "正文。"]).lines == {}


@pytest.mark.parametrize(
    "head",
    [
        ["经济日报", "2024年3月5日 星期二", "5", "产经"],
        ["光明日报", "GUANGMING DAILY", "2024年3月5日　星期二", "10", "科技"],
    ],
    ids=["paper-date-number-title", "with-the-english-name"],
)
def test_a_page_title_closing_the_head_stack_before_a_blank_line_is_no_kicker(head):
    page = parse_page("\n".join(head) + "\n" + STORY)
    assert page.printed.page_title == head[-1]
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("", "苏州高新区光子产业集群加速成势")


def test_a_short_headline_set_apart_under_the_page_number_is_no_page_title():
    found = find_furniture(["经济日报", "2024年3月5日 星期二", "5", "", "春耕", "", "正文。"])
    assert found.page_title == ""
    assert 4 not in found.lines


def test_a_papers_english_name_opening_with_an_ordinal_is_furniture():
    head = [
        "21世纪经济报道",
        "21st CENTURY BUSINESS HERALD",
        "2024年3月5日 星期二",
        "07",
        "区域",
        "责编：陈思　美编：黄静",
    ]
    found = find_furniture(head + ["", "标题", "正文。"])
    assert found.lines == {0: "masthead", 1: "masthead", 2: "date", 3: "page", 4: "page_title", 5: "editor"}
    (a,) = parse_page("\n".join(head) + "\n" + STORY).articles
    assert a.headline == "苏州高新区光子产业集群加速成势"


def test_a_page_number_and_title_opening_the_page_over_the_papers_name_and_date_are_furniture():
    head = ["８　地方经济", "光明日报　２０２４年３月５日　星期二", "本版编辑：陈　明"]
    found = find_furniture(head + ["", "苏州高新区光子产业集群加速成势", "正文。"])
    assert (found.page, found.page_title, found.newspaper) == (PageLabel("", 8), "地方经济", "光明日报")
    assert found.date == datetime.date(2024, 3, 5)
    (a,) = parse_page("\n".join(head) + "\n\n创新引领产业集群发展" + STORY).articles
    assert (a.kicker, a.headline) == ("创新引领产业集群发展", "苏州高新区光子产业集群加速成势")


def test_a_number_and_a_phrase_opening_the_page_over_text_are_no_running_head():
    assert find_furniture(["8 区域创新", "苏州高新区光子产业集群加速成势", "正文。"]).lines == {}


def test_a_news_section_title_closing_the_head_stack_without_a_page_number_is_no_kicker():
    head = ["2024年3月5日　星期二", "责编：陈　明　美编：林　立", "江苏新闻"]
    page = parse_page("\n".join(head) + "\n" + STORY)
    assert page.printed.page_title == "江苏新闻"
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("", "苏州高新区光子产业集群加速成势")

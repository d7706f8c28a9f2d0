"""A data box printed after a story (数读, 一图读懂, 图解): its label on a line of its own, a
title, and lines that are each an item and its number (``营业收入 9865亿元``,
``相关企业：126 家``). The box is an article of its own: the title its headline, the label its
column, each number line a paragraph as printed, no writer; it ends with its last number
line, so the next story's headline is not its kicker (``data_boxes``)."""

import pytest

from archive.pipeline.parse import parse_page

STORY = [
    "## 嘉兴秀洲高新区光伏装备出口增长三成",
    "",
    "▶ 本报记者 沈佳怡",
    "",
    "今年一季度，嘉兴秀洲高新区光伏装备出口额同比增长31%。",
    "",
    "园区相关负责人表示，将继续支持企业开拓海外市场，建设光伏装备海外服务中心，为企业提供报关、物流和售后服务。",
    "",
]
NEXT = [
    "## 湖州莫干山高新区地理信息产业集聚企业超百家",
    "",
    "▶ 本报记者 钱晓峰",
    "",
    "记者从湖州莫干山高新区获悉，园区地理信息产业企业已达112家，去年实现营业收入62亿元。",
    "",
]


def box(label, title, rows):
    return [label, "", title, ""] + [line for row in rows for line in (row, "")]


SPACED = ["出口额 18.6亿元", "同比增长 31%", "出口国家和地区 40多个", "海外服务网点 26个"]
COLON = ["出口额：18.6 亿元", "同比增长：31%", "出口国家和地区：40 多个", "海外服务网点：26 个"]


@pytest.mark.parametrize(
    "label,title,rows",
    [
        ("数读", "### 秀洲高新区光伏装备出口“成绩单”", SPACED),
        ("一图读懂", "秀洲高新区光伏装备出口", COLON),
    ],
)
def test_a_data_box_is_an_article_of_its_own(gazetteer, label, title, rows):
    lines = STORY + box(label, title, rows) + NEXT
    page = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer)
    story, data, nxt = page.articles
    assert [c.name for c in story.credits] == ["沈佳怡"]
    assert story.paragraphs[-1].startswith("园区相关负责人表示")
    assert data.headline == title.lstrip("# ")
    assert data.paragraphs == rows
    assert data.credits == [] and data.kicker == "" and label in data.column
    assert nxt.headline == "湖州莫干山高新区地理信息产业集聚企业超百家"
    assert nxt.kicker == "" and [c.name for c in nxt.credits] == ["钱晓峰"]

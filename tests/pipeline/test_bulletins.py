"""A government office's bulletin (简报): its head and foot are running heads, its contents
list is no story's text, and each item closes with its contributor's credit (（X管委会供稿）), so
every item is an article of its own. And a continuation mark set with a bullet (■上接A01版)."""

import datetime

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import accounted_chars, parse_page

BULLETIN = """园区创新工作简报
2024年第7期
江苏省科学技术厅办公室　　　　　　　　　2024年3月15日

【本期要目】
苏州高新区实施“科技企业倍增”行动
无锡高新区建设集成电路中试平台

苏州高新区实施“科技企业倍增”行动
　　今年以来，苏州高新区深入实施“科技企业倍增”行动，推动科技企业数量和质量

— 1 —

双提升。截至2月底，全区有效高新技术企业达到2100家。
一、建立梯次培育库
　　按照“科技型中小企业—高新技术企业—领军企业”的路径，建立三级培育库，入库
企业900余家。
二、强化政策支持
　　对首次认定的高新技术企业给予20万元奖励。今年已兑现奖补资金8000万元。
（苏州高新区管委会供稿）

无锡高新区建设集成电路中试平台
　　无锡高新区依托驻锡高校院所，建设集成电路中试平台，今年1—2月服务企业60余家。
　　下一步，无锡高新区将设立规模3亿元的集成电路产业基金。
（无锡高新区管委会供稿）

报：科技部火炬中心
送：省委办公厅、省政府办公厅
发：各设区市科技局，各国家高新区管委会
江苏省科学技术厅办公室　　　　　　　2024年3月15日印发
（共印60份）
"""


def test_a_bulletins_head_and_foot_are_running_heads():
    found = find_furniture(BULLETIN.split("\n"))
    assert (found.newspaper, found.date) == ("园区创新工作简报", datetime.date(2024, 3, 15))
    assert sorted(found.lines) == [0, 1, 2, 26, 27, 28, 29, 30]


def test_each_item_of_a_bulletin_is_an_article_closed_by_its_contributors_credit(gazetteer):
    page = parse_page(BULLETIN, gazetteer=gazetteer)
    first, second = page.articles
    assert (first.headline, first.kicker, first.subtitle) == ("苏州高新区实施“科技企业倍增”行动", "", "")
    assert [b.text for b in first.blocks][-2:] == [
        "二、强化政策支持",
        "对首次认定的高新技术企业给予20万元奖励。今年已兑现奖补资金8000万元。",
    ]
    assert first.credits == []
    assert first.blocks[0].text.endswith("推动科技企业数量和质量双提升。截至2月底，全区有效高新技术企业达到2100家。")
    assert second.headline == "无锡高新区建设集成电路中试平台"
    assert [b.text for b in second.blocks] == [
        "无锡高新区依托驻锡高校院所，建设集成电路中试平台，今年1—2月服务企业60余家。",
        "下一步，无锡高新区将设立规模3亿元的集成电路产业基金。",
    ]
    assert "（无锡高新区管委会供稿）" not in [b.text for b in second.blocks]
    raw, placed = accounted_chars(BULLETIN, page)
    assert raw == placed


def test_a_bulletins_contents_list_is_furniture(gazetteer):
    page = parse_page(BULLETIN, gazetteer=gazetteer)
    contents = [e["text"] for e in page.furniture if e["kind"] == "contents"]
    assert contents == ["【本期要目】", "苏州高新区实施“科技企业倍增”行动", "无锡高新区建设集成电路中试平台"]


def test_a_contributors_credit_closing_a_paragraph_is_set_apart():
    page = parse_page(BULLETIN.replace("8000万元。\n（苏州", "8000万元。（苏州"))
    assert page.articles[0].blocks[-1].text == "对首次认定的高新技术企业给予20万元奖励。今年已兑现奖补资金8000万元。"


CONTINUED = """苏州工业园区新增两家国家级创新平台
　　本报讯（记者 李明）近日，科技部公布新一批国家级创新平台名单，苏州工业园区两家单位获批。
　　园区相关负责人表示，将支持新获批平台与园区产业深度对接。

■上接A01版
苏州一季度新增高企数量居全省首位
业服务专员制度，为企业提供政策申报、融资对接等“一站式”服务。
　　市科技局相关负责人表示，下一步将加大对科技型中小企业的培育力度。
"""


def test_a_continuation_mark_set_with_a_bullet_starts_the_continued_article():
    page = parse_page(CONTINUED)
    first, second = page.articles
    assert second.continues_from == "A1"
    assert second.headline == "苏州一季度新增高企数量居全省首位"
    assert second.blocks[0].text.startswith("业服务专员制度")
    assert [e["text"] for e in page.furniture if e["kind"] == "jump_in"] == ["■上接A01版"]


NEWSLETTER_HEAD = [
    "高新园区通讯",
    "HIGH-TECH PARK NEWSLETTER",
    "2024年第3期（总第88期）",
    "苏州高新区管委会主办",
    "内部资料　免费交流",
    "第2版　园区要闻",
]


def test_a_zone_newsletters_masthead_block_is_a_running_head(gazetteer):
    found = find_furniture(NEWSLETTER_HEAD + ["", "苏州高新区光子产业规模突破三百亿元", "", "　　正文。"])
    assert sorted(found.lines) == [0, 1, 2, 3, 4, 5]
    assert found.page_title == "园区要闻"
    story = (
        "\n\n苏州高新区光子产业规模突破三百亿元\n\n　　今年一季度，苏州高新区光子产业实现产值八十亿元，同比增长两成。\n"
    )
    (a,) = parse_page("\n".join(NEWSLETTER_HEAD) + story, gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == ("苏州高新区光子产业规模突破三百亿元", "")


def test_a_headline_ending_in_tongxun_over_text_is_no_masthead():
    assert find_furniture(["园区企业通讯", "　　正文第一句。"]).lines == {}

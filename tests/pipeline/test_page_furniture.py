"""Running heads, editor lines and a front page's 导读 box in other papers' forms: furniture,
never a kicker, a headline or an article (probe of 2026-12-02, items R1-R4 and R13)."""

import re

import pytest

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

STORY = [
    "南昌高新区航空产业营收突破300亿元",
    "本报南昌6月11日电  （记者朱磊）记者从江西南昌高新区获悉：2022年，该区航空产业实现营业收入312亿元。",
]


def kinds(page):
    return {f["text"]: f["kind"] for f in page.furniture}


@pytest.mark.parametrize(
    "head",
    [
        ["2023年6月12日  星期一", "", "人民日报", "", "地  方  7"],
        ["人民日报  2023年6月12日  星期一  地  方  7"],
        ["要  闻  2", "2023年6月12日  星期一"],
    ],
)
def test_a_page_title_set_letter_spaced_is_a_running_head_not_a_kicker(gazetteer, head):
    page = parse_page("\n".join(head + [""] + STORY), gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("", STORY[0])
    assert page.printed.page_title in ("地方", "要闻")
    assert page.printed.page_label in ("第7版", "第2版")


@pytest.mark.parametrize(
    "head",
    [
        ["2023年6月15日 星期四  新华日报  11", "苏州新闻  责任编辑  王 静  张 阳"],
        ["A7  公司·产业", "2023年6月21日  星期三  编辑：李 丹"],
        ["A7  公司·产业  Company", "编辑：李 丹  美编：翟超尘  2023年6月21日  星期三  Tel:(0755)83501640"],
    ],
)
def test_a_page_title_or_date_on_the_line_of_the_editors_credit_is_a_running_head(gazetteer, head):
    page = parse_page("\n".join(head + STORY), gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.kicker, a.headline, a.subtitle) == ("", STORY[0], "")
    assert set(kinds(page)) >= {line.strip() for line in head}


def test_the_title_beside_an_editor_is_the_pages_title():
    found = find_furniture(["2023年6月15日 星期四  新华日报  11", "苏州新闻  责任编辑  王 静  张 阳", "正文。"])
    assert (found.page_title, set(found.lines)) == ("苏州新闻", {0, 1})


@pytest.mark.parametrize(
    "line",
    ["SCIENCE AND TECHNOLOGY DAILY", "国内统一连续出版物号 CN11-0078  代号1-97", "RENMIN RIBAO", "ECONOMIC DAILY"],
)
def test_an_english_masthead_and_the_serial_number_line_are_running_heads(gazetteer, line):
    page = parse_page("\n".join(["科技日报", line, "2023年6月8日  星期四"] + STORY), gazetteer=gazetteer)
    (a,) = page.articles
    assert a.headline == STORY[0]
    assert line in kinds(page)


def test_an_english_section_name_beside_the_page_title_is_part_of_the_running_head():
    found = find_furniture(["A7  公司·产业  Company", "晶拓半导体拟在苏州工业园区投建封测基地", "正文。"])
    assert (found.page.label, found.page_title, set(found.lines)) == ("A7版", "公司·产业", {0})


@pytest.mark.parametrize("line", ["责任编辑：王锦程", "（责任编辑：王锦程）", "校对：王锦程", "编辑：李 丹"])
def test_an_editors_or_proofreaders_line_between_stories_is_furniture(gazetteer, line):
    text = "\n".join(
        [
            "上半年科创板新受理企业超六成来自国家高新区",
            "证券时报记者 王一鸣",
            "国家高新区正在成为科创板上市企业的“主力军”，今年科创板新受理企业中有79家注册地位于国家高新区。",
            line,
            "东湖高新区上市公司总数达到62家",
            "6月20日，随着武汉一家光通信器件企业在深交所创业板挂牌上市，武汉东湖高新区上市公司总数达到62家。",
            "（责任编辑：王锦程）",
            "中关村科学城新增5家新型研发机构",
            "近日，中关村科学城新认定5家新型研发机构。",
        ]
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "上半年科创板新受理企业超六成来自国家高新区",
        "东湖高新区上市公司总数达到62家",
        "中关村科学城新增5家新型研发机构",
    ]
    assert kinds(page)[line] == "editor"


def test_a_line_that_only_starts_like_an_editors_credit_stays_text(gazetteer):
    text = "\n".join(STORY + ["编辑部：本刊征稿启事", "校对工作全面推进"])
    page = parse_page(text, gazetteer=gazetteer)
    assert "编辑部：本刊征稿启事" not in kinds(page) and "校对工作全面推进" not in kinds(page)


def test_the_page_editors_and_mail_at_the_foot_after_end_credits_are_furniture(gazetteer):
    foot = "本版责编：吴  刚  刘  阳  邮箱：difang@people.cn"
    text = "\n\n".join([STORY[0], STORY[1] + "（游  仪）", foot])
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [STORY[0]]
    assert foot in kinds(page)


@pytest.mark.parametrize("label", ["今日导读", "要闻提示", "【本期导读】"])
def test_a_front_pages_daodu_box_is_furniture(gazetteer, label):
    text = "\n".join(
        [
            "2023年6月8日  星期四",
            label,
            "西安高新区硬科技企业融资",
            "额同比增长37%      2版",
            "成都高新区出台元宇宙产业",
            "新政12条           ▶3版",
            "合肥高新区集成电路产业五年营收翻两番",
            "◎本报记者 吴长锋",
            "6月7日，走进合肥高新区集成电路产业园，长鑫存储、晶合集成等龙头企业的生产线正满负荷运转。",
        ]
    )
    page = parse_page(text, gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.kicker, a.headline, a.subtitle) == ("", "合肥高新区集成电路产业五年营收翻两番", "")
    assert [m.name for m in a.parks if m.primary] and all("合肥" in m.name for m in a.parks)
    assert kinds(page)["新政12条           ▶3版"] == "contents"


@pytest.mark.parametrize("foot", ["值班主任　李　强　　责任编辑　孙　丽", "值班总编：周明  美编：王 芳"])
def test_the_night_editor_in_charge_on_the_editors_line_at_the_foot_is_furniture(gazetteer, foot):
    page = parse_page("\n\n".join(STORY + [foot]), gazetteer=gazetteer)
    (a,) = page.articles
    assert [b.kind for b in a.blocks] == ["p"]
    assert {re.sub(r"\s+", "", k): v for k, v in kinds(page).items()}[re.sub(r"\s+", "", foot)] == "editor"


PDF_PAGES = """苏州高新区光子产业集群加速成势
本报记者 李明
　　走进苏州高新区太湖光子科技园，一
家家光子企业的厂房里，激光器、光学
镜头和光芯片等产品正在下线。近年来，
园区把光子产业作为主导产业来培育，

A05
光明日报　2024年3月5日　星期二

产业规模已经突破三百亿元，集聚相关
企业两百余家。
　　园区相关负责人表示，下一步将加
快建设光子集成创新中心，力争到明年
产业规模再上新台阶。
"""


def test_the_next_pages_running_head_spliced_into_a_paragraph_is_furniture(gazetteer):
    page = parse_page(PDF_PAGES, gazetteer=gazetteer)
    (a,) = page.articles
    assert [b.text for b in a.blocks] == [
        "走进苏州高新区太湖光子科技园，一家家光子企业的厂房里，激光器、光学镜头和光芯片等产品正在下线。"
        "近年来，园区把光子产业作为主导产业来培育，产业规模已经突破三百亿元，集聚相关企业两百余家。",
        "园区相关负责人表示，下一步将加快建设光子集成创新中心，力争到明年产业规模再上新台阶。",
    ]
    assert {"A05", "光明日报 2024年3月5日 星期二"} <= {f["text"] for f in page.furniture}


def test_a_date_alone_between_paragraphs_stays_text(gazetteer):
    page = parse_page(PDF_PAGES.replace("A05\n光明日报　2024年3月5日　星期二", "2024年3月5日"), gazetteer=gazetteer)
    assert "2024年3月5日" in "".join(b.text for b in page.articles[0].blocks)

"""A picture's caption is the whole block from its opening to its credit line, wherever the
picture cut the column: the paragraph it cut goes on after the credit, whole."""

import pytest

from archive.pipeline.parse import parse_page

# The story's headline, byline and first lines, which every page here opens with.
OPENING = """苏州高新区光电产业链条越拉越长
◎本报记者 李明
　　走进苏州高新区光电产业园，一
排排厂房里，激光器、光学镜头和光
芯片等产品正在下线。近年来，园区
把光电产业作为主导产业培育，产业
规模已经突破三百亿元，集聚相关企
"""

HEAD = (
    OPENING
    + """业两百余家。
　　产业集聚带来了配套需求。一家
光学企业研发的高端镜头，已经进入"""
)

TAIL = """多家手机厂商的供应链；另一家企业
则为多条激光加工生产线提供了核心
部件。
　　园区相关负责人表示，下一步将
加快建设光电产业研究院，力争到明
年产业规模再上新台阶。
"""

CUT = "产业集聚带来了配套需求。一家光学企业研发的高端镜头，已经进入多家手机厂商的供应链；另一家企业则为多条激光加工生产线提供了核心部件。"


def writers(a):
    return [c.name for c in a.credits if c.role != "photo"]


@pytest.mark.parametrize(
    "caption, expected",
    [
        # opened by 图为, over two lines, the photographer's credit on a line of its own
        (
            "图为园区一家光学企业的工人正\n在检测镜头。\n本报记者 李明摄",
            "图为园区一家光学企业的工人正在检测镜头。",
        ),
        # opened by a bullet, closed by the picture's source in brackets
        ("■苏州高新区光电产\n业园一角。\n（苏州高新区供图）", "■苏州高新区光电产业园一角。（苏州高新区供图）"),
        # no opening word: a short line that leaves its sentence open, under a full one
        ("5月20日，园区一家\n企业员工在调试设备。\n（记者王明 摄）", "5月20日，园区一家企业员工在调试设备。"),
        # the picture's reporter credited in brackets, as 大众日报 credits photo news
        (
            "图为园区一家光学企业的工人正\n在检测镜头。\n（□记者 李明 报道）",
            "图为园区一家光学企业的工人正在检测镜头。（□记者 李明 报道）",
        ),
    ],
    ids=["opened-by-tuwei", "opened-by-a-bullet", "no-opening-word", "reporters-credit-in-brackets"],
)
def test_it_takes_a_whole_caption_block_out_of_the_paragraph_it_cut(gazetteer, caption, expected):
    (a,) = parse_page(HEAD + "\n" + caption + "\n" + TAIL, gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks if b.kind == "p"][1] == CUT
    assert len(a.blocks) == 3
    assert a.captions == [expected]
    assert writers(a) == ["李明"]


def test_a_caption_line_wider_than_the_column_goes_with_the_credit_line_under_it(gazetteer):
    caption = "5月20日，工人在苏州高新区一家光学企业的\n生产线上作业。　　　新华社记者　王明　摄"
    (a,) = parse_page(HEAD + "\n" + caption + "\n" + TAIL, gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks][1] == CUT
    assert a.captions == ["5月20日，工人在苏州高新区一家光学企业的生产线上作业。   新华社记者 王明 摄"]


FULL_LINE_HEAD = (
    OPENING
    + """业两百余家。
　　在一家光学企业的实验室里，研
发人员正在测试新一代高端镜头产品。
图为园区一家光学企业的生产
车间。
本报记者　王明摄
“近三年公司研发投入年均增长超过
两成，镜头的精度已达国际先进水平。”
公司相关负责人说。
　　园区相关负责人表示，下一步将
加快建设光电产业研究院，力争到明
年产业规模再上新台阶。
"""
)


def test_a_photo_credit_under_a_caption_block_starts_no_article(gazetteer):
    """The text under the credit goes on with the paragraph above the caption (a full line,
    the next one not indented): the photographer is no byline of a new story."""
    (a,) = parse_page(FULL_LINE_HEAD, gazetteer=gazetteer).articles
    assert a.blocks[1].text == (
        "在一家光学企业的实验室里，研发人员正在测试新一代高端镜头产品。"
        "“近三年公司研发投入年均增长超过两成，镜头的精度已达国际先进水平。”公司相关负责人说。"
    )
    assert a.captions == ["图为园区一家光学企业的生产车间。"]
    assert writers(a) == ["李明"]


UNINDENTED = """成都高新区电子信息产业一季度产值八百亿元
记者从成都高新区获悉，今年一季度，
园区电子信息产业实现产值八百亿元，
同比增长百分之十二。
园区是我国西部重要的电子信息产业
基地，集聚整机企业十余家、配套企
业三百余家。今年以来，园区加快推
进智能终端测试场和显示面板示范线
园区一家企业的生产线。
（图片由受访单位提供）
等项目建设，推动产业向高端化方向
转型。
据悉，园区还将举办产业链供需对接
会，帮助本地配套企业进入整机企业
供应链。
"""


def test_a_one_line_caption_over_its_source_cuts_an_unindented_paragraph(gazetteer):
    (a,) = parse_page(UNINDENTED, gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks] == [
        "记者从成都高新区获悉，今年一季度，园区电子信息产业实现产值八百亿元，同比增长百分之十二。",
        "园区是我国西部重要的电子信息产业基地，集聚整机企业十余家、配套企业三百余家。今年以来，"
        "园区加快推进智能终端测试场和显示面板示范线等项目建设，推动产业向高端化方向转型。",
        "据悉，园区还将举办产业链供需对接会，帮助本地配套企业进入整机企业供应链。",
    ]
    assert a.captions == ["园区一家企业的生产线。（图片由受访单位提供）"]


LAST_LINE_OVER_A_CREDIT = (
    OPENING
    + """业两百余家产品。
本报记者 王明摄
　　园区相关负责人表示，下一步将
加快建设光电产业研究院，力争到明
年产业规模再上新台阶。
"""
)


def test_a_paragraphs_last_line_over_a_credit_stays_in_it_when_the_next_paragraph_is_indented(gazetteer):
    (a,) = parse_page(LAST_LINE_OVER_A_CREDIT, gazetteer=gazetteer).articles
    assert a.blocks[0].text.endswith("集聚相关企业两百余家产品。")
    assert a.captions == []


WECHAT_PICTURE = """园区一季度工业增加值增长一成

今年一季度，园区规上工业增加值同比增长百分之十二，增速位居全市前列。

▲园区光电实验室（资料图）

从重点项目看，一季度园区共有十八个工业项目竣工投产。
"""


def test_a_pointed_line_credited_as_a_file_picture_is_a_caption(gazetteer):
    (a,) = parse_page(WECHAT_PICTURE, gazetteer=gazetteer).articles
    assert a.captions == ["▲园区光电实验室（资料图）"]
    assert len(a.blocks) == 2


def test_a_quotation_set_into_the_column_in_short_lines_is_kept_out_of_the_paragraph(gazetteer):
    """A pull quote: lines clearly shorter than the column, opening and closing a quotation,
    between a full line that leaves its sentence open and the line that goes on with it."""
    (a,) = parse_page(HEAD + "\n“园区的竞争正在从\n拼政策转向拼生态。”\n" + TAIL, gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks][1] == CUT
    assert a.captions == ["“园区的竞争正在从拼政策转向拼生态。”"]


def test_a_quoted_line_as_wide_as_the_column_is_the_paragraphs_text(gazetteer):
    page = HEAD + "\n“园区的竞争正在从拼政策转向拼\n生态。”一家企业负责人说，国内\n" + TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == []


def test_a_pull_quote_set_apart_by_blank_lines_is_kept_out_of_the_paragraph(gazetteer):
    page = HEAD + "\n\n“园区的竞争正在从\n拼政策转向拼生态。”\n\n" + TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks][1] == CUT
    assert a.captions == ["“园区的竞争正在从拼政策转向拼生态。”"]


def test_a_pointed_one_clause_line_between_paragraphs_is_a_caption_without_a_credit(gazetteer):
    page = (
        OPENING
        + "业两百余家。\n▲园区一家光学企业的检测车间。\n　　园区相关负责人表示，下一步将\n加快建设光电产业研究院。\n"
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == ["▲园区一家光学企业的检测车间。"]
    assert len(a.blocks) == 2


def test_pointed_items_of_a_list_are_no_captions(gazetteer):
    page = OPENING + "业两百余家。\n▲光学镜头产业链加快集聚。\n▲激光器企业营收增长两成。\n"
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == []

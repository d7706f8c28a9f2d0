"""Runs of briefs under a column heading, bulleted briefs, picture news and bracketed labels."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

BRIEFS = """园区快讯

本报讯 近日，南京高新区举办科技成果转化对接会，现场签约项目26个，签约金额达18.5亿元。（王明）

本报讯 11月20日，成都高新区发布支持人工智能产业发展的若干政策，最高给予企业1000万元资金支持。（李华）

本报讯 记者从济南高新区获悉，该区今年新增国家级专精特新“小巨人”企业15家，总数达到58家。（记者 张三）
"""


def test_a_run_of_briefs_is_one_article_each_under_the_column_heading(gazetteer):
    arts = parse_page(BRIEFS, gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits]) for a in arts] == [
        ("园区快讯", ["王明"]),
        ("园区快讯", ["李华"]),
        ("园区快讯", ["张三"]),
    ]
    assert [a.parks[0].name[:2] for a in arts] == ["南京", "成都", "济南"]


BRIEFS_CREDITED_AT_THE_START = """园区快讯

本报讯（记者 孙庆辉 通讯员 王亚楠）近日，郑州高新区召开媒体见面会，介绍园区发展情况。

据悉，2010年底，高新区被批准为国家高新技术产业标准化示范区。

本报讯 采访团参观了高新信息港、国家动漫产业基地和汉威电子公司。（王亚楠）
"""


def test_a_second_dateline_opens_the_next_brief_though_the_first_closed_without_credits(gazetteer):
    a, b = parse_page(BRIEFS_CREDITED_AT_THE_START, gazetteer=gazetteer).articles
    assert [c.name for c in a.credits] == ["孙庆辉", "王亚楠"]
    assert [p[:4] for p in a.paragraphs] == ["近日，郑", "据悉，2"]
    assert b.paragraphs == ["采访团参观了高新信息港、国家动漫产业基地和汉威电子公司。"]
    assert b.column == "园区快讯"


BULLETED_BRIEFS = """园区简讯

■ 日前，武汉东湖高新区发布光电子信息产业政策，每年安排不少于10亿元专项资金。（张莉）
■ 3月10日，长沙高新区与华为技术有限公司签署战略合作协议，总投资约15亿元。（王磊）
■ 截至2月底，成都高新区今年已新增注册企业8563户，同比增长26.4%。（刘洋）
"""


def test_a_run_of_bulleted_briefs_is_one_article_each_without_its_bullet(gazetteer):
    arts = parse_page(BULLETED_BRIEFS, gazetteer=gazetteer).articles
    assert [(a.column, a.headline, [c.name for c in a.credits]) for a in arts] == [
        ("园区简讯", "武汉东湖高新区发布光电子信息产业政策", ["张莉"]),
        ("园区简讯", "长沙高新区与华为技术有限公司签署战略合作协议", ["王磊"]),
        ("园区简讯", "成都高新区今年已新增注册企业8563户", ["刘洋"]),
    ]
    assert arts[0].paragraphs[0].startswith("日前，武汉东湖高新区")


@pytest.mark.parametrize("width", [12, 14, 18])
def test_a_run_of_bulleted_briefs_in_a_narrow_column_is_one_article_each(gazetteer, width):
    lines = []
    for line in BULLETED_BRIEFS.split("\n"):
        lines += wrap(line, width) if line.startswith("■") else [line]
    arts = parse_page("\n\n".join(x for x in lines if x) + "\n", gazetteer=gazetteer).articles
    assert [[c.name for c in a.credits] for a in arts] == [["张莉"], ["王磊"], ["刘洋"]]


PHOTO_NEWS = """图片新闻

近日，苏州工业园区一家生物医药企业的科研人员正在进行新药研发试验。今年以来，园区生物医药产业产值同比增长15.2%。
本报记者 王明摄

11月15日，参观者在高交会上体验智能机器人。本届高交会吸引了3000余家企业参展。
新华社记者 李华摄

日前，合肥高新区量子科技产业园内，工作人员正在调试量子计算设备。（资料图片）
"""


def test_each_picture_under_picture_news_is_a_story_of_its_own(gazetteer):
    arts = parse_page(PHOTO_NEWS, gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits], a.paragraphs[0][:5]) for a in arts] == [
        ("图片新闻", ["王明"], "近日，苏州"),
        ("图片新闻", ["李华"], "11月15"),
        ("图片新闻", [], "日前，合肥"),
    ]
    assert all("derived_headline" in a.flags for a in arts)
    assert arts[2].headline == "合肥高新区量子科技产业园内，工作人员正在调试量子计算设备"


@pytest.mark.parametrize(
    ("rest", "paragraphs"),
    [
        # closing credits, then a paragraph without a dateline
        ("南京高新区举办对接会。（王明）\n\n会上，多家企业发布了新产品。", 2),
        # a photographer's credit inside the story
        ("南京高新区举办对接会。\n\n本报记者 王明摄\n\n近日，多家企业发布了新产品。", 2),
        # paragraphs set with bullets, no credits closing the one above
        ("南京高新区举办对接会。\n\n■ 一是加快项目落地。\n\n■ 二是优化服务。", 3),
    ],
)
def test_a_paragraph_that_opens_no_brief_stays_in_the_story(gazetteer, rest, paragraphs):
    text = f"南京高新区签约项目26个\n\n本报讯 近日，{rest}\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.headline == "南京高新区签约项目26个" and len(a.paragraphs) == paragraphs


def test_a_headline_over_one_brief_stays_its_headline(gazetteer):
    text = "南京高新区签约项目26个\n\n本报讯 近日，南京高新区举办对接会，现场签约项目26个。（王明）\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, a.column) == ("南京高新区签约项目26个", "")


LABELLED = """【园区动态】
郑州高新区：数字经济核心产业增加值增长15%
■本报记者 李洋
近日，从郑州高新区获悉，今年前三季度，该区数字经济核心产业增加值同比增长15%。
扫码阅读全文

【一线观察】
让科技成果“落地生根”
——记株洲高新区科技成果转化工作
□通讯员 王芳 本报记者 张三
在株洲高新区，一项项科技成果正加快转化为现实生产力。2023年，全区技术合同成交额达到85亿元。
"""


def test_a_bracketed_label_over_a_headline_is_its_column(gazetteer):
    a, b = parse_page(LABELLED, gazetteer=gazetteer).articles
    assert (a.column, a.headline, a.kicker) == ("园区动态", "郑州高新区：数字经济核心产业增加值增长15%", "")
    assert (b.column, b.headline, b.kicker) == ("一线观察", "让科技成果“落地生根”", "")


def test_a_dashed_subtitle_naming_the_park_is_not_the_headline(gazetteer):
    b = parse_page(LABELLED, gazetteer=gazetteer).articles[1]
    assert b.subtitle == "记株洲高新区科技成果转化工作"


def test_a_hollow_square_marks_a_byline(gazetteer):
    b = parse_page(LABELLED, gazetteer=gazetteer).articles[1]
    assert [(c.name, c.role) for c in b.credits] == [("王芳", "correspondent"), ("张三", "staff")]


def test_a_qr_codes_prompt_is_furniture(gazetteer):
    page = parse_page(LABELLED, gazetteer=gazetteer)
    assert {"line": 4, "kind": "qr_prompt", "text": "扫码阅读全文"} in page.furniture
    assert "扫码" not in page.articles[0].blocks[-1].text and not page.articles[1].kicker


def test_a_brief_without_a_headline_is_titled_by_its_first_clause_and_flagged(gazetteer):
    arts = parse_page(BRIEFS, gazetteer=gazetteer).articles
    assert [a.headline for a in arts] == [
        "南京高新区举办科技成果转化对接会",
        "成都高新区发布支持人工智能产业发展的若干政策",
        "济南高新区今年新增国家级专精特新“小巨人”企业15家",
    ]
    assert all(a.flags == ["derived_headline"] for a in arts)


@pytest.mark.parametrize("width", [14, 20, 40])
def test_a_run_of_briefs_set_in_a_narrow_column_is_still_one_article_each(gazetteer, width):
    from .layouts import wrap

    lines = [line for para in BRIEFS.split("\n") for line in (wrap(para, width) if len(para) > width else [para])]
    arts = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits]) for a in arts] == [
        ("园区快讯", ["王明"]),
        ("园区快讯", ["李华"]),
        ("园区快讯", ["张三"]),
    ]

"""A rule printed between two stories (``———``, ``─────``: a line of nothing but three or
more dashes or box-drawing strokes) is the page's typography, kept as furniture: it is no
text, no part of the next headline, and no article of its own. A dash of two (``——``)
opening a subtitle or a sentence is left alone."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = "\n".join(
    [
        "",
        "德州高新区生物制造产业园开工",
        "",
        "日前,德州高新区生物制造产业园开工建设,规划建设标准厂房12万平方米,重点引进合成生物、酶制剂等领域企业。",
        "",
        "据了解,产业园建成后可容纳企业40家,预计年产值50亿元。",
        "",
        "(本报记者 高建国)",
        "",
        "———",
        "",
        "聊城高新区轴承产业集群入选省级名单",
        "",
        "聊城高新区轴承产业集群日前入选省级特色产业集群名单,集群内规模以上企业已达86家。",
        "",
        "园区将设立专项资金,支持企业开展智能化改造和检验检测平台建设。",
        "",
        "(本报记者 刘海燕)",
        "",
        "─────",
        "",
        "滨州高新区新建两个中试基地",
        "",
        "▶ 本报记者 高建国",
        "",
        "滨州高新区日前新建化工新材料和高端铝材两个中试基地,可为科研成果提供中试熟化服务。",
        "",
    ]
)


def test_a_rule_between_stories_is_furniture():
    page = parse_page(PAGE)
    assert [a.headline for a in page.articles] == [
        "德州高新区生物制造产业园开工",
        "聊城高新区轴承产业集群入选省级名单",
        "滨州高新区新建两个中试基地",
    ]
    assert [[c.name for c in a.credits] for a in page.articles] == [["高建国"], ["刘海燕"], ["高建国"]]
    assert all(not any("—" in p or "─" in p for p in a.paragraphs) for a in page.articles)
    assert [e["text"] for e in page.furniture if e["kind"] == "rule"] == ["———", "─────"]
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed


def test_a_dash_opening_a_subtitle_is_no_rule():
    page = parse_page(
        "\n".join(["园区企业见闻", "——记高新区三家“小巨人”企业", "◎本报记者　王明", "", "近日，记者走进高新区。"])
    )
    assert page.articles[0].subtitle.endswith("记高新区三家“小巨人”企业")
    assert not [e for e in page.furniture if e["kind"] == "rule"]

"""Items of a bulletin numbered as one series (一、… 二、… 三、…), each a title over its own
text: every item is an article, and the item's number is the bulletin's order, not words of
its headline. A numbered subhead inside a story (under an unnumbered headline) stays its
subhead, number and all."""

from archive.pipeline.parse import accounted_chars, parse_page

ITEMS = """经开区要情通报
2025年第9期

一、经开区举办重点产业链供需对接会
　　9月5日，经开区举办重点产业链供需对接会，40余家整车和零部件企业现场洽谈，达成合作意向23项。

二、新材料产业园污水处理厂通水运行
　　9月12日，新材料产业园污水处理厂通水运行，日处理能力2万吨，可满足园区企业生产需要。

三、区人社局开展企业用工专项服务
　　全区今年已帮助企业招聘技术工人1800余人，开展岗前培训42期，企业用工缺口明显缩小。

四、数字经济产业园新增入驻企业11家
　　本月，数字经济产业园新增入驻软件和信息服务企业11家，园区入驻企业累计达到136家。
"""

SECTIONS = """经开区推动制造业数字化转型
　　今年以来，经开区推动规模以上工业企业数字化改造，已完成改造项目58个。
一、建设公共服务平台
　　区里建成工业互联网公共服务平台，为中小企业提供诊断服务。
二、加大资金支持
　　对完成改造的企业按投资额给予补助，今年已兑现资金3200万元。
"""


def test_each_numbered_item_is_an_article_headlined_without_its_number(gazetteer):
    page = parse_page(ITEMS, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "经开区举办重点产业链供需对接会",
        "新材料产业园污水处理厂通水运行",
        "区人社局开展企业用工专项服务",
        "数字经济产业园新增入驻企业11家",
    ]
    assert [len(a.blocks) for a in page.articles] == [1, 1, 1, 1]
    assert page.articles[2].blocks[0].text.startswith("全区今年已帮助企业")
    raw, placed = accounted_chars(ITEMS, page)
    assert raw == placed


def test_numbered_subheads_under_an_unnumbered_headline_stay_subheads(gazetteer):
    page = parse_page(SECTIONS, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.headline == "经开区推动制造业数字化转型"
    assert [b.text for b in art.blocks if b.kind == "subhead"] == ["一、建设公共服务平台", "二、加大资金支持"]

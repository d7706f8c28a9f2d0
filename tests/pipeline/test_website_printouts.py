"""A zone's news pages printed from its website by a browser (probe of 2026-12-02, items
R10-R12): the browser's header and footer, the site's name, breadcrumb, metadata line, tools
and navigation are furniture; a paragraph a sheet's end cut runs on across them, and the
stories the navigation separates are articles of their own."""

import re

import pytest

from archive.pipeline.parse import parse_page
from archive.pipeline.webpages import web_chrome

PRINTOUT = """2023/7/6 10:15
西安高新区硬科技企业上半年融资额同比增长37% - 西安高新区管委会
西安高新技术产业开发区管理委员会
首页 > 新闻中心 > 高新要闻
西安高新区硬科技企业上半年融资额同比增长37%
发布时间：2023-07-05 09:32    来源：西安高新区管委会    作者：高新区融媒体中心    浏览次数：2367
【字体：大 中 小】    分享到：
　　今年上半年，西安高新区硬科技企业融资持续活跃，1至6月共完成股权融资156笔，同比增长37.2%。西安高新区近年来持续完善科技金融服务体系，设立了规模100亿元的硬科技产业
https://xdz.xa.gov.cn/xwzx/gxyw/202307/t20230705_128832.html    1/2
2023/7/6 10:15
西安高新区硬科技企业上半年融资额同比增长37% - 西安高新区管委会
母基金，常态化举办“硬科技投融资路演”活动。
【打印本页】    【关闭窗口】
上一篇：西安高新区召开2023年上半年经济运行分析会
下一篇：西安高新区举办第二届硬科技成果转化大赛
https://xdz.xa.gov.cn/xwzx/gxyw/202307/t20230705_128832.html    2/2
2023/7/6 10:17
西安高新区出台支持光子产业发展若干措施 - 西安高新区管委会
当前位置：首页 > 新闻中心 > 媒体聚焦
西安高新区出台支持光子产业发展若干措施
发布日期：2023-07-04    信息来源：西安日报    作者：李琳琳    点击数：1842
　　近日，西安高新区印发《西安高新区支持光子产业发展若干措施》，从企业培育、平台建设、人才引进等方面提出18条具体支持措施。
【打印】【关闭】
上一条：西安高新区硬科技企业上半年融资额同比增长37%
下一条：没有了
主办单位：西安高新区管委会    承办单位：西安高新区融媒体中心
网站标识码：6101000036    陕ICP备05001573号-1
https://xdz.xa.gov.cn/xwzx/mtjj/202307/t20230704_128790.html    1/1
"""


@pytest.fixture(scope="module")
def page(gazetteer):
    return parse_page(PRINTOUT, gazetteer=gazetteer)


def test_the_stories_of_a_printed_website_are_articles_without_its_chrome(page):
    assert [(a.kicker, a.headline, a.subtitle) for a in page.articles] == [
        ("", "西安高新区硬科技企业上半年融资额同比增长37%", ""),
        ("", "西安高新区出台支持光子产业发展若干措施", ""),
    ]
    assert [len(a.blocks) for a in page.articles] == [1, 1]


def test_a_paragraph_cut_by_the_browsers_footer_and_header_runs_on_across_them(page):
    text = page.articles[0].blocks[0].text
    assert text.startswith("今年上半年") and text.endswith("硬科技产业母基金，常态化举办“硬科技投融资路演”活动。")


def test_every_line_of_the_browser_and_the_site_is_furniture(page):
    chrome = {f["text"] for f in page.furniture}
    headlines = {a.headline for a in page.articles}
    text_lines = {line.strip() for line in PRINTOUT.splitlines()}
    assert text_lines - chrome - headlines == {
        line.strip()
        for line in PRINTOUT.splitlines()
        if line.startswith("　　") or line == "母基金，常态化举办“硬科技投融资路演”活动。"
    }


@pytest.mark.parametrize(
    "line",
    [
        "来源：西安日报",  # a source closing a story stays in its text
        "2023年7月5日，西安高新区召开大会。",
        "记者从西安高新区获悉，首页设计大赛 > 预期",
        "西安 - 咸阳一体化加速推进",
    ],
)
def test_lines_of_a_story_are_no_chrome(line):
    assert web_chrome(["西安高新区召开大会", line, "会议指出，要抓好项目建设。"]) == []


def test_an_events_organiser_in_a_story_is_no_site_footer():
    lines = [
        "大赛由西安高新区管委会主办。",
        "主办单位：西安高新区管委会",
        "承办单位：西安高新区融媒体中心",
        "大赛为期三天。",
    ]
    assert web_chrome(lines) == []


def test_the_writer_on_a_metadata_line_is_credited_with_the_story_under_it(page):
    assert [[(c.name, c.role) for c in a.credits] for a in page.articles] == [[], [("李琳琳", "author")]]


SITE_STORY = """首页 > 新闻动态 > 园区要闻
合肥高新区举办科技成果发布会
发布时间：2024-03-05 10:20　　来源：合肥高新区管委会　　浏览次数：812
　　3月4日，合肥高新区举办科技成果发布会，现场发布成果36项。
上一篇：合肥高新区召开经济运行分析会
下一篇：合肥高新区开展安全生产检查

友情链接：
中国政府网　安徽省人民政府　合肥市人民政府

主办单位：合肥高新技术产业开发区管理委员会　　备案号：皖ICP备12345678号
"""


def test_a_sites_link_list_and_its_footer_with_a_record_number_are_furniture(gazetteer):
    page = parse_page(SITE_STORY, gazetteer=gazetteer)
    (a,) = page.articles
    assert [b.text for b in a.blocks] == ["3月4日，合肥高新区举办科技成果发布会，现场发布成果36项。"]
    chrome = {re.sub(r"\s+", "", f["text"]) for f in page.furniture if f["kind"] == "web"}
    assert {"友情链接：", "中国政府网安徽省人民政府合肥市人民政府"} <= chrome
    assert "主办单位：合肥高新技术产业开发区管理委员会备案号：皖ICP备12345678号" in chrome


def test_a_link_label_over_text_on_a_web_page_is_no_link_list():
    lines = SITE_STORY.replace("中国政府网　安徽省人民政府　合肥市人民政府", "园区还将举办三场对接会。").split("\n")
    assert "园区还将举办三场对接会。" not in {e["text"] for e in web_chrome(lines)}

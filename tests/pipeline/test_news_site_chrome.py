"""What a news site prints around a story copied from its page: the breadcrumb (without
``首页``), the site's name over the title, the date and time with the source, the tools
(``字号``, ``我要举报``, ``评论(8)``), the correction and editor brackets closing the story,
the tags, the tip-off line and the reprint notice, and the related links; none of them is a
kicker, a headline, a subtitle, a paragraph or an article."""

from archive.pipeline.parse import parse_page
from archive.pipeline.webpages import web_chrome

SITE_STORY = """资讯 > 科技 > 园区动态
潮新闻
宁波高新区新型储能产业链加速集聚
潮新闻记者 孙 立
2025-10-21 08:30　来源：潮新闻
字号

宁波高新区新型储能产业链加速集聚，目前园区已有储能企业五十余家，覆盖电芯、系统集成和运维服务。
园区相关负责人介绍，今年将新建两个储能示范项目，并设立产业基金支持初创企业发展。

责任编辑：周 敏
潮新闻报料：0571-12345678
潮新闻，未经授权不得转载
我要举报
#宁波高新区#　#新型储能#
相关推荐
宁波高新区：以“链长制”护航重点产业
评论(8)
"""

AGENCY_CLIPS = """要闻网 > 地方 > 正文
嘉兴高新区新增国家级孵化器两家
2025-11-02 10:12:45　来源：要闻网

本报嘉兴11月2日电（记者林涛）嘉兴高新区两家孵化器日前获评国家级科技企业孵化器。
两家孵化器累计培育科技型企业三百余家，其中二十家已成长为高新技术企业。
【纠错】　【责任编辑：吴　军】

要闻网 > 地方 > 正文
温州高新区激光产业产值增长两成
2025-11-03 09:05:10　来源：要闻网

本报温州11月3日电（记者郑洁）温州高新区激光与光电产业产值前十个月同比增长两成。
【纠错】　【责任编辑：陈　晨】
"""


def test_every_line_of_a_news_sites_chrome_is_furniture():
    lines = SITE_STORY.split("\n")
    taken = {e["line"] for e in web_chrome(lines)}
    chrome = [
        n
        for n, s in enumerate(lines)
        if s and not s.startswith(("宁波高新区新型", "园区相关", "潮新闻记者", "责任编辑"))
    ]
    assert sorted(set(chrome) - taken) == [], [lines[n] for n in sorted(set(chrome) - taken)]


def test_a_news_sites_story_has_no_chrome_in_its_heads_and_no_extra_article():
    (a,) = parse_page(SITE_STORY).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", "宁波高新区新型储能产业链加速集聚", "")
    assert [b.text[:6] for b in a.blocks] == ["宁波高新区新", "园区相关负责"]


def test_clips_of_an_agencys_site_one_after_another_are_each_their_own_article():
    page = parse_page(AGENCY_CLIPS)
    heads = [(a.kicker, a.headline, a.subtitle) for a in page.articles]
    assert heads == [("", "嘉兴高新区新增国家级孵化器两家", ""), ("", "温州高新区激光产业产值增长两成", "")]
    assert all("纠错" not in b.text for a in page.articles for b in a.blocks)


def test_a_story_line_with_an_arrow_or_a_date_is_not_chrome():
    lines = [
        "产值从10亿元 > 20亿元，是园区五年来的变化。",
        "2025-10-21 08:30，园区举行签约仪式，来源：各方代表均出席。",
        "评论员文章：以创新驱动发展",
    ]
    assert web_chrome(lines) == []

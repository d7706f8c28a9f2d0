"""What a news site and a government portal print over and under a story copied from their
pages: the site's name over its breadcrumb or navigation bar, the line of the site's name with
the time and an audio tool (``听新闻``), the writer and desk editor's line, the ``导语`` label
over the lead, the copyright notice, the writer's box, the related links and the app prompt;
and a business paper's masthead beside its English name, its footer with its site's address,
and a Taiwan paper's subscription line. None is a kicker, a headline, a subtitle or text."""

from archive.pipeline.parse import parse_page

NEWS_SITE = """财经观察
首页 > 新闻 > 产经
苏州高新区光子产业园二期开园：首批引进企业15家
财经观察　2026-03-04 18:20:05　听新闻
作者：王丽娟　　责编：陈　明

导语
光子产业园二期的开园，意味着苏州高新区光子产业从研发走向规模制造。

3月4日，苏州高新区光子产业园二期正式开园，首批15家企业签约入驻。

园区负责人表示，二期将重点引进激光器和光通信器件企业。

举报
此内容为财经观察原创，著作权归财经观察所有。未经财经观察书面授权，不得以任何方式加以使用，包括转载、摘编或建立镜像。
如需获得授权请联系财经观察版权部：copyright@example.com
文章作者
王丽娟
相关阅读
无锡高新区集成电路产业规模突破千亿
财经观察APP　扫码下载
"""


def test_a_news_sites_heads_and_feet_are_no_part_of_the_story():
    (a,) = parse_page(NEWS_SITE).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", "苏州高新区光子产业园二期开园：首批引进企业15家", "")
    assert [b.text for b in a.blocks] == [
        "光子产业园二期的开园，意味着苏州高新区光子产业从研发走向规模制造。",
        "3月4日，苏州高新区光子产业园二期正式开园，首批15家企业签约入驻。",
        "园区负责人表示，二期将重点引进激光器和光通信器件企业。",
    ]
    assert [(c.name, c.role) for c in a.credits] == [("王丽娟", "author")]


PORTAL = """株洲高新技术产业开发区管理委员会
首页 政务公开 新闻中心 办事服务 公众参与
当前位置：首页 > 新闻中心 > 园区动态
株洲高新区出台支持轨道交通装备企业发展八条措施
发布时间：2026-04-02 09:30　　信息来源：经济发展局　　浏览次数：512
【字号：大 中 小】

　　近日，株洲高新区印发支持轨道交通装备企业发展的若干措施，从研发、市场和人才三方面提出八条举措。
　　对首台套产品给予最高200万元奖励。

【打印本页】　【关闭窗口】
"""


def test_a_portals_title_and_navigation_bar_are_not_the_headline():
    (a,) = parse_page(PORTAL).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", "株洲高新区出台支持轨道交通装备企业发展八条措施", "")
    assert len(a.blocks) == 2


BUSINESS_PAGE = """今日财经新闻　TODAY FINANCIAL NEWS DAILY　　2026年4月3日　星期五
A5　园区　　责编　何　青　美编　孙　宇　校对　林小雨

武汉东湖高新区光电企业一季度营收增长两成

　　东湖高新区光电企业一季度实现营收增长两成，其中光通信器件出口增长近三成。

今日财经新闻APP　扫码下载　财经网：www.example.com.cn
"""


def test_a_masthead_beside_its_english_name_and_the_papers_footer_are_furniture():
    page = parse_page(BUSINESS_PAGE)
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("", "武汉东湖高新区光电企业一季度营收增长两成")
    assert [b.text for b in a.blocks] == ["东湖高新区光电企业一季度实现营收增长两成，其中光通信器件出口增长近三成。"]
    assert page.printed.newspaper == "今日财经新闻"


TAIWAN_FOOT = """工商時報　　2026年4月3日　星期五　　A8　兩岸

昆山高新區台商擴產

　　電子零組件廠台昇昨（2）日公告，將對昆山高新區子公司增資，擴充連接器產線。

工商時報　訂報專線：0800-000-001　ctee.com.tw
"""


def test_a_taiwan_papers_subscription_line_is_its_footer():
    (a,) = parse_page(TAIWAN_FOOT).articles
    assert [b.text for b in a.blocks] == ["電子零組件廠台昇昨（2）日公告，將對昆山高新區子公司增資，擴充連接器產線。"]


TITLE_FIRST = """嘉兴高新区新增国家级孵化器两家
发布时间：2026-04-02 09:30　　信息来源：科技局　　浏览次数：318

　　嘉兴高新区两家孵化器日前获评国家级科技企业孵化器，其专利著作权归入驻企业所有，园区不收取授权费用。

【打印本页】　【关闭窗口】
"""


def test_a_title_over_the_metadata_is_no_sites_name_and_a_sentence_on_rights_is_text():
    (a,) = parse_page(TITLE_FIRST).articles
    assert a.headline == "嘉兴高新区新增国家级孵化器两家"
    assert [b.text for b in a.blocks] == [
        "嘉兴高新区两家孵化器日前获评国家级科技企业孵化器，其专利著作权归入驻企业所有，园区不收取授权费用。"
    ]

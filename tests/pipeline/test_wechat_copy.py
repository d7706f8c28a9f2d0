"""Articles of WeChat public accounts copied or printed one after another: what WeChat prints
around each (the meta line, prompts, the account's credits, recommendations, the reader's bar)
is page furniture, and each article is one article with its writer credited."""

from archive.pipeline.parse import parse_page
from archive.pipeline.wechat import wechat_chrome

WECHAT_PAGE = """园区一季度规上工业增加值增长一成
原创 高新发布 高新发布 2024-04-10 19:30 江苏

点击上方蓝字 关注我们

今年一季度，园区规上工业增加值同比增长百分之十，增速位居全市前列。

分行业看，电子信息产业产值同比增长百分之十二，生物医药产业产值同比增长百分之八。

▲园区智能制造产业园（资料图）

下一步，园区将持续强化企业服务，确保全年经济运行稳中向好。

来源：园区经济发展局
编辑：王芳
审核：赵强

往期推荐
园区迎来新一批重大项目
这所高校今天正式揭牌！

阅读原文
阅读 2015
分享 收藏 点赞 在看

园区发布人才新政，最高资助五百万元
高新人才 2024-04-12 09:00 江苏

文 | 陈静

4月12日，园区正式发布《关于加快集聚高层次人才的若干措施》，推出十二条举措。

对新引进的顶尖人才团队，经评审后给予最高五百万元项目资助。

来源：园区人才工作局
编辑：孙丽
审核：周涛

预览时标签不可点
微信扫一扫
关注该公众号

继续滑动看下一个
高新发布
向上滑动看下一个
"""

CHROME = [
    "原创 高新发布 高新发布 2024-04-10 19:30 江苏",
    "点击上方蓝字 关注我们",
    "来源：园区经济发展局",
    "编辑：王芳",
    "审核：赵强",
    "往期推荐",
    "园区迎来新一批重大项目",
    "这所高校今天正式揭牌！",
    "阅读原文",
    "阅读 2015",
    "分享 收藏 点赞 在看",
    "高新人才 2024-04-12 09:00 江苏",
    "来源：园区人才工作局",
    "编辑：孙丽",
    "审核：周涛",
    "预览时标签不可点",
    "微信扫一扫",
    "关注该公众号",
    "继续滑动看下一个",
    "高新发布",
    "向上滑动看下一个",
]


def test_it_finds_what_wechat_prints_around_the_articles():
    assert [e["text"] for e in wechat_chrome(WECHAT_PAGE.split("\n"))] == CHROME


def test_each_wechat_article_is_an_article_with_its_text_alone(gazetteer):
    page = parse_page(WECHAT_PAGE, gazetteer=gazetteer)
    first, second = page.articles
    assert first.headline == "园区一季度规上工业增加值增长一成"
    assert [b.text for b in first.blocks] == [
        "今年一季度，园区规上工业增加值同比增长百分之十，增速位居全市前列。",
        "分行业看，电子信息产业产值同比增长百分之十二，生物医药产业产值同比增长百分之八。",
        "下一步，园区将持续强化企业服务，确保全年经济运行稳中向好。",
    ]
    assert first.captions == ["▲园区智能制造产业园（资料图）"]
    assert second.headline == "园区发布人才新政，最高资助五百万元"
    assert [b.text for b in second.blocks] == [
        "4月12日，园区正式发布《关于加快集聚高层次人才的若干措施》，推出十二条举措。",
        "对新引进的顶尖人才团队，经评审后给予最高五百万元项目资助。",
    ]
    assert [e["text"] for e in page.furniture if e["kind"] == "wechat"] == CHROME


def test_a_wechat_writer_after_a_bar_is_credited(gazetteer):
    second = parse_page(WECHAT_PAGE, gazetteer=gazetteer).articles[1]
    assert [(c.name, c.role) for c in second.credits] == [("陈静", "author")]


PAPER_PAGE = """园区一季度规上工业增加值增长一成
本报记者 李明
今年一季度，园区规上工业增加值同比增长百分之十，增速位居全市前列。
分行业看，电子信息产业产值同比增长百分之十二。
来源：园区经济发展局
"""


def test_a_source_line_on_a_page_with_no_wechat_chrome_is_left_to_the_parser():
    assert wechat_chrome(PAPER_PAGE.split("\n")) == []


def test_a_line_of_a_time_and_place_in_a_story_is_no_meta_line():
    assert wechat_chrome(["会议时间 2024-05-06 09:00 地点", "阅读原文"]) == [
        {"line": 1, "kind": "wechat", "text": "阅读原文"}
    ]


def test_a_meta_line_naming_the_province_posted_from_with_fa_biao_yu_is_furniture():
    line = "原创　高新发布　高新发布　2024-04-10 19:30　发表于江苏"
    assert [e["text"] for e in wechat_chrome(["园区一季度规上工业增加值增长一成", line, "正文。"])] == [line]


def test_titles_set_a_blank_line_under_the_recommendations_label_are_furniture():
    lines = ["往期推荐", "", "▶ 园区迎来新一批重大项目", "▶ 这所高校今天正式揭牌！", "", "阅读原文"]
    assert [e["line"] for e in wechat_chrome(lines)] == [0, 2, 3, 5]

"""A WeChat article copied with a blank line after every line: its title a blank line over the
meta line, the earlier articles under 往期推荐 one a paragraph, the writer's and the pictures'
credits each on a line of their own with a colon, and a ▲ caption of two clauses."""

from archive.pipeline.parse import parse_page
from archive.pipeline.wechat import wechat_chrome

SPACED = """园区新能源项目集中开工！总投资超百亿元

原创 高新区 高新区发布 2024年05月10日 19:05 江西

点击蓝字 关注我们

初夏时节，园区各处塔吊林立。今年以来，园区把项目建设作为头等大事，新开工项目十五个，总投资一百零二亿元。

▍链主企业带动配套

新开工项目中，储能电池、光伏组件等新能源项目占比超过六成，一批配套企业随链主企业落户园区，产业链条进一步拉长。

▲5月9日，园区储能电池项目开工现场

▍要素保障跑出加速度

园区为每个重点项目配备专员，帮助企业解决用地、用能等难题，项目从签约到开工平均用时缩短至两个月。

来源：园区经济发展局

文字：王立新

图片：赵小燕

编辑：钱敏

审核：孙建华

往期推荐

园区召开二〇二四年项目建设推进会

园区获评省级“智慧园区”示范单位

阅读原文

分享 收藏 点赞 在看
"""


def test_a_spaced_wechat_copy_is_one_article_under_its_title(gazetteer):
    page = parse_page(SPACED, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.headline == "园区新能源项目集中开工！总投资超百亿元"
    texts = [b.text for b in art.blocks]
    assert texts[0].startswith("初夏时节")
    assert "链主企业带动配套" in texts[1]
    assert art.captions == ["▲5月9日，园区储能电池项目开工现场"]
    assert not any("往期推荐" in t or "智慧园区" in t or "王立新" in t for t in texts)


def test_a_wechat_writer_credited_with_a_colon_is_the_reporter(gazetteer):
    (art,) = parse_page(SPACED, gazetteer=gazetteer).articles
    assert ("王立新", "author") in [(c.name, c.role) for c in art.credits]
    assert "赵小燕" not in [c.name for c in art.credits if c.role != "photo"]


def test_spaced_recommendations_stop_at_the_next_articles_title():
    lines = [
        "往期推荐",
        "",
        "园区召开项目建设推进会",
        "",
        "园区获评省级示范单位",
        "",
        "下一篇的标题",
        "",
        SPACED.split("\n")[2],
    ]
    assert [e["line"] for e in wechat_chrome(lines)] == [0, 2, 4, 8]

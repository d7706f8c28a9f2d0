"""A story that prints its dateline at its end, in brackets on a line of its own
(``（本报杭州5月6日电）``, ``（新华社南京5月6日电）``): the line closes the story above as its
closing credits do (the byline as printed, naming no one); it is never the kicker of the
headline under it."""

from archive.pipeline.parse import parse_page

PAGE = """金华高新区：一座“创新园”里的制造新城
本报记者　黄　磊　许　昕

　　在金华高新区智能制造产业园，一排排新厂房拔地而起。园区今年新落地制造业项目二十个。
　　“我们看中的是这里的产业配套。”一家汽车零部件企业负责人说。

（本报金华5月6日电）

衢州高新区氟硅新材料项目集中开工
　　本报讯（记者蒋　明）衢州高新区五个氟硅新材料项目日前集中开工，总投资四十亿元。
"""


def test_a_closing_dateline_on_its_own_line_closes_the_story_above():
    first, second = parse_page(PAGE).articles
    assert (second.kicker, second.headline) == ("", "衢州高新区氟硅新材料项目集中开工")
    assert first.byline.endswith("（本报金华5月6日电）")
    assert [c.name for c in first.credits] == ["黄磊", "许昕"]
    assert all("电）" not in b.text for b in first.blocks)


def test_a_bracketed_line_that_is_no_dateline_stays_where_it_was():
    page = parse_page(PAGE.replace("（本报金华5月6日电）", "（上接第一版）"))
    assert all("上接" not in a.kicker for a in page.articles)

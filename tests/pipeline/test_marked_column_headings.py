"""A marked heading that names a column over a marked headline (``column_labels.marked_column``):
a section's heading of two short phrases about a space (``# 长三角园区 创新潮涌`` over
``## …``) is the column, not the headline; a column's word (``### 园区快讯`` over ``## …``)
names a column however the heading is marked, not a kicker."""

from archive.pipeline.parse import parse_page

STORY = [
    "▶ 本报记者 孙立群",
    "",
    "南京高新区是全国首批国家高新区之一。2023年，园区软件和信息服务业收入达到4268亿元，同比增长11.2%。",
    "",
    "在园区的软件产业集聚区，一栋栋写字楼里集聚了1600多家软件企业。",
    "",
]


def first(lines: list[str], gazetteer):
    return parse_page("\n".join(lines) + "\n", gazetteer=gazetteer).articles[0]


def test_two_short_phrases_marked_over_a_marked_headline_are_its_column(gazetteer):
    a = first(["# 长三角园区 创新潮涌", "", "## 南京高新区：一座“软件名城”的创新答卷", "", *STORY], gazetteer)
    assert a.headline == "南京高新区：一座“软件名城”的创新答卷"
    assert (a.column, a.subtitle, a.kicker) == ("长三角园区 创新潮涌", "", "")


def test_two_phrases_over_a_dashed_subtitle_stay_the_headline(gazetteer):
    a = first(["# 长三角园区 创新潮涌", "", "## ——南京高新区打造“软件名城”", "", *STORY], gazetteer)
    assert a.headline == "长三角园区 创新潮涌"


def test_a_column_word_marked_less_important_than_the_headline_is_the_column(gazetteer):
    a = first(["### 园区快讯", "", "## 西安高新区发布“秦创原”人才新政20条", "", *STORY], gazetteer)
    assert a.headline == "西安高新区发布“秦创原”人才新政20条"
    assert (a.column, a.kicker) == ("园区快讯", "")


def test_a_kicker_without_a_column_word_stays_the_kicker(gazetteer):
    a = first(["### 一季度签约项目42个", "", "# 西安高新区发布“秦创原”人才新政20条", "", *STORY], gazetteer)
    assert (a.kicker, a.column) == ("一季度签约项目42个", "")

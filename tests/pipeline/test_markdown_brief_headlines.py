"""A markdown page's column of briefs whose headlines are ``####`` lines (``### 园区快讯`` /
``#### 嘉兴经开区…`` / ``本报讯 …。(周敏)`` / ``#### 湖州…``): a ``####`` heading right over a
paragraph opening with a dateline, under the column's label or after a brief closed by its
credits, is the next brief's headline, not a subhead of the brief above. A ``####`` line
inside a story, over its running text, stays a subhead."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """

## 绍兴高新区:集成电路封测产能再扩一成

▶ 本报记者 沈嘉禾

今年以来,绍兴高新区集成电路封测企业新增产线6条,封测产能同比扩大一成以上。

#### 订单排到明年

园区一家封测企业负责人说,目前公司的订单已排到明年二季度,新产线将于年底满产。

### 园区快讯

#### 嘉兴经开区新增三家专精特新企业

本报讯 日前,浙江省经信厅公布新一批专精特新中小企业名单,嘉兴经开区3家企业入选。(周敏)


#### 衢州高新区氟硅新材料项目开工

本报讯 近日,衢州高新区一家企业投资8亿元的氟硅新材料项目开工建设,预计明年投产。(林涛)


#### 温州高新区启动科技金融服务月

本报讯 记者从温州高新区获悉,园区科技金融服务月日前启动,6家银行将为80家科技企业上门对接融资需求。(吴越)
"""


def test_each_brief_under_the_column_label_has_its_own_headline(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "绍兴高新区:集成电路封测产能再扩一成",
        "嘉兴经开区新增三家专精特新企业",
        "衢州高新区氟硅新材料项目开工",
        "温州高新区启动科技金融服务月",
    ]
    for a in page.articles[1:]:
        assert a.column == "园区快讯"
        assert "derived_headline" not in a.flags
        assert len(a.paragraphs) == 1 and a.paragraphs[0].startswith(("日前", "近日", "记者"))
    assert [a.credits[0].name for a in page.articles[1:]] == ["周敏", "林涛", "吴越"]
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed


def test_a_subhead_over_running_text_stays_in_its_story(gazetteer):
    story = parse_page(PAGE, gazetteer=gazetteer).articles[0]
    assert story.paragraphs[1] == "订单排到明年"
    assert story.paragraphs[-1].startswith("园区一家封测企业负责人说")

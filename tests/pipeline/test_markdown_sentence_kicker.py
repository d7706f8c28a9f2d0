"""A markdown page's ``###`` line right over its ``#`` headline is the kicker, however long:
a full descriptive sentence with no colon (``宁波高新区以一张需求清单串起…``) is set in a
smaller type than the headline under it, and two lines the OCR engine marked at two heading
levels are no one headline the column's width broke (``head_clauses.join_broken_clauses``
joins lines of one level only)."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """

### 宁波高新区以一张需求清单串起新材料从样品到订单的全过程

# 新材料的“接力跑”

▶ 本报记者 陈立言

上午9点,宁波高新区一家新材料企业的中试车间里,工程师正在调整一条涂布线的参数。这条线投用半年,已为12家初创企业完成样品放大。

“样品做出来只是第一棒,后面还有中试、认证、首批订单好几棒。”宁波高新区科技局负责人说。

#### 一张清单连起三棒

园区把企业在中试、认证和首单环节遇到的难题汇成一张清单,逐项对接服务机构。

## 温州经开区:智能电气产业集群营收增长一成

▶ 本报记者 何书宁

今年前三季度,温州经开区智能电气产业集群实现营收412亿元,同比增长10.6%。
"""


def test_a_long_sentence_marked_three_levels_over_the_headline_is_its_kicker(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    first = page.articles[0]
    assert first.kicker == "宁波高新区以一张需求清单串起新材料从样品到订单的全过程"
    assert first.headline == "新材料的“接力跑”"
    assert [c.name for c in first.credits] == ["陈立言"]
    assert "一张清单连起三棒" in first.paragraphs
    assert page.articles[1].headline == "温州经开区:智能电气产业集群营收增长一成"
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed

"""A headline that asks (``…为何…？``) ends in a sentence mark, yet it is the next story's
headline, not the last paragraph of the story above: on a page of whole paragraphs when it
opens with a quoted term, and in a narrow column when a dateline opens the line under it."""

from archive.pipeline.parse import parse_page

WIDE = """国家高新区企业研发投入强度持续提升

新华社北京10月12日电（记者 陈曦）科技部火炬中心最新数据显示，国家高新区企业研发投入强度持续提升。

数据显示，国家高新区以占全国不到0.1%的国土面积，贡献了全国约13%的国内生产总值。

“专精特新”企业为何扎堆中关村？

◎本报记者 赵一鸣

在北京市公布的最新一批专精特新中小企业名单中，中关村企业数量继续领先。

业内人士认为，专精特新企业是产业链供应链稳定的重要支撑。
"""

NARROW = """园区快讯

漳州高新区获评示范园区

本报讯（记者 黄晓婷）近

日，福建省公布第三批省级数

字经济示范园区名单，漳州高

新区榜上有名。目前，园区集

聚数字经济企业二百余家，去

年核心产业营收达86亿元。

科研成果如何“走出实验室”？

本报讯 龙岩高新区概念验证中

心日前投用。该中心将为高校院

所和企业的早期科研成果提供技

术可行性验证、样机试制和市场

评估等服务，帮助科研成果跨越

从实验室到市场的“死亡之谷”。

（林海）
"""


def test_a_question_opening_with_a_quoted_term_over_a_byline_is_a_headline(gazetteer):
    first, second = parse_page(WIDE, gazetteer=gazetteer).articles
    assert second.headline == "“专精特新”企业为何扎堆中关村？"
    assert [b.text for b in first.blocks][-1].startswith("数据显示")


def test_a_question_over_a_dateline_in_a_narrow_column_is_the_next_storys_headline(gazetteer):
    first, second = parse_page(NARROW, gazetteer=gazetteer).articles
    assert second.headline == "科研成果如何“走出实验室”？"
    assert first.blocks[-1].text.endswith("营收达86亿元。")

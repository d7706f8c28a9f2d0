"""A list of names on a page that indents its paragraphs: a paragraph closing with the colon
that announces it (``…名单如下：``), then one item a printed line, each indented and short of
its column (``赵　某　某公司总经理``), then the story goes on. Each item is a paragraph of its
own, none a headline, never run into the paragraph above or the next item."""

from archive.pipeline.parse import parse_page

PAGE = """芜湖高新区评出首批“金牌服务专员”
　　本报讯　日前，芜湖高新区对一年来服务企业成效突出
的专员进行评选，从走访企业次数、解决问题数量和企业满
意度三个方面综合打分，共有5人获评首批“金牌服务专员”，
每人获得奖励5万元。名单如下：
　　许立新　芜湖高新区经济发展局科长
　　韩晓梅　芜湖高新区科技创新服务中心主任
　　邓志强　芜湖高新区投资促进局副局长
　　罗佳琪　芜湖高新区企业服务中心专员
　　唐伟　芜湖高新区市场监管分局科员
　　高新区表示，将把服务专员制度覆盖到全部规上企业，
让企业的每一个诉求都有人跟、有人办，并把企业评价作为
专员年度考核的主要依据，评价靠后的专员将调整岗位，
确保服务质量不打折扣。
　　据了解，芜湖高新区去年共受理企业诉求1200余件，办
结率达到98%，企业满意度连续三年保持在95%以上，营商
环境评价位居全省开发区前列。（江水）
"""


def test_each_item_of_an_announced_list_is_a_paragraph(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert art.headline == "芜湖高新区评出首批“金牌服务专员”"
    paras = art.paragraphs
    assert paras[0].endswith("名单如下：")
    assert paras[1] == "许立新　芜湖高新区经济发展局科长"
    assert paras[2] == "韩晓梅　芜湖高新区科技创新服务中心主任"
    assert paras[-2].startswith("高新区表示")
    assert len(paras) == 8

"""A subhead of two short phrases set apart by a gap (``科技加持　留住回头客``, a space or a
full-width one) after a story's paragraph, over the story's last paragraph: a subhead of the
story, though the paragraph under it shares few words with what came before. A new story
under such a line would carry a byline, a dateline or its own signature."""

from archive.pipeline.parse import parse_page

PAGE = """潍坊高新区：以“智能+服务”拓展消费新场景

◎本报记者　许文静

走进潍坊高新区一家智能家居体验馆，顾客只要说一句话，灯光、窗帘和空调就会自动调整到合适状态。体验馆负责人介绍，今年以来门店客流同比增长了三成，成交额增长超过四成。

潍坊高新区是全省智能家居产业集聚度最高的区域之一。园区引导企业建设线下体验中心20余家，推动智能家居产品从“卖产品”向“卖场景”转变。

科技加持　留住回头客

夜幕降临后，商圈里的无人售货车、自助咖啡机前排起了长队，不少年轻人专门赶来打卡拍照。据商圈运营方统计，晚间时段的销售额已经占到全天的一半，周末客流比平日多出近一倍，复购的熟客越来越多。

绵阳经开区新材料项目签约

本报讯　近日，绵阳经开区与一家新材料企业签约，项目总投资20亿元，主要生产高性能复合材料。
"""


def test_a_gapped_subhead_stays_in_its_story(gazetteer):
    arts = parse_page(PAGE, gazetteer=gazetteer).articles
    assert [a.headline for a in arts] == ["潍坊高新区：以“智能+服务”拓展消费新场景", "绵阳经开区新材料项目签约"]
    assert arts[0].paragraphs[2].replace("　", "").replace(" ", "") == "科技加持留住回头客"
    assert arts[0].paragraphs[3].startswith("夜幕降临后")


def test_a_signed_story_under_such_a_line_is_its_own(gazetteer):
    page = PAGE.replace("复购的熟客越来越多。", "复购的熟客越来越多。（刘畅）")
    arts = parse_page(page, gazetteer=gazetteer).articles
    assert len(arts) == 3

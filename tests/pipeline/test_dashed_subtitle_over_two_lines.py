"""A ``——`` subtitle too long for a narrow column is broken over two lines: the line opening
with the dash and the line that goes on with it are one subtitle of the headline above them,
not a story of their own with the subtitle's second line as the next story's headline."""

from archive.pipeline.parse import parse_page

PAGE = """东营高新区盐碱地上种出“致富粮”
　　本报东营6月2日讯　东营高新区今年在盐碱地上试种
耐盐大豆1.2万亩，亩产达到260公斤，比去年提高三成。
　　高新区农业农村局负责人说，下一步将扩大种植面积，
并建设大豆精深加工项目。
滨州高新区轻量化铝材走俏海外
——滨州高新区引导铝加工企业由卖铝锭向卖部件、
由卖产品向卖方案转变
□　本报记者　韩书远　报道
　　本报滨州6月3日讯　走进滨州高新区一家铝材加工企
业的车间，一台台机器人正在焊接新能源汽车电池托盘。
今年前5个月，该区铝合金部件出口额同比增长38%。
　　为帮助企业开拓市场，滨州高新区组织企业参加境外
展会20余场，新签订单金额超过15亿元。
"""


def test_a_dashed_subtitle_broken_over_two_lines_is_one_subtitle(gazetteer):
    first, story = parse_page(PAGE, gazetteer=gazetteer).articles
    assert story.headline == "滨州高新区轻量化铝材走俏海外"
    assert story.subtitle == "滨州高新区引导铝加工企业由卖铝锭向卖部件、由卖产品向卖方案转变"
    assert [c.name for c in story.credits] == ["韩书远"]
    assert story.paragraphs[0].startswith("走进滨州高新区一家铝材加工企业的车间")
    assert first.paragraphs[-1].startswith("高新区农业农村局负责人说")

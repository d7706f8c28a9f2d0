"""A line far longer than any newspaper column (over 60 characters) that ends a sentence is a
whole paragraph set on one line, on a page whose other story is set in a narrow column: it
ends its paragraph, however its width compares with the long lines around it
(``classify.measure_widths``). Measured among them, it looked like a full line of a very wide
column, and the story's paragraphs ran into one."""

from archive.pipeline.parse import parse_page

from .layouts import column_with_blank_lines

LEAD = (
    "本报讯（记者 韩冬）近日，南通高新区船舶海工配套产业园开工建设，总投资45亿元，"
    "规划建设高端船用设备、海工装备关键部件等生产线，达产后可实现年产值80亿元。"
    "园区相关负责人表示，产业园将吸引上下游配套企业30家以上，进一步壮大船舶海工产业集群。"
)
PARAGRAPHS = [
    "近日，记者从盐城高新区获悉，园区今年以来新引进智能终端项目18个，总投资达到126亿元，"
    "其中超10亿元项目5个，智能终端产业链上的结构件、显示模组和整机组装企业已形成集聚态势。",
    "在盐城高新区一家显示模组企业的生产车间，自动化产线正在有序运转，工人们在屏幕前实时监控各项数据，"
    "企业负责人介绍，今年一季度企业产量同比增长四成，订单已经排到了下半年。",
    "盐城高新区相关负责人表示，园区将围绕智能终端产业链招引配套企业，完善产业公共服务平台，"
    "力争到2026年智能终端产业规模突破500亿元，打造长三角北翼重要的智能终端产业基地。",
]


def test_long_lines_ending_sentences_are_whole_paragraphs_beside_a_narrow_story(gazetteer):
    lines = ["南通高新区船舶海工配套产业园开工", ""]
    lines += column_with_blank_lines([LEAD], 14).split("\n")
    lines += ["", "", "盐城高新区智能终端产业加速集聚", "", "▶ 本报记者 韩冬", ""]
    for p in PARAGRAPHS:
        lines += [p, ""]
    page = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer)
    story = next(a for a in page.articles if a.headline.startswith("盐城"))
    assert story.paragraphs == PARAGRAPHS

"""Two columns read into one text on a narrow page: a paragraph stops mid-sentence, the next
column's brief is printed whole (its headline, 本报讯 and closing signature), then the paragraph
resumes with a line no paragraph opens with (a figure and its unit). The brief is its own
article; the broken paragraph is one paragraph again, with the text after it."""

from archive.pipeline.parse import parse_page

PAGE = """岳阳经开区

生物医药产业跑出加速度

本报讯（记者 何立新）

近日，岳阳经开区一家生物制药企业的新

型疫苗生产线通过验收。

岳阳经开区是省内重要的医药产业园区，

现有医药及医疗器械企业90余家。去年，

园区生物医药产业全年实现主营业务收入

常德高新区“拿地即开工”

再提速

本报讯今年以来，常德高新区推行工业项

目“拿地即开工”审批模式，已有17个项

目在取得土地当天领取施工许可，平均开

工时间提前两个月。（万小溪）

156亿元，同比增长14.2%，增速居全省园区

前列。

园区负责人表示，下一步将建设公共检测

平台，为中小药企提供质量检验服务。
"""


def test_a_paragraph_resumes_after_the_brief_printed_inside_it():
    page = parse_page(PAGE)
    first, brief = page.articles
    assert first.headline.endswith("生物医药产业跑出加速度")
    paras = [b.text for b in first.blocks if b.kind == "p"]
    assert paras[1] == (
        "岳阳经开区是省内重要的医药产业园区，现有医药及医疗器械企业90余家。"
        "去年，园区生物医药产业全年实现主营业务收入156亿元，同比增长14.2%，增速居全省园区前列。"
    )
    assert paras[2].startswith("园区负责人表示")
    # (how a two-line headline on such a page splits into headline and subtitle is another rule's)
    assert (brief.headline + brief.subtitle).replace(" ", "") == "常德高新区“拿地即开工”再提速"
    assert [b.text for b in brief.blocks if b.kind == "p"][-1].endswith("平均开工时间提前两个月。")


def test_a_brief_after_a_finished_paragraph_leaves_the_next_line_alone():
    page = parse_page(PAGE.replace("全年实现主营业务收入", "营收再创历史新高。"))
    texts = [b.text for a in page.articles for b in a.blocks]
    assert not any("营收创新高。156亿元" in t for t in texts)

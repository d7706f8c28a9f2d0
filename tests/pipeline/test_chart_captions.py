"""A chart set between two paragraphs is captioned on one line: its title after ``图表：``, then
its data source and who drew it (``数据来源：… 制图：X``). That line is the chart's caption, not
the front of the paragraph after it; the one who drew the chart is no writer of the story."""

import pytest

from archive.pipeline.parse import parse_page

PAGE = """苏州高新区专利授权量三年增长六成
　　本报苏州6月3日电　（记者陆文清）记者3日从苏州高新区获悉，去年该区发明专利授权量达到4210件，较三年前增长62%，每万人发明专利拥有量居全省前列。
{chart}
　　苏州高新区知识产权局负责人介绍，该区对首次获得发明专利授权的企业给予每件5000元资助，并为企业提供专利导航、质押融资等服务。
"""

CHARTS = [
    "图表：2022—2025年苏州高新区发明专利授权量（单位：件）　　数据来源：苏州高新区知识产权局　　制图：周　宁",
    "图表：苏州高新区发明专利授权量逐年攀升　　制图：周宁",
    "2022—2025年苏州高新区发明专利授权量（单位：件）　　数据来源：苏州高新区知识产权局　　制图：周宁",
]


@pytest.mark.parametrize("chart", CHARTS)
def test_it_takes_a_chart_line_between_paragraphs_as_the_charts_caption(gazetteer, chart):
    (story,) = parse_page(PAGE.format(chart=chart), gazetteer=gazetteer).articles
    assert ["".join(c.split()) for c in story.captions] == ["".join(chart.split())]
    assert len(story.paragraphs) == 2
    assert story.paragraphs[1].startswith("苏州高新区知识产权局负责人介绍")
    assert [c.name for c in story.credits] == ["陆文清"]


def test_a_sentence_about_a_chart_is_still_text(gazetteer):
    line = "　　该区还发布了专利导航图表，供企业查询制图：数据每季度更新一次。"
    (story,) = parse_page(PAGE.format(chart=line), gazetteer=gazetteer).articles
    assert story.captions == []
    assert len(story.paragraphs) == 3

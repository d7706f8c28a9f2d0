"""On a page that indents its paragraphs, a line of running text a character wider than its
column, with a clause mark inside and its sentence left open (``…企业68家，去年实现产值``), over
an unindented line that opens with the figure it was saying (``52亿元，…``) is a line of the
paragraph, not a heading set across columns: a new paragraph would be indented, and a figure
does not open one mid-sentence (``indents.runs_into_a_figure``)."""

from archive.pipeline.parse import parse_page

LINES = [
    "柳州高新区智能装备产业集群入选省级名单",
    "◎本报记者 韦丽",
    "　　近日，广西公布第三批自治区级特色产",
    "业集群名单，柳州高新区智能装备集群入选。",
    "该集群已集聚智能装备企业68家，去年实现产值",
    "52亿元，工业机器人、数控机床产品畅销全",
    "国。",
    "　　柳州高新区将加快建设智能装备产业园，",
    "推动智能装备在汽车、机械等行业推广应用。",
]


def test_a_line_running_into_a_figure_goes_on_in_its_paragraph(gazetteer):
    (a,) = parse_page("\n".join(LINES) + "\n", gazetteer=gazetteer).articles
    assert len(a.paragraphs) == 2
    assert "去年实现产值52亿元，" in a.paragraphs[0]
    assert all(b.kind == "p" for b in a.blocks)


def test_an_indented_paragraph_opening_with_a_year_under_a_subhead_opens_it(gazetteer):
    lines = LINES[:4] + [
        "智能装备企业加快集聚，产业链条更加完整",
        "　　2023年，园区新增智能装备企业12家，",
        "产值同比增长两成。",
    ]
    (a,) = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer).articles
    assert a.paragraphs[-1].startswith("2023年")

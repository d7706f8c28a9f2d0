"""A table of figures OCR broke over lines — one cell a line, or a row's last cells wrapped
to the next line by a narrow column: each row is one paragraph of the story it stands in,
its header row too; no cell is a subhead, a headline or a kicker, and the story's text
after the table stays with it."""

import pytest

from archive.pipeline.parse import parse_page

HEAD = [
    "江苏高新区上半年研发投入较快增长",
    "",
    "本报讯（记者 顾言） 记者从江苏省科技厅获悉，今年上半年，省内国家高新区研发投入保持较快增长。部分园区情况如下：",
    "",
]
TAIL = [
    "",
    "省科技厅表示，下半年将继续支持各园区加大研发投入，培育更多高新技术企业。",
    "",
    "",
    "常州高新区新能源电池项目签约",
    "",
    "本报讯（记者 钱程） 近日，常州高新区与一家新能源企业签约，总投资45亿元，建设动力电池生产基地。",
]
HEADER = ["园区", "研发投入（亿元）", "增长"]
ROWS = [["无锡高新区", "215.6", "11.2%"], ["常州高新区", "142.9", "9.7%"], ["泰州高新区", "68.4", "12.5%"]]


def one_cell_a_line():
    return [c for row in [HEADER] + ROWS for c in (row[0], "", row[1], "", row[2], "")][:-1]


def last_cell_wrapped():
    out = []
    for row in [HEADER] + ROWS:
        out += [" ".join(row[:-1]), "", row[-1], ""]
    return out[:-1]


@pytest.mark.parametrize("table", [one_cell_a_line, last_cell_wrapped])
def test_each_row_of_a_broken_table_is_one_paragraph_of_its_story(gazetteer, table):
    page = parse_page("\n".join(HEAD + table() + TAIL), gazetteer=gazetteer)
    a, b = page.articles
    assert (a.kicker, a.headline, a.subtitle) == ("", HEAD[0], "")
    rows = [" ".join(p.split()) for p in a.paragraphs[1:-1]]
    assert rows == [" ".join(r) for r in [HEADER] + ROWS]
    assert a.paragraphs[-1].startswith("省科技厅表示")
    assert [b.kind for b in page.articles[0].blocks] == ["p"] * 6
    assert [c.name for c in a.credits] == ["顾言"]
    assert b.headline == "常州高新区新能源电池项目签约"


def test_short_lines_with_one_number_each_are_no_table(gazetteer):
    lines = HEAD[:3] + ["", "一、总体情况", "", "2023", "", "二、分区情况", ""] + TAIL
    page = parse_page("\n".join(lines), gazetteer=gazetteer)
    assert not any("\u3000" in p for a in page.articles for p in a.paragraphs)


def test_explain_shows_each_cell_joined_to_its_row(gazetteer):
    from archive.pipeline.explain import explain

    text = "\n".join(HEAD + one_cell_a_line() + TAIL)
    shown = {d.text: d.role for d in explain(text, gazetteer=gazetteer)}
    assert shown["园区"] == shown["无锡高新区"] == "正文"
    assert shown["研发投入（亿元）"] == shown["215.6"] == shown["11.2%"] == "接上行"

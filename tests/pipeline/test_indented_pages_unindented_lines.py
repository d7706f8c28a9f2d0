"""On a page that indents its paragraphs, a line that ends a sentence one cell short of its
column, under which the next line is not indented, goes on with its paragraph: the missing
indent says so, and a column set by count of characters leaves such a line a cell short
(``indents.goes_on_unindented``). Under it an indented line still opens a paragraph."""

from archive.pipeline.parse import parse_page

WIDTH = 20
INDENT = "　　"
HEAD = ["嘉善经开区数字经济核心产业加速集聚", "◎本报记者 沈悦"]
OPENING = "今年以来，嘉善经开区数字经济产业保持快速增长，一季度规上数字经济核心制造业实现产值92亿元，同比增长18%。"
# (its first sentence, 17 characters, ends its first line one cell short of the column)
SHORT = "嘉善经开区是长三角示范区重要板块。"
REST = "园区依托区位优势，吸引一批集成电路和智能传感企业落户，带动上下游配套企业加快集聚。"
CLOSING = "园区相关负责人表示，将继续加大招商引资力度，力争全年数字经济核心制造业产值突破400亿元。"


def wrap(text: str, first: int = WIDTH - 2) -> list[str]:
    lines = [INDENT + text[:first]]
    rest = text[first:]
    return lines + [rest[i : i + WIDTH] for i in range(0, len(rest), WIDTH)]


def test_a_sentence_end_a_cell_short_over_an_unindented_line_goes_on(gazetteer):
    assert len(INDENT + SHORT) == WIDTH - 1
    body = wrap(OPENING) + wrap(SHORT + REST, first=len(SHORT)) + wrap(CLOSING)
    page = parse_page("\n".join(HEAD + body) + "\n", gazetteer=gazetteer)
    (a,) = page.articles
    assert a.paragraphs == [OPENING, SHORT + REST, CLOSING]

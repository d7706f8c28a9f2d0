"""The markdown an OCR engine writes around a page's text (``markup``): pictures' links,
bold, pipe tables, quotation and list marks are taken off and kept as furniture."""

from archive.pipeline.explain import explain
from archive.pipeline.markup import strip_markup
from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """## 郑州高新区：数字经济跑出“加速度”

**▶ 本报记者 李洋**

近日，记者从郑州高新区获悉，今年前三季度，该区数字经济核心产业增加值同比增长15%，**规上工业增加值增长12.1%**。

![](images/page3_img1.jpg)

郑州高新区智慧岛一角。 李洋摄

| 指标 | 数值 | 增速 |
| --- | --- | --- |
| 营业收入 | 1200亿元 | 10.5% |
| 高新技术企业 | 1560家 | 18% |

> “我们将持续优化营商环境。”郑州高新区管委会负责人表示。

- 下一步，园区将加快建设数字经济产业园。

### 洛阳高新区新增省级研发平台12家

本报讯（记者 王芳）日前，洛阳高新区新增省级研发平台12家，总数达到186家。
"""


def test_a_bold_byline_is_the_byline_and_bold_in_the_text_is_dropped(gazetteer):
    a = parse_page(PAGE, gazetteer=gazetteer).articles[0]
    assert (a.subtitle, [c.name for c in a.credits]) == ("", ["李洋"])
    assert a.paragraphs[0].endswith("规上工业增加值增长12.1%。")


def test_a_pictures_link_is_furniture_and_its_caption_a_caption(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert {"line": 6, "kind": "image", "text": "![](images/page3_img1.jpg)"} in page.furniture
    assert page.articles[0].captions == ["郑州高新区智慧岛一角。 李洋摄"]
    assert not any("images/" in b.text for a in page.articles for b in a.blocks)


def test_a_pipe_tables_rows_stay_rows_of_cells_under_a_rule_kept_as_furniture(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    rows = [p for p in page.articles[0].paragraphs if "\u3000" in p]
    assert rows == [
        "指标\u3000数值\u3000增速",
        "营业收入\u30001200亿元\u300010.5%",
        "高新技术企业\u30001560家\u300018%",
    ]
    assert {"line": 11, "kind": "rule", "text": "| --- | --- | --- |"} in page.furniture


def test_quotation_and_list_marks_are_taken_off_their_paragraphs(gazetteer):
    a = parse_page(PAGE, gazetteer=gazetteer).articles[0]
    assert a.paragraphs[-2:] == [
        "“我们将持续优化营商环境。”郑州高新区管委会负责人表示。",
        "下一步，园区将加快建设数字经济产业园。",
    ]


def test_nothing_of_a_page_with_markdown_is_lost(gazetteer):
    raw, placed = accounted_chars(PAGE, parse_page(PAGE, gazetteer=gazetteer))
    assert raw == placed


def test_explain_calls_a_pictures_link_furniture_and_a_table_row_a_row(gazetteer):
    decided = {d.line: d for d in explain(PAGE, gazetteer=gazetteer)}
    assert decided[6].role == "版面信息"
    assert decided[12].why.startswith("表格的一行")
    assert decided[2].role == "署名"


def test_text_that_only_looks_like_markdown_is_left_alone():
    lines = ["-3.2%的降幅收窄。", "*注：数据来自统计局", "A|B 两种方案", "2**3 是八"]
    kept = list(lines)
    assert strip_markup(lines, []) == set()
    assert lines == kept


def test_a_number_written_as_inline_math_is_read_as_the_number(gazetteer):
    from archive.pipeline.figures import extract_figures

    lines = ["园区营收同比增长 $1 2 . 3 \\%$，总投资 $4191.83$ 亿元，公式 $x^2$ 照印。"]
    taken = []
    strip_markup(lines, taken)
    assert lines == ["园区营收同比增长 12.3%，总投资 4191.83 亿元，公式 $x^2$ 照印。"]
    assert taken == [{"line": 0, "kind": "markup", "text": "$$\\ $$"}]
    assert [f.base_value for f in extract_figures(lines[0])] == [12.3, 419183000000.0]

"""A figure box (数读, 数说, 图解) whose rows print the figure first in bold and its meaning after
it (``**12.6亿元** 技术合同成交额，同比增长18%``), or an item and its figure behind a bullet with
a comment after a comma (``● 孵化器：23家，其中国家级6家``), closed by who drew it
(``制图：X``): the box is an article of its own, its label the column, its title the headline,
each row a paragraph as printed, the credit neither text nor a writer's; the story after it
keeps its own headline."""

from archive.pipeline.parse import parse_page

STORY = [
    "## 嘉兴经开区智能传感器产业园开园",
    "",
    "▶ 本报记者 方一鸣",
    "",
    "日前，嘉兴经开区智能传感器产业园正式开园，首批入驻企业27家。",
    "",
    "园区相关负责人表示，将围绕汽车电子、工业控制等方向引进更多项目。",
    "",
]
NEXT = [
    "## 金华开发区新能源汽车零部件项目投产",
    "",
    "▶ 通讯员 陈小禾",
    "",
    "近日，金华开发区一家新能源汽车零部件企业的新生产线投产，年产电机壳体60万套。",
    "",
]
FIGURE_FIRST = [
    "**12.6亿元** 技术合同成交额，同比增长18%",
    "**35家** 新认定高新技术企业",
    "**4.1%** 全社会研发投入强度，居全市首位",
]
BULLETED = [
    "● 孵化器：23家，其中国家级6家",
    "● 在孵企业：1180家，同比增长12%",
    "● 毕业企业：96家，较上年增加21家",
]


def _page(label, title, rows, credit=None):
    box = [f"## {label}", "", f"## {title}", ""] + [x for row in rows for x in (row, "")]
    if credit:
        box += ["", credit, ""]
    return "\n".join(STORY + box + NEXT) + "\n"


def _check(page, label, title, rows):
    story, box, nxt = page.articles
    assert story.paragraphs[-1].startswith("园区相关负责人表示")
    assert box.headline == title and label in box.column and box.kicker == ""
    assert box.subtitle == "" and box.credits == []
    # (each row as printed; the space after a bold figure may be closed, as a stray one is)
    assert [p.replace(" ", "") for p in box.paragraphs] == [r.replace("**", "").replace(" ", "") for r in rows]
    assert nxt.headline == "金华开发区新能源汽车零部件项目投产"
    assert nxt.kicker == "" and nxt.subtitle == ""
    assert [c.name for c in nxt.credits] == ["陈小禾"]


def test_it_reads_a_box_of_figures_printed_first_in_bold(gazetteer):
    page = parse_page(_page("数说", "南湖区科技创新“年报”", FIGURE_FIRST), gazetteer=gazetteer)
    _check(page, "数说", "南湖区科技创新“年报”", FIGURE_FIRST)


def test_it_reads_a_box_of_bulleted_items_closed_by_who_drew_it(gazetteer):
    page = parse_page(_page("图解", "嘉兴科技企业孵化体系", BULLETED, "制图：周晓岚"), gazetteer=gazetteer)
    _check(page, "图解", "嘉兴科技企业孵化体系", BULLETED)
    assert "周晓岚" not in "".join(page.articles[1].paragraphs)

"""A column of briefs that prints a single brief: the label over it (``园区快讯``) is the
brief's column, not its headline, as it is over a run of two or more (``briefs.next_brief``).
A story's own headline over a dated story stays its headline."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

ABOVE = [
    "合肥高新区量子企业达到六十家",
    "",
    "本报讯 记者从合肥高新区获悉，今年以来园区新增量子科技企业8家，总数达到60家。（陈曦）",
    "",
]
BELOW = [
    "",
    "芜湖高新区机器人产业园二期开工",
    "",
    "本报讯（记者 许亮）9月2日，芜湖高新区机器人产业园二期工程开工，总投资28亿元。",
]


@pytest.mark.parametrize("label", ["科创简讯", "园区快讯"])
@pytest.mark.parametrize("width", [None, 17])
def test_a_single_brief_under_a_label_takes_the_label_as_its_column(gazetteer, label, width):
    brief = "本报讯 马鞍山高新区日前获批建设省级新材料中试基地。（陈曦）"
    lines = ABOVE + [label, ""] + [brief] + BELOW
    if width:  # a narrow column, a blank line after every printed line
        lines = [w for ln in lines for w in (wrap(ln, width) if ln else [""])]
        text = "\n\n".join(lines)
    else:
        text = "\n".join(lines)
    arts = parse_page(text, gazetteer=gazetteer).articles
    assert len(arts) == 3
    b = arts[1]
    assert b.column == label
    assert b.headline != label
    assert [c.name for c in b.credits] == ["陈曦"]
    assert arts[2].headline == "芜湖高新区机器人产业园二期开工"


def test_a_headline_that_names_no_column_stays_over_its_brief(gazetteer):
    lines = ABOVE + ["马鞍山获批中试基地", "", "本报讯 马鞍山高新区日前获批建设省级新材料中试基地。（陈曦）"] + BELOW
    arts = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert arts[1].headline == "马鞍山获批中试基地"
    assert arts[1].column == ""

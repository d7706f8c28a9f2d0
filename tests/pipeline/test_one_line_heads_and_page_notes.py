"""A running head set on one line whose page title is in two parts (``园区·创新``) beside the
paper's name, the date and a bare page number; and the notes a page prints at its foot: its
editors credited with a slash (``编辑／X　　美编／Y``) and where its figures come from
(``（本版数据来源：…）``). All are the page's furniture, neither a kicker nor a paragraph."""

import pytest

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

HEAD = "华商时报　　园区·创新　　2025年6月9日　星期一　　12"
STORY = """绵阳高新区光电产业集群年产值破五百亿
华商时报记者　罗一帆　绵阳报道
　　今年前五个月，绵阳高新区光电产业集群完成产值二百一十亿元，同比增长一成半。
　　园区负责人介绍，年内还将引进二十个配套项目，补齐显示面板上下游链条。
"""


def test_a_one_line_head_with_a_two_part_title_is_furniture():
    page = parse_page(HEAD + "\n" + STORY)
    (a,) = page.articles
    assert a.kicker == ""
    assert a.headline == "绵阳高新区光电产业集群年产值破五百亿"
    furniture = find_furniture([HEAD, *STORY.splitlines()])
    assert furniture.lines == {0: "masthead"}
    assert furniture.page.number == 12
    assert furniture.page_title == "园区·创新"


@pytest.mark.parametrize(
    "note",
    [
        "编辑／周明远　　美编／蒋小禾",
        "责编/孙一鸣  校对/何青",
        "(本版数据来源：公司公告、Wind)",
        "（本版图片来源：新华社）",
    ],
    ids=["slash-credits", "slash-credits-ascii", "data-source", "picture-source"],
)
def test_a_page_note_at_the_foot_is_no_paragraph_of_the_last_story(note):
    page = parse_page(STORY + note + "\n")
    (a,) = page.articles
    assert [b.kind for b in a.blocks] == ["p", "p"]
    assert a.blocks[-1].text.startswith("园区负责人")
    assert any(e["text"].split() == note.split() for e in page.furniture)


def test_a_source_named_inside_a_story_is_text():
    lines = ["标题", "正文。", "（数据来源：园区管委会）"]
    assert find_furniture(lines).lines == {}

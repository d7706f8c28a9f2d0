"""A stroke OCR reads from a rule beside the column (``丨``, a bar) is no text: alone on a line
inside a story it neither becomes a paragraph nor parts the text around it, and opening a
line it is taken off the headline or paragraph after it. A table's row, opening with a bar,
keeps it."""

from archive.pipeline.lines import is_speck, leading_stroke
from archive.pipeline.parse import parse_page

PAGE = """威海高新区医疗器械产业产值增长
◎本报记者　邹海燕
　　记者从威海高新区获悉，今年上半年，
园区医疗器械产业实现产值98亿元，
同比增长14.2%，新增注册产品31个。
丨
　　威海高新区依托骨干企业建设医用高
分子材料中试平台、
医疗器械检测认证中心等服务平台5个，累计服
务企业400余家次。
　　园区还设立了医疗器械产业投资基金。
{stroke}日照高新区海洋装备产业加快集聚
　　本报讯　今年以来，日照高新区新引进海洋装备项目11个，
总投资46亿元。（苗青）
"""


def test_a_stroke_alone_inside_a_story_is_no_paragraph(gazetteer):
    story, nxt = parse_page(PAGE.format(stroke=""), gazetteer=gazetteer).articles
    assert [b.text[:6] for b in story.blocks] == ["记者从威海高", "威海高新区依", "园区还设立了"]
    # (the line wider than the column, read as a candidate, goes on in the next: 累计服 / 务企业)
    assert story.blocks[1].text.endswith("服务平台5个，累计服务企业400余家次。")
    assert "丨" not in "".join(b.text for b in story.blocks)


def test_a_stroke_opening_a_headline_line_is_taken_off(gazetteer):
    page = parse_page(PAGE.format(stroke="丨"), gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == ["威海高新区医疗器械产业产值增长", "日照高新区海洋装备产业加快集聚"]
    assert {"line": 11, "kind": "speck", "text": "丨"} in page.furniture


def test_strokes_and_bars():
    assert is_speck("丨")
    assert not is_speck("王")
    assert leading_stroke("丨日照高新区海洋装备产业") == ("丨", "日照高新区海洋装备产业")
    assert leading_stroke("| 企业 | 营收 |") is None
    assert leading_stroke("丨") is None

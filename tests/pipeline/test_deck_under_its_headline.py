"""A deck set under its headline with no dash (a securities paper's way): a headline that
opens with its park's name, a clause of its own, over a line that opens with a time and gives
a figure. A headline broken over two lines, its second line a figure, stays one headline."""

from archive.pipeline.parse import parse_page

BODY = [
    "本报记者　宋　岩",
    "",
    "　　记者从武汉东湖高新区获悉，今年以来园区光电子企业新增发明专利授权1200件。",
    "　　园区有关负责人表示，将继续支持企业加大研发投入。",
]


def test_a_deck_opening_with_a_time_is_the_subtitle(gazetteer):
    lines = ["武汉东湖高新区光电子企业加码研发", "前5月新增发明专利授权1200件"] + BODY
    (art,) = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert art.headline == "武汉东湖高新区光电子企业加码研发"
    assert art.subtitle == "前5月新增发明专利授权1200件"
    assert [c.name for c in art.credits] == ["宋岩"]


def test_a_headline_broken_over_a_figure_stays_one(gazetteer):
    lines = ["武汉东湖高新区32个重点项目集中签约", "总投资额近500亿元"] + BODY
    (art,) = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert art.headline == "武汉东湖高新区32个重点项目集中签约 总投资额近500亿元"
    assert art.subtitle == ""

"""An advertisement's label over a blank line, and under it a few short lines set apart by
blank lines that end no sentence, to the page's end: the advertisement's lines, in no story
(``furniture_marks._ad_to_the_end``). Text under the label that ends its sentences is not
told from a story: it is left as it was."""

from archive.pipeline.parse import parse_page

STORY = [
    "泸州高新区“科创贷”助企融资超10亿元",
    "",
    "本报讯（记者 王露） 近日，泸州高新区联合6家银行推出“科创贷”产品，累计为企业发放贷款10.6亿元。",
    "",
    "据介绍，“科创贷”以企业知识产权、研发投入、人才团队等为主要授信依据。",
    "",
    "",
    "",
    "广告",
    "",
]


def parse(tail: list[str], gazetteer):
    return parse_page("\n".join(STORY + tail) + "\n", gazetteer=gazetteer)


def test_short_lines_under_an_ad_label_to_the_page_end_are_the_ad(gazetteer):
    ad = [
        "第二十四届中国（绵阳）科技城国际科技博览会",
        "",
        "展期：2024年9月20日—23日 地点：绵阳国际会展中心",
        "",
        "智能制造 新一代信息技术 欢迎参展 欢迎莅临",
    ]
    page = parse(ad, gazetteer)
    (a,) = page.articles
    assert a.blocks[-1].text.startswith("据介绍")
    text = "\n".join(b.text for b in a.blocks)
    assert "博览会" not in text and "欢迎参展" not in text
    assert [e["text"] for e in page.furniture if e["kind"] == "ad"][1:] == [ad[0], ad[2], ad[4]]


def test_sentences_under_an_ad_label_are_not_taken_for_the_ad(gazetteer):
    tail = ["园区将继续完善科技金融服务体系，力争全年新增贷款20亿元。"]
    page = parse(tail, gazetteer)
    assert "力争全年新增贷款20亿元" in "\n".join(b.text for a in page.articles for b in a.blocks)

"""A byline printed over its story's headline (a narrow column's habit): the line under the
byline with no punctuation, over a paragraph that begins like a news story (近日, a date,
记者从…), is the headline, not the first line of the text; the byline is the story's."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

STORY = [
    "▶ 本报记者 杜若",
    "",
    "昆明高新区生物医药产业规模再创新高",
    "",
    "记者从昆明高新区获悉，今年前三季度，园区生物医药产业实现产值412亿元，同比增长16.3%。",
    "",
    "园区相关负责人表示，将加快建设创新药中试平台，推动更多成果落地转化。",
]
ABOVE = [
    "玉溪高新区新材料项目投产",
    "",
    "本报讯（记者 向阳） 近日，玉溪高新区一家新材料企业的年产两万吨项目正式投产。",
    "",
    "",
]


def narrow(lines, width=18):
    out = [w for ln in lines for w in (wrap(ln, width) if ln else [""])]
    return "\n\n".join(out)


@pytest.mark.parametrize("above", [[], ABOVE])
@pytest.mark.parametrize(
    "lead",
    [
        "记者从昆明高新区获悉，今年前三季度",
        "近日，昆明高新区发布数据，今年前三季度",
        "10月12日，记者从昆明高新区获悉，前三季度",
    ],
)
def test_the_line_under_a_byline_over_a_news_lead_is_the_headline(gazetteer, above, lead):
    story = STORY[:4] + [STORY[4].replace("记者从昆明高新区获悉，今年前三季度", lead)] + STORY[5:]
    arts = parse_page(narrow(above + story), gazetteer=gazetteer).articles
    a = arts[-1]
    assert a.headline == "昆明高新区生物医药产业规模再创新高"
    assert a.paragraphs[0].replace(" ", "").startswith(lead.replace(" ", "")[:6])
    assert [c.name for c in a.credits] == ["杜若"]
    assert len(arts) == 1 + bool(above)

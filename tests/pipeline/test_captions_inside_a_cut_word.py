"""A caption set narrower than the column on a narrow page with a blank line after every
line, between a full line that stops mid-word and the line that finishes the word
(``…一家船舶配套企`` / ``南通高新区船舶海工产业园。`` / ``业通过…``): the word the two column lines
make (``企业``) is used elsewhere on the page, the one the caption would make with the line
above (``企南``) never is. The caption is the picture's, and the paragraph goes on past it
(``cut_word_captions``). A paragraph's short last line that finishes the word of the line
above is no caption."""

from archive.pipeline.parse import parse_page

HEAD = ["南通高新区船舶海工产业集群加速成势", "", "▶ 本报记者 韩冬", ""]
FIRST = [
    "近年来，南通高新区船舶海工产业保持较",
    "快增长，园区集聚船舶配套企业120余家，",
    "去年实现产值380亿元，同比增长16%。",
]
CUT = [
    "为支持企业技术改造，园区设立专项资金，",
    "今年兑现奖补资金1.2亿元。一家船舶配套企",
]
CAPTION = "南通高新区船舶海工产业园。"
REST = [
    "业通过智能化改造，在原有厂房内新增生产",
    "线4条，年产值增长了近一倍。",
]
LAST = [
    "园区相关负责人表示，将继续支持企业开展",
    "技术改造，推动船舶海工产业向高端迈进，",
    "力争三年内产值突破500亿元。",
]


def page(lines):
    return parse_page("\n\n".join(HEAD[:1] + HEAD[2:3] + lines) + "\n", gazetteer=None)


def test_a_caption_inside_a_cut_word_is_the_pictures(gazetteer):
    (a,) = page(FIRST + CUT + [CAPTION] + REST + LAST).articles
    assert a.captions == [CAPTION]
    assert a.paragraphs == ["".join(FIRST), "".join(CUT + REST), "".join(LAST)]


def test_a_short_last_line_finishing_the_word_stays_text(gazetteer):
    cut = CUT[:-1] + ["今年兑现奖补资金1.2亿元。惠及相关企"]
    (a,) = page(FIRST + cut + ["业80余家。"] + LAST).articles
    assert a.captions == []
    assert "".join(cut) + "业80余家。" in a.paragraphs

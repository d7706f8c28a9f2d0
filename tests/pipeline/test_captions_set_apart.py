"""On a page of whole paragraphs a picture takes room of its own: a short block set off from
the text above by more blank lines than the page sets between paragraphs is the picture's
caption when a credit follows it, or when it sits inside a sentence the paragraph leaves
open and the text goes on after another such gap. The paragraph it cut goes on, whole."""

from archive.pipeline.parse import parse_page

HEAD = """## 苏州高新区光电产业链条越拉越长

▶ 本报记者 李明

近年来,苏州高新区把光电产业作为主导产业培育,产业规模已经突破三百亿元,集聚相关企业两百余家。

产业集聚带来了配套需求。园区一家光学企业研发的高端镜头,已经进入多家手机厂商的供应链。

园区累计培育光电领域科技型企业800余家,形成从材料、器件到整机的完整链条,其中高新技术企业达到"""

TAIL = """120家。今年园区还设立了规模10亿元的光电产业基金,重点投向早期项目。

园区相关负责人表示,下一步将加快建设光电产业研究院,力争明年产业规模再上新台阶。

据了解,园区还将举办光电产业创新大会,吸引更多上下游企业落户。
"""

CUT = "园区累计培育光电领域科技型企业800余家,形成从材料、器件到整机的完整链条,其中高新技术企业达到120家。今年园区还设立了规模10亿元的光电产业基金,重点投向早期项目。"

# The head without its open last paragraph, and a tail whose first paragraph is whole: a
# block after a finished sentence.
ENDED_HEAD = HEAD.rsplit("\n\n", 1)[0]
WHOLE_TAIL = TAIL.replace(
    "120家。", "园区累计培育科技型企业800余家,形成从材料、器件到整机的完整链条,其中高新技术企业达到120家。"
)


def paragraphs(a):
    return [b.text for b in a.blocks if b.kind == "p"]


def test_a_short_block_in_a_wide_gap_over_a_photographers_credit_is_a_caption(gazetteer):
    page = HEAD + "\n\n\n\n\n苏州高新区一家光学企业的生产车间。\n\n本报记者 李明 摄\n\n" + TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == ["苏州高新区一家光学企业的生产车间。"]
    assert paragraphs(a)[2] == CUT
    assert len(paragraphs(a)) == 5


def test_a_source_alone_under_such_a_caption_is_its_credit_not_a_second_caption(gazetteer):
    page = HEAD + "\n\n\n\n\n苏州高新区光电产业园一角。\n\n\n苏州高新区供图\n\n" + TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == ["苏州高新区光电产业园一角。"]
    assert paragraphs(a)[2] == CUT


def test_a_block_in_wide_gaps_inside_an_open_sentence_is_a_caption_without_a_credit(gazetteer):
    page = HEAD + "\n\n\n\n\n苏州高新区光电产业园一角。\n\n\n" + TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == ["苏州高新区光电产业园一角。"]
    assert paragraphs(a)[2] == CUT


def test_a_two_line_caption_between_paragraphs_over_a_credit_is_one_caption(gazetteer):
    page = (
        ENDED_HEAD
        + "\n\n\n\n\n园区一家光学企业的工人在检测镜头。\n该企业镜头良品率已提升至99%。\n\n\n本报记者 李明 摄\n\n"
        + WHOLE_TAIL
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == ["园区一家光学企业的工人在检测镜头。该企业镜头良品率已提升至99%。"]
    assert len(paragraphs(a)) == 5


def test_a_paragraph_after_a_wide_gap_with_no_credit_stays_text_when_the_sentence_above_ended(gazetteer):
    page = ENDED_HEAD + "\n\n\n\n\n园区光电企业的研发投入逐年增长。\n\n\n" + WHOLE_TAIL
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == []
    assert "园区光电企业的研发投入逐年增长。" in paragraphs(a)


def test_the_paragraph_end_after_a_single_blank_line_is_text(gazetteer):
    page = HEAD + "\n\n" + TAIL.replace("120家。今年", "120家。\n\n今年")
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.captions == []
    assert (
        paragraphs(a)[2]
        == "园区累计培育光电领域科技型企业800余家,形成从材料、器件到整机的完整链条,其中高新技术企业达到120家。"
    )

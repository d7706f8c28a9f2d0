"""The first line of a paragraph under a heading, on a narrow page that indents its
paragraphs: running text, never part of the heading (``indents``). Its indent is two
characters of its width (``classify.INDENT_MAX``), so it fills its column like the lines
under it; before, it read as a line two characters short, and the subhead or headline over
it took it in (``从实验室到生产线`` / ``　　园区新材料产业的起点，是高校`` one subhead)."""

from archive.pipeline.lines import normalise
from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap

INDENT = "\u3000\u3000"
WIDTH = 16


def column(*paragraphs: str, indent: str = INDENT) -> list[str]:
    """Paragraphs set in a column of ``WIDTH`` characters, each opening with ``indent``."""
    return [line for p in paragraphs for line in wrap(indent + p, WIDTH)]


HEAD = ["滨湖科技园新材料产业加速集聚", "本报记者　王　明"]
LEAD = column(
    "初夏时节，滨湖科技园的新材料企业一片繁忙，一批新材料中试基地陆续投用，园区新材料企业的订单排到了年底。",
    "今年一季度，滨湖科技园新材料产业产值同比增长9.6%，新材料企业总数超过320家。",
)
SECTION = column(
    "园区新材料产业的起点，是高校的实验室。近年来，滨湖科技园探索新材料成果转化模式，推动一批新材料成果走出实验室，在园区落地。",
    "滨湖科技园负责人介绍，园区将建设新材料中试基地，力争年内投用。",
)


def blocks(page):
    return [(b.kind, b.text) for a in page.articles for b in a.blocks]


def test_an_indented_first_line_with_a_comma_under_a_subhead_is_body_text(gazetteer):
    text = "\n".join([*HEAD, *LEAD, "从实验室到生产线", *SECTION]) + "\n"
    assert SECTION[0] == "\u3000\u3000园区新材料产业的起点，是高校"  # (the shape under test)
    page = parse_page(text, gazetteer=gazetteer)
    (story,) = page.articles
    assert ("subhead", "从实验室到生产线") in blocks(page)
    assert any(t.startswith("园区新材料产业的起点，是高校的实验室。") for k, t in blocks(page) if k == "p")
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_an_indented_first_line_that_fills_its_column_is_no_headlines_second_line(gazetteer):
    # (An opinion piece: no byline under the headline, its author closing it.)
    body = column(
        "科技园区是科技创新和产业创新深度融合的平台。园区建设要处理好政府与市场、集聚与辐射的关系。",
        "既要发挥政府在规划引导方面的作用，又要让企业成为创新主体；既要推动要素集聚，又要带动周边区域协同发展。",
        "处理好这两个关系，园区才能走得更稳、更远。",
    )
    assert body[0] == "\u3000\u3000科技园区是科技创新和产业创新"
    text = "\n".join(["园区建设要把握好“两个关系”", *body, "（作者：李华，系某研究院研究员）"]) + "\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert story.headline == "园区建设要把握好“两个关系”"
    assert story.paragraphs[0].startswith("科技园区是科技创新和产业创新深度融合的平台。")


def test_an_indented_subhead_short_of_its_column_stays_a_subhead(gazetteer):
    text = "\n".join([*HEAD, *LEAD, INDENT + "从实验室到生产线", *SECTION]) + "\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert ("subhead", "从实验室到生产线") in [(b.kind, b.text) for b in story.blocks]


def test_an_indented_line_that_ends_a_sentence_and_fills_its_column_goes_on(gazetteer):
    # ``　　企业舍得投入，离不开政策托底。`` fills the column with its indent; the next line is
    # not indented: the paragraph goes on.
    section = column("企业舍得投入，离不开政策托底。滨湖科技园对新材料企业研发投入按比例给予补贴。")
    assert section[0] == "\u3000\u3000企业舍得投入，离不开政策托底。"
    text = "\n".join([*HEAD, *LEAD, *section]) + "\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert story.paragraphs[-1] == "企业舍得投入，离不开政策托底。滨湖科技园对新材料企业研发投入按比例给予补贴。"


def test_a_quotation_mark_carried_to_the_next_line_does_not_end_the_paragraph(gazetteer):
    # A column of 16: the quotation mark would have fitted on ``…一派繁忙。``, but it never
    # ends a line, so it went down with ``二``; the page indents its paragraphs and the
    # line under is not indented.
    lines = [*HEAD, *LEAD, INDENT + "五月中旬，园区新材料生产线上", "的工人们在加紧生产，一派繁忙。"]
    lines += ["“二期项目投产后，月产能将进一步", "提升。”公司相关负责人说。"]
    text = "\n".join(lines) + "\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert story.paragraphs[-1] == (
        "五月中旬，园区新材料生产线上的工人们在加紧生产，一派繁忙。“二期项目投产后，月产能将进一步提升。”公司相关负责人说。"
    )


def test_a_paragraphs_indent_keeps_its_ideographic_spaces():
    # (Two of them are two characters wide, two spaces one: ``classify`` measures it.)
    assert normalise("\u3000\u3000园区\u3000建设\n  園区") == "\u3000\u3000园区 建设\n  園区"


def test_a_line_a_picture_cut_short_is_no_subhead(gazetteer):
    # ``滨湖科技园税`` is short because a picture cut the column; the text goes on under the
    # caption without an indent, so it is the paragraph's, not a heading over the rest.
    lines = [*HEAD, *LEAD, INDENT + "稳住外贸，园区企业订单饱满。", "滨湖科技园税", "图片来源：滨湖科技园"]
    lines += ["务局积极从便利出口企业申报、加快", "出口退税办理角度推出了一系列举措。"]
    text = "\n".join(lines) + "\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert (
        story.paragraphs[-1]
        == "稳住外贸，园区企业订单饱满。滨湖科技园税务局积极从便利出口企业申报、加快出口退税办理角度推出了一系列举措。"
    )

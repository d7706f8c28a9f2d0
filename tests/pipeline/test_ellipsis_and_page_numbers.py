"""An ellipsis takes a full cell of a Chinese column (``lines.display_width``), so a full
line with ``……`` in it is full and its paragraph goes on under it; a document's page
number between dashes on a line of its own (``— 1 —``) is page furniture the paragraph
goes on past (``parse._drop_specks``)."""

from archive.pipeline.lines import display_width
from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap

INDENT = "\u3000\u3000"
HEAD = ["滨湖科技园壮大主导产业集群", "本报记者　王　明"]
LEAD = (
    "今年一季度，滨湖科技园地区生产总值同比增长近一成，规模以上工业增加值增长一成以上，高新技术企业超过一千六百家。"
    "园区新引进光电子信息领域重大项目四十余个，其中投资超过五十亿元的项目六个，大部分配套在一小时车程内就能解决。"
)


def column(*paragraphs: str) -> list[str]:
    return [line for p in paragraphs for line in wrap(INDENT + p, 18)]


def test_an_ellipsis_is_as_wide_as_a_character():
    assert display_width("……") == display_width("等等") == 4


def test_a_full_line_with_an_ellipsis_in_it_goes_on_with_its_paragraph(gazetteer):
    # ``车……滨湖园区持续壮大主导产业集群。`` fills the column of 18 characters; the page
    # indents its paragraphs and the next line has none: the same paragraph.
    para = (
        "光电子信息、生命健康、智能网联汽车……滨湖园区持续壮大主导产业集群。"
        "以光电子信息产业为例，园区已形成完整链条，产业规模突破五千亿元。"
    )
    body = column(LEAD) + [
        INDENT + "光电子信息、生命健康、智能网联汽",
        "车……滨湖园区持续壮大主导产业集群。",
        "以光电子信息产业为例，园区已形成完整",
        "链条，产业规模突破五千亿元。",
    ]
    (story,) = parse_page("\n".join([*HEAD, *body]) + "\n", gazetteer=gazetteer).articles
    assert story.paragraphs == [LEAD, para]


def test_a_page_number_between_dashes_is_furniture_the_paragraph_goes_on_past(gazetteer):
    para = "园区已建成海洋生物活性物质提取、海洋仪器测试验证等8条中试线，累计服务企业230余家，推动46项成果实现产业化。"
    body = column(LEAD, para)
    body[-2:-2] = ["", "— 1 —", ""]
    text = "\n".join([*HEAD, *body]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    (story,) = page.articles
    assert story.paragraphs == [LEAD, para]
    assert [e["text"] for e in page.furniture if e["kind"] == "page"] == ["— 1 —"]
    raw, placed = accounted_chars(text, page)
    assert raw == placed

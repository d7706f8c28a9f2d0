import pytest

from archive.pipeline.lines import markdown_heading
from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import page_text

PAGES = ["000", "001", "002", "003", "004"]


def rewrap(text: str, width: int) -> str:
    """The page re-set in a narrow column: long lines cut every ``width`` characters,
    a blank line between all lines (as OCR of narrow columns gives)."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if len(s) > 40 and not markdown_heading(s):
            for i in range(0, len(s), width):
                out += [s[i : i + width], ""]
        else:
            out.append(line)
    return "\n".join(out)


def variants(text):
    return {
        "crlf": text.replace("\n", "\r\n"),
        "cr": text.replace("\n", "\r"),
        "w15": rewrap(text, 15),
        "w30": rewrap(text, 30),
        "w15-crlf": rewrap(text, 15).replace("\n", "\r\n"),
    }


@pytest.mark.parametrize("prefix", PAGES)
def test_every_character_of_a_page_is_placed_exactly_once(parsed, prefix):
    raw, placed = accounted_chars(page_text(prefix), parsed[prefix])
    assert raw == placed


@pytest.mark.parametrize("prefix", PAGES)
def test_every_character_of_a_rewrapped_page_is_placed_exactly_once(gazetteer, prefix):
    for text in variants(page_text(prefix)).values():
        raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
        assert raw == placed


@pytest.mark.parametrize("prefix", PAGES)
def test_rewrapped_pages_give_the_same_headlines_and_bylines(gazetteer, parsed, prefix):
    expected = [(a.headline, a.byline) for a in parsed[prefix].articles]
    for name, text in variants(page_text(prefix)).items():
        page = parse_page(text, gazetteer=gazetteer)
        assert [(a.headline, a.byline) for a in page.articles] == expected, name


def test_lost_characters_show_up_in_the_counters():
    text = "## 标题\n\n正文。"
    page = parse_page(text)
    page.articles[0].blocks.clear()
    raw, placed = accounted_chars(text, page)
    assert raw - placed == {"正": 1, "文": 1, "。": 1}


@pytest.mark.parametrize("marker", "▶◎►●■")
def test_a_byline_marker_is_a_layout_mark_not_a_lost_character(marker):
    text = f"高新区跑出发展加速度\n\n{marker} 本报记者 张三\n\n正文内容。\n"
    page = parse_page(text)
    assert page.articles[0].byline == "本报记者 张三"
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_second_editors_note_heading_is_kept():
    text = "编者按\n编者按\n"
    page = parse_page(text)
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_byline_over_an_editors_note_is_kept(gazetteer):
    # (Found by the property over random text: the byline was dropped with the cluster.)
    text = "► 张三\n\n编者按\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [(a.headline, a.byline) for a in page.articles] == [("编者按", "张三")]
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_column_carried_on_in_part_after_a_run_of_briefs_counts_once(gazetteer):
    # (Found by the property over shuffled fixture lines: the briefs' column was the page's
    # column and the heading over them, the article after them the page's column alone.)
    text = (
        "物联网和量子通信等新一代信息技术\n编者按\n"
        "本报讯(记者 刘琴) 2月3日,北京经济技术开发区举行项目集中签约活动,129个重点项目签约。\n"
        "本报讯 为破解衡阳高新区建设发\n"
        "今后，乌鲁木齐高新区(新市区)将进一步优化营\n"
        "佛山高新区：“干”字当头谱新篇\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.column for a in page.articles][1:] == [
        "物联网和量子通信等新一代信息技术 编者按",
        "物联网和量子通信等新一代信息技术",
    ]
    raw, placed = accounted_chars(text, page)
    assert raw == placed

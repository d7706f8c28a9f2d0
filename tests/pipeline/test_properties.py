"""Properties of the parse stage over generated input (hypothesis): it never raises, the
same text always gives the same page, and every character of the page is placed exactly
once (``accounted_chars``). Inputs: random text built from the pieces pages are made of,
random Unicode, the fixture pages with lines shuffled, re-wrapped at random column widths,
with CRLF line endings and with blank lines inserted at random."""

import dataclasses
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.pipeline import bylines as B
from archive.pipeline.dates import _month_phrases
from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import PAGES

FIXTURES = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
FIXTURE_LINES = [line for text in FIXTURES for line in text.split("\n")]

# The pieces pages are made of, so random pages hit the interesting paths.
PIECES = [
    "\n\n► 张三\n\n",
    "\n\n● 本报记者 李四\n\n",
    "\n\n■王五 通讯员 赵六\n\n",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\u3000",
    "#",
    "## ",
    "#### ",
    "▶ ",
    "◎",
    "►",
    "●",
    "■",
    "本报讯",
    "本报讯(记者 刘琴)",
    "本报记者",
    "通讯员",
    "特约通讯员",
    "实习生",
    "文/图",
    "记者",
    "王桂林",
    "洪恒飞",
    "江耘",
    "张景阳 ",
    "李学飞摄",
    "图片来源:",
    "编者按",
    "（作者系局长）",
    "济宁高新区",
    "包头市稀土高新区",
    "乌鲁木齐高新区（新市区）",
    "北京经开区",
    "国家高新区",
    "今年是新中国成立70周年",
    "2021年以来",
    "截至今年9月底",
    "10月15-16日",
    "年",
    "企业",
    "发展",
    "创新",
    "，",
    "。",
    "、",
    "：",
    ":",
    "“",
    "”",
    "(",
    ")",
    "（",
    "）",
    "！",
    "？",
    "…",
    "—",
    "1",
    "20",
    "a",
    "b",
]
piece_pages = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
# What an OCR engine's markdown adds (``markup``), among the pieces above.
MARKDOWN = [
    "**",
    "__",
    "| ",
    " |",
    "| --- |",
    "> ",
    "- ",
    "* ",
    "+ ",
    "![](p3.jpg)",
    "![图](a)",
    "---",
    "$",
    "$12.3\\%$",
    "\\%",
    "图片新闻",
    "■ 日前，",
    "（张莉）",
    "\n",
]
markdown_pages = st.lists(st.sampled_from(PIECES + MARKDOWN * 3), max_size=200).map("".join)
unicode_pages = st.text(max_size=400)


def check(text: str, gazetteer) -> None:
    page = parse_page(text, gazetteer=gazetteer)
    again = parse_page(text, gazetteer=gazetteer)
    assert dataclasses.asdict(page) == dataclasses.asdict(again)
    raw, placed = accounted_chars(text, page)
    assert raw == placed, (raw - placed, placed - raw)


PROPERTY = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(text=st.one_of(piece_pages, unicode_pages))
def test_it_places_every_character_of_random_text(gazetteer, text):
    check(text, gazetteer)


@PROPERTY
@given(text=markdown_pages)
def test_it_places_every_character_of_random_text_with_markdown(gazetteer, text):
    check(text, gazetteer)


@PROPERTY
@given(lines=st.lists(st.sampled_from(FIXTURE_LINES), min_size=1, max_size=80))
def test_it_places_every_character_of_shuffled_fixture_lines(gazetteer, lines):
    check("\n".join(lines), gazetteer)


def rewrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if len(s) > width and not s.startswith("#"):
            out += [s[i : i + width] for i in range(0, len(s), width)]
        else:
            out.append(line)
    return "\n\n".join(out)


@PROPERTY
@given(page=st.sampled_from(FIXTURES), width=st.integers(10, 40), crlf=st.booleans())
def test_it_places_every_character_of_a_rewrapped_fixture_page(gazetteer, page, width, crlf):
    text = rewrap(page, width)
    check(text.replace("\n", "\r\n") if crlf else text, gazetteer)


@PROPERTY
@given(page=st.sampled_from(FIXTURES), data=st.data())
def test_it_places_every_character_with_blank_lines_inserted(gazetteer, page, data):
    lines = page.split("\n")
    blanks = data.draw(st.lists(st.integers(0, len(lines)), max_size=20))
    for at in sorted(blanks, reverse=True):
        lines.insert(at, "")
    check("\n".join(lines), gazetteer)


# The cheap tests the parser runs first must agree with the full ones.

line_text = st.lists(st.sampled_from(PIECES[4:] + ["张三", "李四", "摄", "摄影", "供图", "图为"]), max_size=8).map(
    lambda parts: "".join(parts).strip()
)


@settings(max_examples=60, deadline=None, database=None)
@given(s=line_text)
def test_a_plain_line_is_none_of_the_special_lines(s):
    if s and B.plain_line(s):
        assert not (B.is_byline(s) or B.is_author_note(s) or B.photo_credit(s) or B.is_caption(s) or B.is_name_line(s))


MONTH_RE = re.compile(
    r"(?:截至|截止)?(?:今年)?\s*(\d{1,2})\s*月\s*(?:(\d{1,2})(?:\s*[-—至~]\s*\d{1,2})?\s*日|底|初|中旬|上旬|下旬)"
)


@settings(max_examples=60, deadline=None, database=None)
@given(
    text=st.lists(st.sampled_from(list("截至止今年月日底初中旬上下-—~ \n1290") + ["截至", "今年"]), max_size=30).map(
        "".join
    )
)
def test_month_phrases_are_what_the_whole_pattern_finds(text):
    assert list(_month_phrases(text)) == [(m.start(), m.group(1), m.group(0)) for m in MONTH_RE.finditer(text)]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_park_forms_are_found_longest_first_left_to_right(gazetteer, data):
    forms = sorted(gazetteer._form_entry)
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(forms),
                st.sampled_from(forms).map(lambda f: f[1:]),
                st.sampled_from(list("市区新高开发（）的在")),
            ),
            max_size=10,
        )
    )
    text = "".join(pieces)
    expected, pos = [], 0
    while pos < len(text):
        found = max((f for f in forms if text.startswith(f, pos)), key=len, default=None)
        if found:
            expected.append((pos, pos + len(found)))
            pos += len(found)
        else:
            pos += 1
    assert gazetteer._form_spans(text) == expected

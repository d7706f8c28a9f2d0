"""Many papers (科技日报, 光明日报, 新华社's wires) pad a two-character name to the width of a
three-character one with a full-width space: ``（记者王　宁）``. Set close after the role word
inside a dateline's brackets, the name is still one name, 王宁; so is a pen name signing a
story in brackets on a line of its own (``（科　文）``)."""

import pytest

from archive.pipeline.bylines import parse_credits
from archive.pipeline.parse import parse_page


def names(a):
    return sorted(c.name for c in a.credits)


@pytest.mark.parametrize(
    "body,expected",
    [
        ("记者王 宁", ["王宁"]),
        ("记者罗 澜 通讯员韩晓东", ["罗澜", "韩晓东"]),
        ("记者达 娃、陈立新", ["达娃", "陈立新"]),
        ("本报记者许 昕", ["许昕"]),
    ],
)
def test_it_reads_a_padded_name_set_close_after_its_role_word(body, expected):
    assert sorted(c.name for c in parse_credits(body, default_role="staff")) == sorted(expected)


@pytest.mark.parametrize(
    "dateline,expected",
    [
        ("本报讯　（记者王　宁）", ["王宁"]),
        ("科技日报讯（记者罗　澜　通讯员韩晓东）", ["罗澜", "韩晓东"]),
        ("新华社拉萨6月3日电（记者达　娃、陈立新）", ["达娃", "陈立新"]),
        ("本报济宁6月3日讯　（记者许　昕　通讯员邱一鸣）", ["许昕", "邱一鸣"]),
    ],
)
def test_a_padded_name_in_a_datelines_brackets_is_a_reporter(gazetteer, dateline, expected):
    page = (
        "## 济宁高新区新材料项目签约\n\n"
        f"　　{dateline}6月2日，济宁高新区与一家新材料企业签约，项目总投资20亿元，建成后年产值可达30亿元。\n\n"
        "　　该区去年新引进新材料项目12个，产业规模同比增长两成。\n"
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert names(a) == sorted(expected)
    assert a.paragraphs[0].startswith("6月2日，济宁高新区")


def test_a_padded_pen_name_in_brackets_under_the_last_sentence_signs_the_story(gazetteer):
    page = (
        "## 株洲高新区轨道交通配套企业增至300家\n\n"
        "　　记者日前从株洲高新区获悉，该区轨道交通配套企业已增至300家，去年产值同比增长11%。\n"
        "　　区内一家齿轮箱企业新建的数字化车间近日投用，年产能提高三成。\n"
        "（科　文）\n"
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert names(a) == ["科文"]
    assert a.paragraphs[-1].endswith("年产能提高三成。")

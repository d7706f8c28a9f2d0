"""A Hong Kong paper's dateline: its name and 讯 in square brackets, the reporter's role and
name, the place the story was filed from and 报道 run together (``【香港商报讯】记者李嘉欣深圳报道：``).
The dateline opens the article and leaves the paragraph; the reporter is the name (a surname
and a given name of one or two characters, four with a compound surname), the two or three
characters after it the place."""

import pytest

from archive.pipeline import leads
from archive.pipeline.parse import accounted_chars, parse_page


@pytest.mark.parametrize(
    "text, lead, names",
    [
        (
            "【香港商报讯】记者李嘉欣深圳报道：前海昨日发布新一批惠港措施。",
            "【香港商报讯】记者李嘉欣深圳报道：",
            ["李嘉欣"],
        ),
        (
            "【明报讯】记者欧阳晓雯广州报道：南沙新区新增港资企业30家。",
            "【明报讯】记者欧阳晓雯广州报道：",
            ["欧阳晓雯"],
        ),
        ("【商报讯】记者林峰北京报道：中关村发布新政。", "【商报讯】记者林峰北京报道：", ["林峰"]),
        (
            "【香港商报讯】记者陈志强、黄敏珠海报道：横琴新增企业。",
            "【香港商报讯】记者陈志强、黄敏珠海报道：",
            ["陈志强", "黄敏"],
        ),
    ],
)
def test_a_bracketed_papers_dateline_names_the_reporter_not_the_place(text, lead, names):
    opening, rest, credits = leads.split_lead(text)
    assert opening == lead
    assert [c.name for c in credits] == names
    assert not rest.startswith("记者")


def test_a_bracketed_word_and_xun_that_names_no_paper_is_no_dateline():
    assert leads.split_lead("【园区快讯】近日，园区举办招聘会。") is None


PAGE = """前海深港青年夢工場擴容

　　【文匯報訊】記者黃志明深圳報道：深圳前海深港青年夢工場昨日啟用新一期場地，新增辦公面積3萬平方米。
　　前海管理局有關負責人表示，新場地將重點引進金融科技項目。
"""


def test_in_traditional_characters_the_dateline_is_the_byline(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.byline == "【文匯報訊】記者黃志明深圳報道："
    assert [c.name for c in art.credits] == ["黄志明"]  # (names are stored simplified)
    assert art.blocks[0].text.startswith("深圳前海深港青年夢工場")
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed


def test_words_of_time_or_place_after_the_name_are_no_place_filed_from():
    # (近日 and 在 open a clause: the run is no name and place, and no one is credited wrongly)
    opening, rest, credits = leads.split_lead("本报讯 记者王明近日在园区报道：园区举办招聘会。")
    assert (opening, rest, credits) == ("本报讯", "记者王明近日在园区报道：园区举办招聘会。", [])

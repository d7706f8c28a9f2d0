"""A Hong Kong paper prints its name romanised beside the Chinese one, in Wade-Giles or
Cantonese (``TA KUNG PAO``, ``WEN WEI PO``, ``MING PAO``): ``PAO`` / ``PO`` is 报 as ``BAO`` is,
so the line is the masthead, not the first paragraph of the first story."""

import datetime

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import accounted_chars, parse_page
from archive.pipeline.script import reading_copy

PAGE = """文匯報　WEN WEI PO　　　　　　　　　　2025年3月4日　星期二
A12　　經濟新聞　　　　　　　　　　責任編輯：周嘉欣　美術編輯：何志強

前海深港青年夢工場擴容
　　深圳前海深港青年夢工場昨日啟用新一期場地，新增辦公面積3萬平方米，可容納創業團隊200個。
　　前海管理局有關負責人表示，新場地將重點引進金融科技和數字創意項目。
"""


def test_a_paper_name_romanised_in_cantonese_beside_the_chinese_is_a_masthead():
    found = find_furniture(reading_copy(PAGE).split("\n"))  # (read in the simplified copy)
    assert (found.newspaper, found.date) == ("文汇报", datetime.date(2025, 3, 4))
    assert sorted(found.lines) == [0, 1]
    simplified = find_furniture(["明报　MING PAO　　2024年11月5日　星期二", "", "标题"])
    assert (simplified.newspaper, simplified.date) == ("明报", datetime.date(2024, 11, 5))


def test_the_masthead_is_no_story_text(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.headline == "前海深港青年夢工場擴容"
    assert art.blocks[0].text.startswith("深圳前海深港青年夢工場")
    assert (page.printed.newspaper, page.printed.issue_date) == ("文汇报", datetime.date(2025, 3, 4))
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed

"""A business paper's section head: the section's title, its English name and the editors on
one line under the masthead (``产业观察　Industry　　主编：X　编辑：Y``) is furniture, not the
first paragraph of the first story."""

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

HEAD = "上海证券报　　　　2025年7月9日　星期三　　　　B3\n产业观察　Industry　　　　　　　主编：刘　洋　编辑：孙　悦　美编：陈　立\n"

STORY = """
张江高科拟投资建设集成电路设计产业园
本报记者　周文斌

　　张江高科7月8日晚间公告，公司拟在上海张江科学城投资建设集成电路设计产业园，总投资约十二亿元。
　　公司表示，项目建成后将引入集成电路设计企业五十家以上。
"""


def test_a_section_title_with_its_english_name_and_editors_is_furniture():
    found = find_furniture(HEAD.split("\n") + ["标题", "正文。"])
    assert found.lines == {0: "masthead", 1: "page_title"}
    assert found.page_title == "产业观察"


def test_the_first_story_under_such_a_head_has_no_head_in_its_text():
    (a,) = parse_page(HEAD + STORY).articles
    assert a.headline == "张江高科拟投资建设集成电路设计产业园"
    assert a.blocks[0].text.startswith("张江高科7月8日")


def test_words_in_latin_letters_beside_a_headline_are_no_head():
    assert find_furniture(["园区观察 Industry 新能源汽车产业链加速成势", "正文。"]).lines == {}

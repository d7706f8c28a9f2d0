"""A running head of the paper's name, the date and the page's title, without the page's
number (``科技日报　2024年7月11日　星期四　园区``), is page furniture, not the first story's kicker."""

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

PAGE = """科技日报　2024年6月3日　星期一　区域创新
嘉兴高新区：“光伏+储能”项目集中投产
◎本报记者　沈嘉禾
　　记者日前从嘉兴高新区获悉，园区今年已有光伏组件、储
能电池等项目7个投产，总投资超过120亿元。
"""


def test_a_paper_date_and_page_title_line_is_the_running_head(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer, newspapers=("科技日报",))
    (story,) = page.articles
    assert story.kicker == ""
    assert story.headline == "嘉兴高新区：“光伏+储能”项目集中投产"
    assert page.printed.newspaper == "科技日报"
    assert page.printed.page_title == "区域创新"
    assert str(page.printed.issue_date) == "2024-06-03"


def test_a_paper_and_date_with_a_sentence_is_no_running_head():
    furniture = find_furniture(["科技日报　2024年6月3日　星期一　园区光伏组件项目投产。", "正文。"], ["科技日报"])
    assert furniture.lines == {}

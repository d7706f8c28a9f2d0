"""A paper's footer at the page's foot: its site's address, its apps' and accounts' names,
a QR code's prompt and its news hotline, set on one line apart by spaces. It is the page's
furniture, neither a subhead nor a paragraph of the story above it."""

import pytest

from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

STORY = """江门日报　　2025年8月6日　星期三　　　　园区　4

江门高新区新增规上工业企业三十家
本报记者　梁　静

　　今年上半年，江门高新区新增规模以上工业企业三十家，工业总产值同比增长一成。
　　园区相关负责人表示，下半年将重点推进十个重大产业项目建设。

"""


@pytest.mark.parametrize(
    "footer",
    [
        "江门新闻网　www.jmnews.cn　　　　江门日报客户端　　　　扫码阅读本版",
        "江门日报　　侨都新闻　　江门在线　　　　　　新闻热线：0750-3500000",
        "江门日报网　www.jmrb.com　　　　　　江门e家　　　　　　数读",
        "扫一扫　关注江门日报微信公众号",
    ],
    ids=["site-app-qr", "names-hotline", "site-names", "qr-prompt"],
)
def test_a_papers_footer_at_the_page_foot_is_no_part_of_the_last_story(footer):
    page = parse_page(STORY + footer + "\n")
    (a,) = page.articles
    assert [b.kind for b in a.blocks] == ["p", "p"]
    assert a.blocks[-1].text.startswith("园区相关负责人")
    assert any(e["text"].split() == footer.split() for e in page.furniture)


def test_a_last_line_naming_a_website_in_a_sentence_is_text():
    lines = ["标题", "正文。", "详情可登录园区官网 www.example.cn 查询。"]
    assert find_furniture(lines).lines == {}


def test_names_alone_at_the_foot_are_no_footer():
    lines = ["标题", "正文。", "江门日报　　侨都新闻　　江门在线"]
    assert find_furniture(lines).lines == {}

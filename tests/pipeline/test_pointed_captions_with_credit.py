"""A caption pointing up to its picture (``▲``) may end with its photographer's credit set
close after the sentence (``…生产车间。本报记者王磊摄``, as Hong Kong papers print it): only a
caption opens with the pointer, so the credit is the photographer's and the line is the
caption, not the start of the paragraph under it (the next line was joined to it, the credit
not ending a sentence). A paragraph's line ending so, without the pointer, is left as it is:
a sentence may go on across the line's end there."""

from archive.pipeline import bylines
from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """南沙新區港資企業加快集聚

　　【香港商報訊】記者陳嘉欣廣州報道：南沙新區今年新增港資企業320家，同比增長三成。
　　一家港資醫療器械企業負責人表示，南沙的產業配套讓企業的新產品提前半年上市。
　　▲港資企業員工在南沙新區的生產車間調試設備。香港商報記者黃俊傑攝
　　南沙新區有關負責人介紹，新區將設立港澳青年專項扶持資金，支持港資企業擴大投資。
　　今年下半年，新區還將舉辦第二屆港澳投資推介會。
"""


def test_a_pointed_caption_with_its_credit_set_close_is_a_caption():
    assert [c.name for c in bylines.caption_credits("▲员工在车间调试设备。本报记者王磊摄")] == ["王磊"]
    assert bylines.caption_credits("会上，专家们观看了展览。本报记者王磊摄") is None


def test_the_caption_leaves_the_paragraph_under_it_whole(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.captions == ["▲港資企業員工在南沙新區的生產車間調試設備。香港商報記者黃俊傑攝"]
    assert [b.text[:8] for b in art.blocks] == [
        "南沙新區今年新增",
        "一家港資醫療器械",
        "南沙新區有關負責",
        "今年下半年，新區",
    ]
    assert ("黄俊杰", "photo") in [(c.name, c.role) for c in art.credits]
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed

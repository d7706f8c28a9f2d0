"""A caption set flush between indented paragraphs and closed by its picture's credit
(``…生产线。图／本报资料照片``, ``图/X``): a caption, not the start of the paragraph under it; and
a WeChat article's section numbers (``01``, ``02``) set on a line of their own over its
subheads, dropped as a bullet is."""

from archive.pipeline.parse import parse_page

CAPTIONED = """南昌高新区光伏产业　台商占四成產值

　　南昌高新區是重要的光伏產業基地，區內台資企業貢獻約四成產值。
台商在南昌高新區設立的電池片工廠。圖／本報資料照片
　　業界人士表示，隨著海外需求回溫，台商在南昌的工廠今年稼動率已回升至九成。
"""


def test_a_line_closed_by_a_pictures_credit_is_a_caption():
    (a,) = parse_page(CAPTIONED).articles
    assert [b.text for b in a.blocks] == [
        "南昌高新區是重要的光伏產業基地，區內台資企業貢獻約四成產值。",
        "業界人士表示，隨著海外需求回溫，台商在南昌的工廠今年稼動率已回升至九成。",
    ]
    assert len(a.captions) == 1 and a.captions[0].startswith("台商在南昌高新區設立的電池片工廠。")
    assert a.credits == []


NUMBERED = """这个产业园，开园了！
原创 新城发布 新城发布 2026年5月6日 10:00 湖北
文字｜刘　畅

5月5日，新城智能制造产业园正式开园，首批入驻企业18家。

01
产业链加速集聚

产业园重点引进智能装备企业，目前已形成从零部件到整机的产业链。

02
服务跟上

园区为入驻企业提供人才公寓和通勤班车。
"""


def test_section_numbers_over_subheads_are_dropped():
    (a,) = parse_page(NUMBERED).articles
    assert [(b.kind, b.text) for b in a.blocks] == [
        ("p", "5月5日，新城智能制造产业园正式开园，首批入驻企业18家。"),
        ("subhead", "产业链加速集聚"),
        ("p", "产业园重点引进智能装备企业，目前已形成从零部件到整机的产业链。"),
        ("subhead", "服务跟上"),
        ("p", "园区为入驻企业提供人才公寓和通勤班车。"),
    ]


def test_a_lone_number_over_a_line_is_no_section_number():
    text = NUMBERED.replace("02\n服务跟上\n\n", "")
    (a,) = parse_page(text).articles
    assert ("subhead", "服务跟上") not in [(b.kind, b.text) for b in a.blocks]
    assert any("01" in b.text for b in a.blocks)

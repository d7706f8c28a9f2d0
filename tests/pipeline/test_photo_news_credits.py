"""Under a column of pictures (图片新闻) a caption that ends with its photographer's credit
(``…成果展。 本报记者 王明 摄``) is one picture's story: the credit leaves the text for the
credits, and the next caption is the next story."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = (
    "图片新闻\n\n"
    "5月9日，在芜湖高新区一家机器人企业的装配车间，技术人员正在调试工业机器人。今年以来，该企业订单同比增长40%。\n\n"
    "李岩 摄\n\n"
    "5月12日，市民在马鞍山高新区举办的科技活动周上体验虚拟现实设备。本次活动周共展出新产品、新技术150余项。 本报通讯员 唐宁 摄\n\n"
    "5月15日，在铜陵高新区一家铜基新材料企业的实验室里，科研人员正在检测新研发的铜箔产品。 方舟 摄\n"
)


def test_each_caption_closed_by_its_credit_is_a_picture_story_of_its_own(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
    first, second, third = page.articles
    assert [c.name for c in first.credits] == ["李岩"]
    assert second.paragraphs == [
        "5月12日，市民在马鞍山高新区举办的科技活动周上体验虚拟现实设备。本次活动周共展出新产品、新技术150余项。"
    ]
    assert [(c.name, c.role) for c in second.credits] == [("唐宁", "photo")]
    assert third.paragraphs == ["5月15日，在铜陵高新区一家铜基新材料企业的实验室里，科研人员正在检测新研发的铜箔产品。"]
    assert [c.name for c in third.credits] == ["方舟"]
    assert second.column == third.column == "图片新闻"

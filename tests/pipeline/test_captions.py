from .conftest import article


def test_it_joins_a_paragraph_broken_by_a_caption(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert any("跨区域协同创新中心(异地孵化器)和设在哈萨克斯坦" in b.text for b in a.blocks)
    assert "图片来源:乌鲁木齐市科技局" in a.captions


def test_it_keeps_a_picture_source_out_of_the_body(parsed):
    for page in parsed.values():
        for a in page.articles:
            assert not any("图片来源" in b.text for b in a.blocks)


def test_it_takes_a_descriptive_caption_out_of_a_sentence(parsed):
    a = article(parsed["001"], "湘潭高新区")
    assert a.captions == ["湘潭高新区政务服务中心服务大厅窗口人员用心为群众办证。 图片来源:湘潭高新区"]
    assert any("逐步落实一窗受理、集成服务" in b.text for b in a.blocks)


def test_a_caption_at_the_end_of_an_article_stays_with_it(parsed):
    assert article(parsed["002"], "平顶山高新区").captions == ["图片来源:平顶山高新区"]


def test_a_fragment_after_a_caption_is_kept_as_the_first_paragraph(parsed):
    a = article(parsed["002"], "上海张江高新区")
    assert a.captions == ["图片来源:上海张江高新区"]
    assert a.blocks[0].text == "费用加计扣除政策,年度减免税超过300亿元。"


def test_a_photo_caption_above_the_headline_goes_to_the_article_below(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    assert a.captions == ["一流服务助推包头双良单晶硅项目加快建设"]
    assert a.blocks[0].text.startswith("近年来，包头市以问题为导向")

from archive.pipeline.parse import parse_page

from .conftest import article


def test_it_joins_a_paragraph_across_a_blank_line(parsed):
    a = article(parsed["000"], "益阳高新区")
    assert any("据介绍,益阳高新区按照" in b.text for b in a.blocks)


def test_it_joins_a_paragraph_split_mid_word(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert any("等主题演讲,勾画了" in b.text for b in a.blocks)


def test_it_keeps_real_paragraph_breaks(parsed):
    assert len(article(parsed["000"], "大连理工大学洛阳研究院成立").blocks) == 3


def test_it_joins_narrow_column_fragments_into_paragraphs(parsed):
    a = article(parsed["004"], "郑州高新区")
    assert [len(b.text) > 60 for b in a.blocks] == [True] * len(a.blocks)
    assert a.blocks[0].text == (
        "近日，郑州高新区召开优化营商环境工作会议，安排部署优化营商环境评价和进一步优化营商环境工作。"
        "会议对要开展的优化营商环境评价相关工作进行了研究部署，对进一步优化营商环境各项指标性工作进行了初步分工。"
    )


def test_it_keeps_spaces_inside_numbers_as_printed(parsed):
    a = article(parsed["004"], "乌鲁木齐高新区")
    assert any("总投资 186 亿元" in b.text for b in a.blocks)


def test_it_breaks_a_narrow_paragraph_at_a_short_line_ending_a_sentence(parsed):
    a = article(parsed["004"], "安康高新区")
    assert a.blocks[0].text.endswith("工作进行了安排部署。")
    assert a.blocks[1].text.startswith("安康高新区党工委副书记")


def test_it_does_not_break_at_a_full_width_line_ending_a_sentence(parsed):
    a = article(parsed["004"], "安康高新区")
    assert "推动各项政策落地的责任主体也在基层。要通过加强基层党建工作" in a.blocks[1].text


def test_it_reads_crlf_lone_cr_tabs_and_a_bom():
    text = "\ufeff## 某某高新区：一条新闻\r\n\r\n▶ 本报记者 张三\r\n\r\n第一段\t文字，\r\rsecond 段落。\n"
    page = parse_page(text)
    (a,) = page.articles
    assert a.headline == "某某高新区：一条新闻"
    assert a.byline == "本报记者 张三"
    assert a.blocks[0].text.startswith("第一段")


def test_an_empty_page_has_no_articles():
    assert parse_page("").articles == []
    assert parse_page(" \n\r\n\t\n").articles == []


def test_a_very_long_line_does_not_break_the_parser():
    page = parse_page("很长的一行" * 20000)
    assert len(page.articles) == 1


def test_the_output_is_deterministic(gazetteer):
    from .conftest import page_text

    text = page_text("003")
    assert parse_page(text, gazetteer=gazetteer) == parse_page(text, gazetteer=gazetteer)

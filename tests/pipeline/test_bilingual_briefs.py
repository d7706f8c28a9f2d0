"""A bilingual page of briefs: each item a Chinese headline, its English translation under
it (the subtitle), an English paragraph and a Chinese one, no indents and no blank line
inside an item; a page head with the paper's English name, a column label printed with its
translation, and a glossary box at the end (``Word Bank 词汇``), which is no article."""

from archive.pipeline.parse import parse_page

PAGE = "\n".join(
    [
        "上海日报双语周刊　SHANGHAI DAILY BILINGUAL WEEKLY　　2025年9月8日",
        "园区简讯　Park Briefs",
        "",
        "张江科学城新增两家新型研发机构",
        "Zhangjiang Science City adds two new research institutes",
        "Two new research institutes opened in Zhangjiang Science City on Friday, bringing the total to 31.",
        "张江科学城5日新增两家新型研发机构，总数达到31家。（记者　周　涛）",
        "",
        "武汉东湖高新区光电子产业规模再创新高",
        "Wuhan East Lake high-tech zone sets record in optoelectronics",
        "The optoelectronics industry in the East Lake High-tech Zone reported record revenue in the first half",
        "of the year, the zone's management committee said.",
        "东湖高新区光电子产业上半年营业收入创历史新高。（记者　孙　蕾）",
        "",
        "Word Bank 词汇",
        "research institute 研发机构",
        "management committee 管委会",
    ]
)


def test_it_keeps_each_items_english_and_chinese_paragraphs_apart(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "张江科学城新增两家新型研发机构",
        "武汉东湖高新区光电子产业规模再创新高",
    ]
    first, second = page.articles
    assert first.subtitle == "Zhangjiang Science City adds two new research institutes"
    assert second.subtitle == "Wuhan East Lake high-tech zone sets record in optoelectronics"
    texts = [b.text for b in second.blocks if b.kind == "p"]
    assert texts[0].startswith("The optoelectronics industry") and texts[0].endswith("committee said.")
    assert texts[1].startswith("东湖高新区光电子产业上半年")
    assert len(texts) == 2
    assert [c.name for c in second.credits] == ["孙蕾"]


def test_the_page_head_column_label_and_glossary_are_no_headlines(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert page.printed.newspaper == "上海日报双语周刊"
    first = page.articles[0]
    assert first.kicker == ""
    assert first.column.startswith("园区简讯")
    kinds = {e["text"]: e["kind"] for e in page.furniture}
    assert kinds["Word Bank 词汇"] == "glossary"
    assert kinds["management committee 管委会"] == "glossary"
    assert not any("Word Bank" in (b.text) for a in page.articles for b in a.blocks)


def test_a_chinese_line_with_a_few_latin_letters_goes_on_with_its_paragraph(gazetteer):
    text = "\n".join(
        [
            "苏州高新区企业同日IPO过会",
            "",
            "本报讯（记者　何　昕）6月15日，苏州高新区两家企业的首发上市申请同日获上交所审议",
            "通过，两家公司拟在科创板上市，此次IPO拟募资12亿元。",
        ]
    )
    (art,) = parse_page(text, gazetteer=gazetteer).articles
    assert len([b for b in art.blocks if b.kind == "p"]) == 1


def test_a_line_in_latin_letters_inside_a_chinese_sentence_goes_on_with_it(gazetteer):
    text = "\n".join(
        [
            "上海张江高新区引进一批外资研发中心",
            "",
            "本报讯（记者　周　涛）6月3日，上海张江高新区管委会与",
            "the research alliance of Advanced Micro Devices and its partners in the Yangtze delta",
            "签署合作协议，双方将在园区共建芯片设计研发中心，首期投资5亿元。",
        ]
    )
    (art,) = parse_page(text, gazetteer=gazetteer).articles
    texts = [b.text for b in art.blocks if b.kind == "p"]
    assert len(texts) == 1
    assert "Yangtze delta" in texts[0] and texts[0].endswith("首期投资5亿元。")

"""OCR noise does not break a page's structure: variant forms (髙 for 高), full-width
digits, specks of dirt on lines of their own. The stored text stays as printed."""

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap

HEADLINE = "潍坊髙新区创新服务手段 助力科研攻关"
LEAD = "今年以来，潍坊髙新区科技局全力以专业化科技服务助力企业科研攻关，成效明显，全区新增高新技术企业五十余家。"
OTHER = "据介绍，下一步潍坊高新区将继续优化科技服务，推动更多科技成果在园区转化落地，为企业发展注入动能。"


def test_a_variant_form_is_read_as_its_character_and_kept_as_printed(gazetteer):
    page = parse_page(f"{HEADLINE}\n▶ 本报记者 孔令帅\n{LEAD}\n", gazetteer=gazetteer)
    (article,) = page.articles
    assert article.headline == HEADLINE
    assert article.blocks[0].text == LEAD
    assert [p.name for p in article.parks] == ["潍坊高新技术产业开发区"]


def test_a_dateline_with_full_width_digits_opens_an_article(gazetteer):
    text = f"{HEADLINE}\n新华社北京３月５日电（记者 刘琴）{LEAD}\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert article.byline == "新华社北京３月５日电（记者 刘琴）"
    assert [c.name for c in article.credits] == ["刘琴"]
    assert article.blocks[0].text == LEAD


def test_specks_on_lines_of_their_own_neither_cut_a_paragraph_nor_become_headlines(gazetteer):
    column = wrap(LEAD, 12) + wrap(OTHER, 12)
    noisy = column[:3] + ["|"] + column[3:6] + ["•"] + column[6:]
    text = "\n\n".join([HEADLINE, "▶ 本报记者 孔令帅", *noisy]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    (article,) = page.articles
    assert [b.text for b in article.blocks] == [LEAD, OTHER]
    assert [(e["kind"], e["text"]) for e in page.furniture] == [("speck", "|"), ("speck", "•")]
    raw, placed = accounted_chars(text, page)
    assert raw == placed

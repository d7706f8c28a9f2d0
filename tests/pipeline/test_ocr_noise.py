"""OCR noise does not break a page's structure: variant forms (髙 for 高), full-width
digits, specks of dirt on lines of their own. The stored text stays as printed."""

import pytest

from archive.pipeline.lines import close_heading_spaces
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


def test_a_space_inside_a_chinese_word_or_a_decimal_leaves_the_text_and_the_park_is_found(gazetteer):
    noisy = "今年以来，潍坊高新 区工业总产值达到4191. 83亿元，同比增长12.5%，全区新增高新技术企业五十余家。"
    text = f"创新服务手段 助力科研攻关\n▶ 本报记者 孔令帅\n{noisy}\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert article.blocks[0].text == noisy.replace("高新 区", "高新区").replace("4191. 83", "4191.83")
    assert [p.name for p in article.parks] == ["潍坊高新技术产业开发区"]


def test_spaces_a_title_a_bracket_or_a_number_set_off_print_stay(gazetteer):
    kept = "制定《重庆高新区支持企业科技创新 促进高质量发展扶持办法》，总投资 186 亿元（记者 刘琴 摄）。"
    text = f"创新服务手段 助力科研攻关\n▶ 本报记者 孔令帅\n{LEAD}\n{kept}\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert article.blocks[1].text == kept


def test_a_latin_word_broken_with_a_hyphen_is_joined_and_nothing_is_lost(gazetteer):
    body = (
        "今年以来，潍坊高新区科技局引进了一批专注于人工智能与biotechnology的研发团队，"
        "成效明显，全区新增高新技术企业五十余家，产值达到4191.83亿元。"
    )
    cut = body.index("biotech") + len("biotech")
    column = wrap(body[:cut], 12)
    column[-1] += "-"
    column += wrap(body[cut:], 12)
    text = "\n\n".join([HEADLINE, "▶ 本报记者 孔令帅", *column]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    (article,) = page.articles
    assert article.blocks[0].text == body
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_number_broken_over_two_column_lines_is_joined_without_a_space(gazetteer):
    column = [
        "今年以来，潍坊高新区工业",
        "总产值同比增长达到4191.",
        "83亿元，全区新增高新技术",
        "企业五十余家，数量居全市",
        "前列。",
        *wrap(OTHER, 12),
    ]
    text = "\n\n".join([HEADLINE, "▶ 本报记者 孔令帅", *column]) + "\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert article.blocks[0].text == "".join(column[:5])


def test_dirt_of_one_to_three_characters_at_the_page_edges_is_furniture(gazetteer):
    text = "\n".join(["l", "", HEADLINE, "▶ 本报记者 孔令帅", LEAD, OTHER, "", "丨", "Il"]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    (article,) = page.articles
    assert (article.headline, [b.text for b in article.blocks]) == (HEADLINE, [LEAD, OTHER])
    assert [(e["kind"], e["text"]) for e in page.furniture] == [("speck", "l"), ("speck", "丨"), ("speck", "Il")]


def test_a_short_last_line_that_finishes_a_sentence_is_text_not_dirt(gazetteer):
    column = wrap(LEAD, 12)
    assert column[-1] == "余家。"
    text = "\n\n".join([HEADLINE, "▶ 本报记者 孔令帅", *wrap(OTHER, 12), *column[:-1], "余", "家。"]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert page.articles[0].blocks[-1].text.endswith(LEAD)
    assert [e for e in page.furniture if e["kind"] == "speck"] == []


def test_a_space_inside_a_word_of_a_headline_or_a_name_of_a_byline_is_closed(gazetteer):
    # The park is named only in the headline, the reporter only in the byline: both are
    # found, and both are stored readable; a space between two phrases stays.
    body = "今年以来，科技局全力以专业化科技服务助力企业科研攻关，成效明显，全区新增企业五十余家。"
    text = f"潍坊高新 区创新服务手 段 助力科研攻关\n▶ 本报记者 孔 令帅 通讯员 唐诗 萌\n{body}\n"
    page = parse_page(text, gazetteer=gazetteer)
    (article,) = page.articles
    assert article.headline == "潍坊高新区创新服务手段 助力科研攻关"
    assert article.byline == "本报记者 孔令帅 通讯员 唐诗萌"
    assert [(c.name, c.role) for c in article.credits] == [("孔令帅", "staff"), ("唐诗萌", "correspondent")]
    assert [p.name for p in article.parks] == ["潍坊高新技术产业开发区"]
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_space_inside_a_dateline_credit_is_closed(gazetteer):
    text = f"{HEADLINE}\n本报讯（记者 刘 琴）{LEAD}\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert [c.name for c in article.credits] == ["刘琴"]
    assert article.byline == "本报讯（记者 刘琴）"


def test_full_width_digits_and_letters_in_a_narrow_column_are_text_however_they_were_printed(gazetteer):
    # ``总产值同比增长达到４１９１．８`` is 30 half-cells wide as OCR gave it, in a 24-cell
    # column: OCR's reading of half-width digits (``4191.8``), not a heading across the
    # column. Set full width in print, or half width, the paragraph comes out the same.
    body = (
        "今年以来，潍坊高新区工业总产值同比增长达到4191.83亿元，全区新增IT企业五十余家，数量居全市前列，GDP增长12.5%。"
    )
    full = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
    for column in (
        [line.translate(full) for line in wrap(body, 12)],
        wrap(body.translate(full), 12),
        wrap(body, 12),
    ):
        text = "\n\n".join([HEADLINE, "▶ 本报记者 孔令帅", *column, *wrap(OTHER, 12)]) + "\n"
        (article,) = parse_page(text, gazetteer=gazetteer).articles
        assert (article.subtitle, [b.text for b in article.blocks]) == ("", ["".join(column), OTHER])


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("签约项目126个 总投资1035亿元", "签约项目126个 总投资1035亿元"),  # two phrases
        ("引进项目30个 开工建设", "引进项目30个 开工建设"),
        ("出台26条 新政", "出台26条新政"),  # the rest of a word
    ],
)
def test_a_space_after_a_numbers_unit_in_a_headline_stays_between_phrases(printed, stored):
    assert close_heading_spaces(printed) == stored


@pytest.mark.parametrize(
    "text, closed",
    [
        ("参加“同心共建 情聚高新”活动", "参加“同心共建 情聚高新”活动"),
        ("“打造盐城示范 区，是明确要求。”", "“打造盐城示范区，是明确要求。”"),
        ("潍坊高新 区发展", "潍坊高新区发展"),
    ],
)
def test_a_slogan_of_phrases_in_quotes_keeps_its_space_and_ocrs_spaces_close(text, closed):
    from archive.pipeline.lines import close_stray_spaces

    assert close_stray_spaces(text) == closed

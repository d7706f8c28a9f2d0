"""The parser and jumps: running heads and jump marks leave the articles (archive.pipeline.parse)."""

from archive.pipeline.headings import headline_parts
from archive.pipeline.parse import accounted_chars, parse_page
from archive.pipeline.reflow import Item
from tests.newspaper_pages import PAPER, fixture_text, split_pages, with_masthead


def test_a_masthead_is_read_and_kept_out_of_every_article(gazetteer, parsed):
    page = parse_page(with_masthead(fixture_text("001"), 5), gazetteer=gazetteer, newspapers=[PAPER])
    assert (page.printed.newspaper, str(page.printed.issue_date), page.printed.page_label, page.printed.page_title) == (
        PAPER,
        "2020-10-19",
        "第5版",
        "园区",
    )
    assert [e["kind"] for e in page.furniture] == ["masthead", "date", "page", "editor"]
    assert [(a.headline, a.blocks) for a in page.articles] == [(a.headline, a.blocks) for a in parsed["001"].articles]


def test_the_printed_date_dates_the_articles_as_fact(gazetteer):
    page = parse_page(with_masthead(fixture_text("001"), 5), gazetteer=gazetteer)
    assert {(str(a.date.value), a.date.estimated) for a in page.articles} == {("2020-10-19", False)}


def test_the_article_before_a_jump_knows_its_next_page(gazetteer, parsed):
    page5, _ = split_pages()
    page = parse_page(page5, gazetteer=gazetteer)
    first = page.articles[0]
    assert first.headline == parsed["000"].articles[0].headline
    assert first.jumps_to == "6"
    assert "下转" not in first.blocks[-1].text
    assert [e["kind"] for e in page.furniture][-1] == "jump_out"


def test_a_continuation_starts_an_article_of_its_own(gazetteer, parsed):
    _, page6 = split_pages()
    page = parse_page(page6, gazetteer=gazetteer)
    continuation, *others = page.articles
    assert continuation.continues_from == "5"
    assert continuation.headline == ""
    assert "上接" not in continuation.blocks[0].text
    assert [a.headline for a in others] == [a.headline for a in parsed["000"].articles[1:]]


def test_a_continuation_under_a_repeated_headline_keeps_it(gazetteer):
    _, page6 = split_pages()
    lines = page6.split("\n")
    lines.insert(5, "# 打通向西开放“科技+经济”合作通道")
    page = parse_page("\n".join(lines), gazetteer=gazetteer)
    assert (page.articles[0].headline, page.articles[0].continues_from) == ("打通向西开放“科技+经济”合作通道", "5")


def test_nothing_is_lost_with_furniture_and_jumps(gazetteer):
    for text in split_pages():
        raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
        assert raw == placed


def test_jump_marks_in_other_forms(gazetteer):
    page5, page6 = split_pages(out_mark="(下转6版)", in_mark="(上接5版)")
    assert parse_page(page5, gazetteer=gazetteer).articles[0].jumps_to == "6"
    assert parse_page(page6, gazetteer=gazetteer).articles[0].continues_from == "5"


CUT_NARROW = (
    "孝感高新区：二十五岁再出发\n本报记者 刘琴\n"
    "两年前，记者曾经踏访过这片土地，\n那时，她正在为冲剌“国家级”而努\n力备战。两年后的今天，当记者再次\n"
    "踏访这片土地时，恰逢迎来了她二十\n五周岁的生日，高新区的飞速发展收\n获了一连串的惊喜和希望：园区经济\n"
    "高位运行、科技创新再结\n（下转第6版）\n"
    "滨海高新区组织参观国家高新区20年成就展\n"
    "7月5日至9日，国家高新区20年成就\n展在京隆重开幕。成就展以“科学发\n展、创新驱动、铸就辉煌”为主题，\n"
    "以探索中国特色自主创新道路为主线，\n全面展示国家高新区在辐射引领、支\n撑发展方面取得的辉煌成就。\n"
)


def test_a_jump_mark_ends_the_column_it_cuts_and_the_next_line_starts_afresh(gazetteer):
    page = parse_page(CUT_NARROW, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "孝感高新区：二十五岁再出发",
        "滨海高新区组织参观国家高新区20年成就展",
    ]
    assert page.articles[0].blocks[-1].text.endswith("科技创新再结")
    assert page.articles[0].jumps_to == "6"


def test_text_above_the_first_headline_cut_by_a_jump_is_no_lead_of_that_headline(gazetteer):
    text = "踏访这片土地时，科技创新再结\n" + CUT_NARROW.split("科技创新再结\n")[1]
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == ["", "滨海高新区组织参观国家高新区20年成就展"]
    assert [b.text for b in page.articles[0].blocks] == ["踏访这片土地时，科技创新再结"]
    assert page.articles[1].blocks[0].text.startswith("7月5日至9日")


def test_a_column_over_a_headline_is_not_overwritten_by_the_headlines_short_last_line(gazetteer):
    heads = ["园区简讯", "河北省高新区:", "全链条孵化器为区域", "经济提供科技支撑"]
    parts = headline_parts([Item("cand", h, [n]) for n, h in enumerate(heads)], gazetteer)
    kicker, headline, subtitle, column, _ = parts
    assert column == "园区简讯"
    # (its text all kept: one clause the column broke, ``open_clauses.run_on``)
    assert (kicker, headline, subtitle) == ("", "河北省高新区:全链条孵化器为区域经济提供科技支撑", "")

"""The parser and jumps: running heads and jump marks leave the articles (archive.pipeline.parse)."""

from archive.pipeline.parse import accounted_chars, parse_page
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

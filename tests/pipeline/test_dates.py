import datetime

from archive.pipeline.parse import parse_page

from .conftest import page_text


def test_a_given_issue_date_is_a_fact(gazetteer):
    page = parse_page(page_text("000"), gazetteer=gazetteer, issue_date=datetime.date(2020, 10, 20))
    assert {(a.date.value, a.date.precision, a.date.estimated) for a in page.articles} == {
        (datetime.date(2020, 10, 20), "day", False)
    }


def test_an_anniversary_gives_the_year(parsed):
    d = parsed["004"].articles[0].date
    assert d.value.year == 2019 and d.estimated
    assert "70 周年" in d.evidence


def test_the_latest_year_reported_is_the_pages_year(parsed):
    assert parsed["000"].articles[0].date.value.year == 2020
    assert parsed["001"].articles[0].date.value.year == 2021
    assert parsed["003"].articles[0].date.value.year == 2022


def test_future_targets_are_not_the_pages_year(parsed):
    assert all(a.date.value.year == 2019 for a in parsed["004"].articles)


def test_a_month_without_a_year_is_read_against_the_pages_year(parsed):
    d = parsed["004"].articles[0].date
    assert d.precision == "month" and d.value == datetime.date(2019, 10, 1)


def test_all_estimates_say_they_are_estimates(parsed):
    for page in parsed.values():
        for a in page.articles:
            assert a.date.estimated and a.date.evidence


def test_a_page_without_dates_has_no_estimate():
    page = parse_page("一段没有日期的文字。")
    assert page.articles[0].date is None

"""The data migration from free-text newspaper/date/page fields to Newspaper/Issue (0003-0006)."""

import datetime

import pytest

from tests.migrating import migrate, migrate_to_latest

BEFORE = [("archive", "0002_article_source_lines")]
AFTER = [("archive", "0006_sourcepage_history")]


@pytest.fixture
def old_pages(transactional_db):
    apps = migrate(BEFORE)
    SourcePage = apps.get_model("archive", "SourcePage")
    Article = apps.get_model("archive", "Article")
    rows = [
        ("a.txt", "中国高新技术产业导报", datetime.date(2020, 10, 19), "第4版"),
        ("b.txt", "《中国高新技术产业导报》", datetime.date(2020, 10, 19), "A05版"),
        ("c.txt", "科技日报", None, "第3版"),
        ("d.txt", "", datetime.date(2021, 1, 4), ""),
    ]
    for i, (name, paper, day, label) in enumerate(rows):
        page = SourcePage.objects.create(
            file_name=name, sha256=str(i) * 64, raw_text="原文", newspaper=paper, issue_date=day, page_label=label
        )
        Article.objects.create(
            source_page=page,
            headline=f"文章{i}",
            published_on=datetime.date(2020, 1, 1),
            date_precision="year",
            date_estimated=True,
        )
    yield
    # Back to the latest schema (every leaf), not to AFTER: later migrations' columns are
    # needed by the tests that run after this one on the same database.
    migrate_to_latest()


def test_it_moves_the_free_text_fields_into_newspapers_and_issues(old_pages):
    apps = migrate(AFTER)
    Newspaper = apps.get_model("archive", "Newspaper")
    SourcePage = apps.get_model("archive", "SourcePage")
    assert sorted(Newspaper.objects.values_list("name", flat=True)) == ["中国高新技术产业导报", "科技日报"]
    pages = {p.file_name: p for p in SourcePage.objects.select_related("newspaper", "issue")}
    assert pages["a.txt"].issue == pages["b.txt"].issue  # the same paper written two ways, one issue
    assert (pages["a.txt"].page_section, pages["a.txt"].page_number, pages["a.txt"].page_label) == ("", 4, "第4版")
    assert (pages["b.txt"].page_section, pages["b.txt"].page_number) == ("A", 5)
    assert pages["c.txt"].newspaper.name == "科技日报" and pages["c.txt"].issue is None  # no date: no issue
    assert pages["d.txt"].newspaper is None and pages["d.txt"].issue_date == datetime.date(2021, 1, 4)


def test_articles_on_a_dated_page_take_its_date_as_fact(old_pages):
    apps = migrate(AFTER)
    Article = apps.get_model("archive", "Article")
    dated = Article.objects.get(headline="文章0")
    assert (dated.published_on, dated.date_precision, dated.date_estimated) == (
        datetime.date(2020, 10, 19),
        "day",
        False,
    )
    assert Article.objects.get(headline="文章2").date_estimated  # its page has no date


def test_it_migrates_back_without_losing_the_names(old_pages):
    migrate(AFTER)
    apps = migrate(BEFORE)
    SourcePage = apps.get_model("archive", "SourcePage")
    assert dict(SourcePage.objects.values_list("file_name", "newspaper")) == {
        "a.txt": "中国高新技术产业导报",
        "b.txt": "中国高新技术产业导报",
        "c.txt": "科技日报",
        "d.txt": "",
    }

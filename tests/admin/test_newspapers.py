"""Editors and newspapers: correcting a page's newspaper/date/page, joining articles across
pages and undoing a join, newspapers and issues in the admin."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import Article, ArticlePart, Issue, Newspaper, SourcePage

CHANGELIST = reverse("admin:archive_article_changelist")
DAY = datetime.date(2020, 10, 19)


def run_action(client, action, articles, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    return client.post(CHANGELIST, data)


@pytest.fixture
def two_pages(db):
    paper = Newspaper.objects.create(name="中国高新技术产业导报")
    page5 = SourcePage.objects.create(
        file_name="p5.txt", sha256="5" * 64, raw_text="x", newspaper=paper, issue_date=DAY, page_label="第5版"
    )
    page6 = SourcePage.objects.create(
        file_name="p6.txt", sha256="6" * 64, raw_text="y", newspaper=paper, issue_date=DAY, page_label="第6版"
    )
    first = Article.objects.create(
        source_page=page5, headline="光谷再出发", body="第一段。\n\n第二段讲到一半", jumps_to="6", flags=["续文缺失"]
    )
    continuation = Article.objects.create(
        source_page=page6, headline="（上接第5版）", body="的项目。\n\n第三段。", continues_from="5", flags=["前文缺失"]
    )
    return first, continuation, page5, page6


def test_editors_join_two_articles_across_pages_in_page_order(editor_client, two_pages, editor):
    first, continuation, _page5, page6 = two_pages
    response = run_action(editor_client, "join_jump", [continuation, first], apply="1")
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.body == "第一段。\n\n第二段讲到一半的项目。\n\n第三段。"
    assert [p.page for p in first.parts.all()] == [page6]
    assert "续文缺失" not in first.flags and first.editor_touched
    assert not Article.objects.filter(pk=continuation.pk).exists()
    assert first.history.latest().history_user == editor
    assert ArticlePart.history.filter(article_id=first.pk).exists()


def test_joining_asks_for_exactly_two_articles(editor_client, two_pages):
    first, *_ = two_pages
    data = {"action": "join_jump", ACTION_CHECKBOX_NAME: [first.pk], "apply": "1"}
    response = editor_client.post(CHANGELIST, data, follow=True)
    assert "请选择两篇文章" in response.text
    assert not ArticlePart.objects.exists()


def test_editors_undo_a_join(editor_client, two_pages):
    first, continuation, _page5, page6 = two_pages
    run_action(editor_client, "join_jump", [first, continuation], apply="1")
    run_action(editor_client, "undo_jump", [first])
    first.refresh_from_db()
    assert first.body == "第一段。\n\n第二段讲到一半"
    assert "续文缺失" in first.flags
    restored = Article.objects.get(source_page=page6)
    assert (restored.body, restored.continues_from, restored.flags) == ("的项目。\n\n第三段。", "5", ["前文缺失"])
    assert not ArticlePart.objects.exists()


def test_correcting_a_pages_date_moves_it_to_that_issue_and_dates_its_articles(editor_client, two_pages):
    first, _continuation, page5, _page6 = two_pages
    url = reverse("admin:archive_sourcepage_change", args=[page5.pk])
    response = editor_client.post(
        url,
        {
            "newspaper": page5.newspaper_id,
            "issue_date": "2020-10-26",
            "issue": "",
            "page_label": "A3",
            "page_title": "园区",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page5.refresh_from_db()
    first.refresh_from_db()
    assert (page5.issue.date, page5.page_section, page5.page_number) == (datetime.date(2020, 10, 26), "A", 3)
    assert (first.published_on, first.date_estimated, first.date_precision) == (
        datetime.date(2020, 10, 26),
        False,
        "day",
    )
    assert SourcePage.history.filter(id=page5.pk).count() >= 1


def test_the_issue_change_page_lists_its_pages_and_their_articles(editor_client, two_pages):
    first, continuation, page5, _page6 = two_pages
    response = editor_client.get(reverse("admin:archive_issue_change", args=[page5.issue_id]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("第5版") < html.index("光谷再出发") < html.index("第6版") < html.index("（上接第5版）")


def test_newspapers_and_issues_are_listed(editor_client, two_pages):
    assert "中国高新技术产业导报" in editor_client.get(reverse("admin:archive_newspaper_changelist")).content.decode()
    response = editor_client.get(reverse("admin:archive_issue_changelist"))
    assert response.status_code == 200 and Issue.objects.count() == 1

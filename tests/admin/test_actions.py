"""Bulk actions on the review queue, including the ones with an intermediate form."""

import datetime

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import Article, ArticlePark

CHANGELIST = reverse("admin:archive_article_changelist")


def run_action(client, action, articles, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    return client.post(CHANGELIST, data)


def test_publish_reject_and_review_set_the_status_and_mark_editor_work(editor_client, articles, editor):
    donghu, baotou = articles["donghu"], articles["baotou"]

    response = run_action(editor_client, "publish", [donghu, baotou])
    assert response.status_code == 302
    donghu.refresh_from_db()
    assert donghu.status == Article.Status.PUBLISHED and donghu.editor_touched
    assert donghu.history.latest().history_user == editor

    run_action(editor_client, "reject", [donghu])
    run_action(editor_client, "send_to_review", [baotou])
    donghu.refresh_from_db()
    baotou.refresh_from_db()
    assert donghu.status == Article.Status.REJECTED
    assert baotou.status == Article.Status.REVIEW


def test_confirm_dates_clears_the_estimated_mark(editor_client, articles):
    run_action(editor_client, "confirm_dates", [articles["baotou"]])
    articles["baotou"].refresh_from_db()
    assert not articles["baotou"].date_estimated
    assert articles["baotou"].published_on == datetime.date(2020, 1, 1)


def test_an_action_needing_input_shows_a_form_page_with_csrf(editor_client, articles):
    response = run_action(editor_client, "add_park", [articles["xinshi"]])

    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.text
    assert "新市高新区举办创业大赛" in response.text
    assert 'name="apply"' in response.text
    assert 'value="add_park"' in response.text
    assert not ArticlePark.objects.filter(article=articles["xinshi"]).exclude(park__name="新市高新区").exists()


def test_add_park_tags_the_selected_articles(editor_client, articles, parks):
    response = run_action(
        editor_client, "add_park", [articles["xinshi"], articles["baotou"]], apply="1", park=parks["donghu"].pk
    )

    assert response.status_code == 302
    for key in ("xinshi", "baotou"):
        tag = ArticlePark.objects.get(article=articles[key], park=parks["donghu"])
        assert not tag.is_primary


def test_set_primary_park_moves_the_primary_flag(editor_client, articles, parks):
    run_action(editor_client, "set_primary_park", [articles["xinshi"]], apply="1", park=parks["donghu"].pk)

    tags = {t.park_id: t.is_primary for t in articles["xinshi"].park_tags.all()}
    assert tags == {parks["donghu"].pk: True, parks["xinshi"].pk: False}


def test_an_invalid_form_is_shown_again(editor_client, articles):
    response = run_action(editor_client, "set_primary_park", [articles["xinshi"]], apply="1", park="999999")

    assert response.status_code == 200
    assert "errorlist" in response.text


def test_set_column(editor_client, articles):
    run_action(editor_client, "set_column", list(articles.values()), apply="1", column="园区动态")
    assert set(Article.objects.values_list("column", flat=True)) == {"园区动态"}


def test_set_date_is_a_confirmed_date(editor_client, articles):
    run_action(
        editor_client,
        "set_date",
        [articles["baotou"]],
        apply="1",
        published_on="2020-10-19",
        date_precision="day",
    )
    baotou = Article.objects.get(pk=articles["baotou"].pk)
    assert baotou.published_on == datetime.date(2020, 10, 19)
    assert baotou.date_precision == "day"
    assert not baotou.date_estimated and baotou.editor_touched


def test_merge_action_asks_then_merges(editor_client, articles):
    selected = [articles["baotou"], articles["donghu"]]
    confirm = run_action(editor_client, "merge", selected)
    assert confirm.status_code == 200 and "合并" in confirm.text

    response = run_action(editor_client, "merge", selected, apply="1")

    assert response.status_code == 302
    assert not Article.objects.filter(pk=articles["baotou"].pk).exists()
    merged = Article.objects.get(pk=articles["donghu"].pk)
    assert "包头稀土高新区稀土新材料产业链不断延伸。" in merged.paragraphs


def test_merge_of_one_article_is_refused_with_a_message(editor_client, articles):
    response = run_action(editor_client, "merge", [articles["donghu"]], apply="1")
    assert response.status_code == 302
    assert Article.objects.count() == 3
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("至少选择两篇" in m for m in messages)


def test_select_across_applies_to_the_filtered_queue(editor_client, articles):
    response = editor_client.post(
        f"{CHANGELIST}?status=imported",
        {
            "action": "set_column",
            ACTION_CHECKBOX_NAME: [articles["donghu"].pk],
            "select_across": "1",
            "apply": "1",
            "column": "要闻",
        },
    )
    assert response.status_code == 302
    columns = dict(Article.objects.values_list("headline", "column"))
    assert columns["东湖高新区打造光谷科创大走廊"] == "要闻"
    assert columns["新市高新区举办创业大赛"] == "要闻"
    assert columns["包头稀土高新区新材料产业集聚"] == ""


def test_actions_are_not_available_to_anonymous_users(client, articles):
    response = run_action(client, "publish", [articles["donghu"]])
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    articles["donghu"].refresh_from_db()
    assert articles["donghu"].status == Article.Status.IMPORTED

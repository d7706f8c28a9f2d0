"""History: who changed what, diffs, bylines and tags, and revert."""

from django.urls import reverse

from archive.models import Article, Byline

from .forms import article_form_data


def test_the_history_page_shows_who_changed_what(editor_client, articles, editor):
    article = articles["donghu"]
    editor_client.post(
        reverse("admin:archive_article_change", args=[article.pk]), article_form_data(article, headline="改过的标题")
    )

    response = editor_client.get(reverse("admin:archive_article_history", args=[article.pk]))

    assert response.status_code == 200
    assert "editor" in response.text
    assert "改过的标题" in response.text
    assert "东湖高新区打造光谷科创大走廊" in response.text  # the old value, in the diff


def test_the_history_page_includes_bylines_and_park_tags(editor_client, articles, reporters, editor):
    article = articles["donghu"]
    data = article_form_data(article)
    data.update(
        {
            "bylines-TOTAL_FORMS": 2,
            "bylines-1-article": article.pk,
            "bylines-1-reporter": reporters["王蓓"].pk,
            "bylines-1-role": Byline.Role.CORRESPONDENT,
            "bylines-1-order": 1,
        }
    )
    assert editor_client.post(reverse("admin:archive_article_change", args=[article.pk]), data).status_code == 302

    response = editor_client.get(reverse("admin:archive_article_history", args=[article.pk]))

    assert "署名与园区标签的修改记录" in response.text
    assert "署名：通讯员 王蓓" in response.text
    assert "园区：武汉东湖高新区（主要）" in response.text
    record = Byline.history.filter(article_id=article.pk, reporter_id=reporters["王蓓"].pk).get()
    assert record.history_user == editor


def test_an_editor_can_revert_to_an_earlier_version(editor_client, articles):
    article = articles["donghu"]
    original = article.history.earliest()
    editor_client.post(
        reverse("admin:archive_article_change", args=[article.pk]), article_form_data(article, headline="改错了")
    )

    url = reverse("admin:archive_article_simple_history", args=[article.pk, original.history_id])
    form = editor_client.get(url)
    assert form.status_code == 200 and "东湖高新区打造光谷科创大走廊" in form.text

    response = editor_client.post(
        url, article_form_data(Article.objects.get(pk=article.pk), headline=original.headline)
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "东湖高新区打造光谷科创大走廊"
    assert article.editor_touched
    assert article.history.count() == 3

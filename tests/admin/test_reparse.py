"""Reparse from the admin re-runs the pipeline on a page and leaves editor work alone."""

from pathlib import Path

from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import Article
from archive.pipeline.runner import import_bytes

from .forms import article_form_data

PAGE = Path(settings.BASE_DIR) / "fixtures" / "pages" / "002_b69735abe0be3e0d.txt"


def test_reparse_keeps_articles_an_editor_changed_in_the_admin(editor_client, db):
    outcome = import_bytes(PAGE.read_bytes(), PAGE.name)
    page = outcome.page
    edited, untouched = outcome.articles[0], outcome.articles[1]
    response = editor_client.post(
        reverse("admin:archive_article_change", args=[edited.pk]),
        article_form_data(edited, headline="编辑改过的标题", body="编辑改过的正文。"),
    )
    assert response.status_code == 302
    Article.objects.filter(pk=untouched.pk).update(headline="旧解析结果")

    response = editor_client.post(
        reverse("admin:archive_sourcepage_changelist"), {"action": "reparse", ACTION_CHECKBOX_NAME: [page.pk]}
    )

    assert response.status_code == 302
    edited.refresh_from_db()
    assert (edited.headline, edited.body) == ("编辑改过的标题", "编辑改过的正文。")
    assert Article.objects.filter(source_page=page, headline=untouched.headline).exists()
    assert not Article.objects.filter(headline="旧解析结果").exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("1 篇编辑修改过" in m for m in messages), messages

"""Curation reaches search through the single index writer: publish -> findable, reject -> gone."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from search import indexing, query

CHANGELIST = reverse("admin:archive_article_changelist")


@pytest.fixture(autouse=True)
def empty_index(db):
    indexing.clear()
    yield
    indexing.clear()


def found(phrase):
    indexing.process_queue()
    return [a.headline for a in query.search(f'"{phrase}"').articles]


def test_publishing_in_the_admin_makes_an_article_findable_and_rejecting_removes_it(editor_client, articles):
    headline = articles["baotou"].headline
    assert found("稀土新材料产业链") == []

    editor_client.post(CHANGELIST, {"action": "publish", ACTION_CHECKBOX_NAME: [articles["baotou"].pk]})
    assert found("稀土新材料产业链") == [headline]

    editor_client.post(CHANGELIST, {"action": "reject", ACTION_CHECKBOX_NAME: [articles["baotou"].pk]})
    assert found("稀土新材料产业链") == []


def test_a_merge_leaves_only_the_merged_article_in_the_index(editor_client, articles):
    editor_client.post(
        CHANGELIST,
        {"action": "publish", ACTION_CHECKBOX_NAME: [articles["donghu"].pk, articles["baotou"].pk]},
    )
    assert found("稀土新材料产业链") == [articles["baotou"].headline]

    editor_client.post(
        CHANGELIST,
        {"action": "merge", ACTION_CHECKBOX_NAME: [articles["donghu"].pk, articles["baotou"].pk], "apply": "1"},
    )
    assert found("稀土新材料产业链") == [articles["donghu"].headline]

"""Gazetteer and reporter curation: verify, merge parks, merge reporters."""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive import curation
from archive.models import ArticlePark, Byline, Park, Reporter


def test_the_park_list_shows_article_counts_and_filters_by_verified(editor_client, articles, parks):
    url = reverse("admin:archive_park_changelist")
    response = editor_client.get(url, {"verified__exact": "0"})

    assert response.status_code == 200
    assert [p.name for p in response.context["cl"].result_list] == ["新市高新区"]
    assert response.context["cl"].result_list[0].n_articles == 1


def test_parks_are_searchable_by_alias(editor_client, parks):
    response = editor_client.get(reverse("admin:archive_park_changelist"), {"q": "中国光谷"})
    assert [p.name for p in response.context["cl"].result_list] == ["武汉东湖新技术开发区"]


def test_editing_aliases_in_the_admin(editor_client, parks):
    park = parks["baotou"]
    url = reverse("admin:archive_park_change", args=[park.pk])
    data = {
        "name": park.name,
        "short_name": park.short_name,
        "aliases": "包头市稀土高新区\n稀土高新区",
        "verified": "on",
        "kind": park.kind,
        "province": park.province,
        "city": "",
        "approved_year": "",
        "source": "",
        "notes": "",
    }
    response = editor_client.post(url, data)

    assert response.status_code == 302
    park.refresh_from_db()
    assert park.alias_list == ["包头市稀土高新区", "稀土高新区"]


def test_verify_action(editor_client, parks):
    editor_client.post(
        reverse("admin:archive_park_changelist"), {"action": "verify", ACTION_CHECKBOX_NAME: [parks["xinshi"].pk]}
    )
    parks["xinshi"].refresh_from_db()
    assert parks["xinshi"].verified


def test_merging_a_discovered_park_moves_tags_and_keeps_its_name_as_alias(articles, parks):
    source, target = parks["xinshi"], parks["baotou"]
    ArticlePark.objects.create(article=articles["baotou"], park=source, mentions=2)
    articles["baotou"].park_tags.filter(park=target).update(is_primary=False)
    ArticlePark.objects.filter(article=articles["baotou"], park=source).update(is_primary=True)

    curation.merge_park(source, target)

    assert not Park.objects.filter(pk=source.pk).exists()
    target.refresh_from_db()
    assert "新市高新区" in target.alias_list
    baotou_tag = ArticlePark.objects.get(article=articles["baotou"], park=target)
    assert (baotou_tag.mentions, baotou_tag.is_primary) == (3, True)  # summed; primary kept
    xinshi_tag = ArticlePark.objects.get(article=articles["xinshi"])
    assert (xinshi_tag.park, xinshi_tag.is_primary) == (target, True)
    assert ArticlePark.objects.filter(article=articles["baotou"]).count() == 1


def test_merge_park_action_through_the_intermediate_page(editor_client, articles, parks):
    url = reverse("admin:archive_park_changelist")
    form = editor_client.post(url, {"action": "merge_into", ACTION_CHECKBOX_NAME: [parks["xinshi"].pk]})
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.text

    editor_client.post(
        url,
        {
            "action": "merge_into",
            ACTION_CHECKBOX_NAME: [parks["xinshi"].pk],
            "apply": "1",
            "target": parks["donghu"].pk,
        },
    )

    assert not Park.objects.filter(name="新市高新区").exists()
    assert articles["xinshi"].parks.get() == parks["donghu"]


def test_merge_reporters_moves_bylines_without_duplicates(articles, reporters):
    old, keep = reporters["王蓓"], reporters["于大勇"]
    Byline.objects.create(article=articles["donghu"], reporter=old, role=Byline.Role.STAFF, order=1)
    Byline.objects.create(article=articles["baotou"], reporter=old, role=Byline.Role.CORRESPONDENT, order=1)

    curation.merge_reporters([old], keep)

    assert not Reporter.objects.filter(pk=old.pk).exists()
    assert Byline.objects.filter(article=articles["donghu"], reporter=keep).count() == 1
    assert Byline.objects.filter(article=articles["baotou"], reporter=keep, role=Byline.Role.CORRESPONDENT).exists()
    articles["donghu"].refresh_from_db()
    assert articles["donghu"].editor_touched


def test_merge_reporter_action(editor_client, articles, reporters):
    url = reverse("admin:archive_reporter_changelist")
    editor_client.post(
        url,
        {
            "action": "merge_into",
            ACTION_CHECKBOX_NAME: [reporters["刘琴"].pk, reporters["于大勇"].pk],
            "apply": "1",
            "target": reporters["于大勇"].pk,
        },
    )
    assert set(Reporter.objects.values_list("name", flat=True)) == {"于大勇", "王蓓"}
    assert articles["baotou"].reporters.get().name == "于大勇"


def test_the_park_autocomplete_used_by_the_forms_answers_editors(editor_client, parks):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "archive", "model_name": "articlepark", "field_name": "park", "term": "东湖"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["武汉东湖高新区"]

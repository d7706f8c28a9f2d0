"""The reporter directory: everyone with a published article, most articles first."""

import pytest
from django.urls import reverse

from archive import directory_views
from archive.models import Reporter
from tests.web.conftest import assert_escaped, make_article

pytestmark = pytest.mark.django_db


def names(response):
    return [(row["name"], row["n"]) for row in response.context["page"].object_list]


def test_it_lists_reporters_by_number_of_published_articles(client, world):
    response = client.get(reverse("archive:reporters"))
    assert response.status_code == 200
    assert names(response) == [("刘琴", 2), ("于大勇", 1)]  # 王蓓 is only on a draft
    html = response.content.decode()
    assert f'<a href="{world.liu.get_absolute_url()}">刘琴</a>' in html


@pytest.mark.parametrize("q", ["刘琴", "琴", "lq", "LQ", "liuq", "liu qin"])
def test_it_finds_a_reporter_by_name_pinyin_or_initials(client, world, q):
    assert names(client.get(reverse("archive:reporters"), {"q": q})) == [("刘琴", 2)]


def test_it_indexes_reporters_by_the_initial_of_their_pinyin(client, world):
    response = client.get(reverse("archive:reporters"), {"letter": "Y"})
    assert names(response) == [("于大勇", 1)]
    html = response.content.decode()
    assert f'href="{reverse("archive:reporters")}?letter=L"' in html
    assert '?letter=W"' not in html  # 王蓓 has no published article


def test_it_says_when_nothing_matches(client, world):
    response = client.get(reverse("archive:reporters"), {"q": "不存在"})
    assert names(response) == []
    assert "没有找到“不存在”" in response.content.decode()


def test_it_paginates_and_keeps_the_search(client, world, monkeypatch):
    monkeypatch.setattr(directory_views, "REPORTERS_PER_PAGE", 2)
    for i in range(3):
        make_article(f"李{i}的文章", reporters=[Reporter.objects.create(name=f"李四{i}")])
    response = client.get(reverse("archive:reporters"), {"q": "ls"})
    assert len(names(response)) == 2
    assert 'href="?q=ls&amp;page=2"' in response.content.decode()


def test_it_escapes_names_and_the_query(client, hostile):
    html = client.get(reverse("archive:reporters"), {"q": "<script>"}).content.decode()
    assert "<script>" not in html
    assert_escaped(client.get(reverse("archive:reporters")).content.decode())


def test_it_costs_two_small_queries_cold_and_none_warm(client, world, django_assert_num_queries):
    # The kept counts per reporter, then the names of those with a published article.
    with django_assert_num_queries(2):
        client.get(reverse("archive:reporters"))
    with django_assert_num_queries(0):
        client.get(reverse("archive:reporters"), {"q": "lq"})

import datetime

import pytest
from django.urls import reverse

from archive.models import Article

from .conftest import index_now, make_article, make_park, make_reporter


@pytest.fixture
def world(db):
    park = make_park("宿迁高新技术产业开发区", "宿迁高新区", "江苏", slug="suqian-gxq")
    other = make_park("包头稀土高新技术产业开发区", "包头稀土高新区", "内蒙古", slug="baotou-gxq")
    reporter = make_reporter("刘琴", slug="liuqin")
    a = make_article("宿迁高新区拿地即开工", "园区在“拿地即开工”的基础上进行升级。", parks=[park], reporters=[reporter])
    b = make_article(
        "包头<script>alert(1)</script>改革",
        "包头市“拿地即开工”改革<script>alert(2)</script>以稀土高新区为试点。",
        parks=[other],
        published_on=datetime.date(2022, 5, 1),
    )
    index_now()
    return {"suqian": a, "baotou": b, "park": park}


def test_the_page_shows_highlighted_results_and_facets(client, world):
    response = client.get(reverse("search:search"), {"q": "拿地即开工"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "找到 2 篇文章" in html
    assert "<mark>拿地即开工</mark>" in html
    assert "宿迁高新区" in html and 'class="facet"' in html
    assert "?q=%E6%8B%BF%E5%9C%B0%E5%8D%B3%E5%BC%80%E5%B7%A5&amp;park=suqian-gxq" in html


def test_it_escapes_script_in_headlines_bodies_and_queries(client, world):
    response = client.get(reverse("search:search"), {"q": "<script>alert(3)</script> 包头"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)" in html or "&lt;script&gt;" in html


def test_a_facet_link_filters_and_the_chosen_filter_can_be_removed(client, world):
    response = client.get(reverse("search:search"), {"q": "拿地即开工", "park": "suqian-gxq"})
    html = response.content.decode()
    assert "找到 1 篇文章" in html
    assert "取消园区条件" in html


def test_an_empty_search_shows_help_not_results(client, db):
    response = client.get(reverse("search:search"))
    assert response.status_code == 200
    assert "搜索语法" in response.content.decode()


def test_no_results_has_a_helpful_empty_state(client, world):
    response = client.get(reverse("search:search"), {"q": "不存在的词语组合"})
    assert "没有找到符合条件的文章" in response.content.decode()


def test_invalid_parameters_are_a_400_page_not_a_500(client, world):
    response = client.get(reverse("search:search"), {"q": "包头", "year": "abc", "from": "2020-13-40"})
    assert response.status_code == 400
    assert "搜索条件有误" in response.content.decode()


def test_the_feed_is_atom_with_escaped_snippets(client, world):
    response = client.get(reverse("search:feed"), {"q": "拿地即开工"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<script>" not in body
    assert "宿迁高新区拿地即开工" in body


def test_the_opensearch_description_points_at_the_search_page(client, db):
    response = client.get(reverse("search:opensearch"))
    assert response.status_code == 200
    assert "/search/?q={searchTerms}" in response.content.decode()


def test_an_unpublished_article_disappears_after_the_queue_is_drained(client, world):
    Article.objects.filter(pk=world["baotou"].pk)  # (QuerySet.update would bypass the signals)
    article = world["baotou"]
    article.status = Article.Status.REVIEW
    article.save()
    index_now()
    response = client.get(reverse("search:api"), {"q": "拿地即开工"})
    assert [r["id"] for r in response.json()["results"]] == [world["suqian"].pk]


def test_a_hit_in_traditional_characters_is_marked_zh_hant(client, world):
    make_article(
        "宿遷高新區「拿地即開工」再升級", "宿遷高新區在「拿地即開工」的基礎上進行升級。", parks=[world["park"]]
    )
    index_now()
    html = client.get(reverse("search:search"), {"q": "拿地即开工"}).content.decode()
    assert "找到 3 篇文章" in html
    assert html.count('<h3 class="search-hit__title" lang="zh-Hant">') == 1
    assert html.count('<p class="search-hit__snippet" lang="zh-Hant">') == 1
    assert html.count('<h3 class="search-hit__title">') == 2


def test_the_search_pages_answer_head_and_refuse_writes(client, world):
    for url in [
        "/search/?q=包头",
        "/api/search/?q=包头",
        "/api/suggest/?q=包头",
        "/opensearch.xml",
        "/search/feed/?q=包头",
    ]:
        assert client.head(url).status_code == 200, url
        assert client.post(url).status_code == 405, url
        assert client.generic("TRACE", url).status_code == 405, url

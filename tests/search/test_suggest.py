"""/api/suggest/: parks, reporters, places and frequent phrases as one types."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from archive.models import Article
from search import suggest

from .conftest import make_article, make_park, make_reporter


@pytest.fixture(autouse=True)
def _fresh_phrases():
    suggest._phrases.update(list=None, built=0.0)
    cache.delete(suggest.PHRASES_KEY)


@pytest.fixture
def world(db):
    zhangjiang = make_park(
        "上海张江高新技术产业开发区", "上海张江高新区", "上海市", city="上海市", slug="zhangjiang-gxq"
    )
    make_park("张家港经济技术开发区", "张家港经开区", "江苏省", city="苏州市", slug="zjg-jkq", kind="national_etdz")
    zhang = make_reporter("张伟", slug="zhangwei")
    hidden = make_reporter("张草稿", slug="zhangcaogao")
    for i in range(3):
        make_article(f"瞪羚企业培育第{i}期", "正文。", parks=[zhangjiang], reporters=[zhang])
    make_article("草稿标题", "正文。", reporters=[hidden], status=Article.Status.REVIEW)


def suggestions(client, q):
    response = client.get(reverse("search:suggest"), {"q": q})
    assert response.status_code == 200
    return response.json()["suggestions"]


def test_it_suggests_a_park_by_its_first_characters_with_kind_and_province(client, world):
    found = suggestions(client, "上海张")
    assert found[0] == {
        "kind": "park",
        "label": "上海张江高新区",
        "detail": "国家高新区 · 上海市",
        "url": "/parks/zhangjiang-gxq/",
    }


@pytest.mark.parametrize("typed", ["zhang", "zhangjiang", "Zhāngjiāng", "zj"])
def test_it_suggests_a_park_by_pinyin_or_initials(client, world, typed):
    assert "上海张江高新区" in [s["label"] for s in suggestions(client, typed)]


def test_it_suggests_reporters_with_published_articles_only(client, world):
    labels = [s["label"] for s in suggestions(client, "张")]
    assert "张伟" in labels
    assert "张草稿" not in labels
    reporter = next(s for s in suggestions(client, "zhangwei") if s["label"] == "张伟")
    assert reporter["url"] == "/reporters/zhangwei/"


def test_it_suggests_frequent_headline_phrases_as_searches(client, world):
    phrase = next(s for s in suggestions(client, "培") if s["kind"] == "phrase")
    assert phrase["label"] == "培育"
    assert phrase["url"] == "/search/?q=%E5%9F%B9%E8%82%B2"
    assert "草稿" not in [s["label"] for s in suggestions(client, "草稿")]


@pytest.mark.parametrize("typed", ["", "   ", "<script>", "\x00", "a" * 500, "OR", '"'])
def test_it_answers_any_input_with_json(client, world, typed):
    assert isinstance(suggestions(client, typed), list)


def test_every_search_box_asks_for_suggestions_from_a_static_script(client, world):
    for url in (reverse("archive:home"), reverse("search:search") + "?q=张江", reverse("archive:park_directory")):
        html = client.get(url).content.decode()
        assert f'data-suggest="{reverse("search:suggest")}"' in html
        assert "/static/js/suggest.js" in html
        assert "<script>" not in html  # nothing inline: the CSP allows none

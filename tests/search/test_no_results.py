"""A search that finds nothing says so and offers a way on."""

import pytest
from django.urls import reverse

from search import query

from .conftest import index_now, make_article, make_park


@pytest.fixture
def world(db):
    zhangjiang = make_park(
        "上海张江高新技术产业开发区", "上海张江高新区", "上海市", city="上海市", slug="zhangjiang-gxq"
    )
    make_article("张江科学城建设提速", "张江药物实验室稳步推进。", parks=[zhangjiang])
    make_article("营商环境再优化", "张江推出企业服务新举措，营商环境持续改善。")
    index_now()


def test_it_offers_the_query_without_its_rarest_word(world):
    offer = query.no_results_help("营商环境 张江 火星基地")
    assert offer.left_out == "火星基地"
    assert offer.shorter == "营商环境 张江"
    assert offer.shorter_count == 1


def test_it_offers_the_closest_park_names(world):
    assert [e.label for e in query.no_results_help("张江高新园").names] == ["上海张江高新区"]
    assert [e.label for e in query.no_results_help("zhangjian").names] == ["上海张江高新区"]


def test_the_search_page_says_nothing_was_found_and_links_the_offers(client, world):
    html = client.get(reverse("search:search"), {"q": "营商环境 张江 火星基地"}).content.decode()
    assert "没有找到符合条件的文章" in html
    assert "去掉“火星基地”可以找到 1 篇" in html
    assert "?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83+%E5%BC%A0%E6%B1%9F" in html


def test_the_offers_are_escaped(client, world):
    html = client.get(reverse("search:search"), {"q": "张江 <b>火星</b>"}).content.decode()
    assert "<b>火星</b>" not in html

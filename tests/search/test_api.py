import datetime

import pytest
from django.urls import reverse

from .conftest import index_now, make_article, make_park, make_reporter


@pytest.fixture
def world(db):
    park = make_park("上海张江高新技术产业开发区", "上海张江高新区", "上海", slug="zhangjiang-gxq")
    reporter = make_reporter("于大勇", slug="yudayong")
    articles = [
        make_article(
            f"张江第{i}篇报道",
            "上海张江高新区集聚了国家级研发机构。",
            parks=[park],
            reporters=[reporter] if i % 2 else [],
            published_on=datetime.date(2020 + i % 3, 1, 1 + i),
        )
        for i in range(25)
    ]
    index_now()
    return articles


def get(client, **params):
    return client.get(reverse("search:api"), params)


def test_it_returns_the_documented_shape(client, world):
    data = get(client, q="张江").json()
    assert set(data) >= {"count", "page", "num_pages", "results", "facets"}
    assert data["count"] == 25 and data["num_pages"] == 2 and len(data["results"]) == 20
    hit = data["results"][0]
    assert set(hit) == {
        "id", "title", "url", "published_on", "date_precision", "date_estimated", "date_display",
        "parks", "reporters", "snippet",
    }  # fmt: skip
    assert hit["parks"] == [{"slug": "zhangjiang-gxq", "name": "上海张江高新技术产业开发区"}]
    assert "<mark>张江</mark>" in hit["snippet"]
    assert {f["value"] for f in data["facets"]["year"]} == {"2020", "2021", "2022"}
    assert data["facets"]["reporter"][0]["count"] == 12


def test_filters_take_slugs_and_pages(client, world):
    data = get(client, q="张江", reporter="yudayong", page=2, sort="newest").json()
    assert data["count"] == 12 and data["page"] == 1 or data["page"] == 2
    assert get(client, q="张江", park="zhangjiang-gxq", year=2021).json()["count"] == 8


def test_date_range(client, world):
    data = get(client, **{"q": "张江", "from": "2021-01-01", "to": "2021-12-31"}).json()
    assert data["count"] == 8


@pytest.mark.parametrize(
    "params",
    [
        {"year": "x"},
        {"page": "0"},
        {"page": "abc"},
        {"sort": "random"},
        {"from": "yesterday"},
        {"park": "a b"},
        {"from": "2022-01-01", "to": "2021-01-01"},
    ],
)
def test_invalid_parameters_are_a_clear_400(client, world, params):
    response = get(client, q="张江", **params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid parameters"


def test_a_page_past_the_end_is_empty_not_an_error(client, world):
    data = get(client, q="张江", page=9).json()
    assert data["results"] == [] and data["count"] == 25


def test_an_estimated_date_is_marked_as_such(client, world):
    article = world[0]
    article.published_on, article.date_precision, article.date_estimated = datetime.date(2019, 1, 1), "year", True
    article.save()
    index_now()
    hit = next(r for r in get(client, q="张江", year=2019).json()["results"] if r["id"] == article.pk)
    assert (hit["date_precision"], hit["date_estimated"]) == ("year", True)
    assert hit["date_display"] == "约2019年（推测）"

"""Search by newspaper: the filter, the facet, the API parameter and the export."""

import datetime

from django.urls import reverse

from archive.models import Newspaper, SourcePage
from search import indexing, query
from search.query import Filters

from .conftest import make_article


def world():
    kjrb = Newspaper.objects.create(name="科技日报", slug="kjrb")
    daobao = Newspaper.objects.create(name="中国高新技术产业导报", slug="daobao")
    pages = {}
    for paper, n in ((kjrb, 1), (daobao, 2)):
        pages[paper.slug] = SourcePage.objects.create(
            file_name=f"{n}.txt",
            sha256=str(n) * 64,
            raw_text="x",
            newspaper=paper,
            issue_date=datetime.date(2021, 2, 22),
        )
    a = make_article("科技日报说园区", body="园区创新发展。", source_page=pages["kjrb"])
    b = make_article("导报说园区", body="园区创新发展再提速。", source_page=pages["daobao"])
    c = make_article("不知哪份报纸的园区", body="园区创新。")
    indexing.process_queue()
    return a, b, c


def test_it_filters_by_newspaper(db):
    a, b, c = world()
    found = [r.pk for r in query.search("园区", Filters(newspapers=["kjrb"])).articles]
    assert found == [a.pk]


def test_it_counts_articles_by_newspaper(db):
    world()
    facets = query.search("园区").facets
    assert sorted((f["value"], f["label"], f["count"]) for f in facets["newspaper"]) == [
        ("daobao", "中国高新技术产业导报", 1),
        ("kjrb", "科技日报", 1),
    ]


def test_the_api_takes_a_newspaper_slug(client, db):
    a, b, c = world()
    data = client.get(reverse("search:api"), {"q": "园区", "newspaper": "daobao"}).json()
    assert [r["id"] for r in data["results"]] == [b.pk]
    assert client.get(reverse("search:api"), {"q": "园区", "newspaper": "<bad>"}).status_code == 400


def test_the_search_page_offers_the_newspaper_facet(client, db):
    world()
    html = client.get(reverse("search:search"), {"q": "园区"}).content.decode()
    assert "报纸" in html and "科技日报" in html and "newspaper=kjrb" in html

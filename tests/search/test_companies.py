"""Search by company: the filter, the facet, the API parameter, the export, and the index
following a company merge."""

from django.urls import reverse

from archive import figure_curation
from archive.models import ArticleCompany, Company
from search import indexing, query
from search.query import Filters

from .conftest import make_article


def world():
    smc = Company.objects.create(name="SMC(中国)有限公司", slug="smc")
    yili = Company.objects.create(name="伊利集团", slug="yili")
    a = make_article("SMC扩产", body="园区企业SMC(中国)有限公司扩产。")
    b = make_article("伊利落户", body="园区迎来伊利集团。")
    c = make_article("没有公司的园区新闻", body="园区创新。")
    ArticleCompany.objects.create(article=a, company=smc, name=smc.name)
    ArticleCompany.objects.create(article=b, company=yili, name=yili.name)
    indexing.process_queue()
    return a, b, c, smc, yili


def test_it_filters_by_company(db):
    a, b, c, smc, yili = world()
    assert [r.pk for r in query.search("园区", Filters(companies=["smc"])).articles] == [a.pk]


def test_it_counts_articles_by_company(db):
    world()
    facets = query.search("园区").facets
    assert sorted((f["value"], f["label"], f["count"]) for f in facets["company"]) == [
        ("smc", "SMC(中国)有限公司", 1),
        ("yili", "伊利集团", 1),
    ]


def test_the_api_takes_a_company_slug(client, db):
    a, b, c, smc, yili = world()
    data = client.get(reverse("search:api"), {"q": "园区", "company": "yili"}).json()
    assert [r["id"] for r in data["results"]] == [b.pk]
    assert client.get(reverse("search:api"), {"q": "园区", "company": "<bad>"}).status_code == 400


def test_the_search_page_offers_the_company_facet(client, db):
    world()
    html = client.get(reverse("search:search"), {"q": "园区"}).content.decode()
    assert "公司" in html and "伊利集团" in html and "company=yili" in html


def test_the_export_honours_the_company(client, db):
    a, b, c, smc, yili = world()
    text = client.get(reverse("archive:export", args=["jsonl"]), {"company": "smc"}).getvalue().decode()
    assert "SMC扩产" in text and "伊利落户" not in text


def test_a_merge_moves_the_articles_in_the_index(db):
    a, b, c, smc, yili = world()
    figure_curation.merge_companies([yili], smc)
    indexing.process_queue()
    assert sorted(r.pk for r in query.search("园区", Filters(companies=["smc"])).articles) == sorted([a.pk, b.pk])

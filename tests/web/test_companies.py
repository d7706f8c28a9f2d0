"""The company directory and a company's page."""

import pytest
from django.urls import reverse

from archive import figure_curation
from archive.models import ArticleCompany, Company, Figure
from tests.web.conftest import XSS, assert_escaped, make_article

pytestmark = pytest.mark.django_db


def tag(article, company, name=None, mentions=1):
    return ArticleCompany.objects.create(article=article, company=company, name=name or company.name, mentions=mentions)


@pytest.fixture
def companies(world):
    smc = Company.objects.create(name="SMC(中国)有限公司")
    yili = Company.objects.create(name="伊利集团")
    secret = Company.objects.create(name="只在草稿里的公司")
    tag(world.first, smc, "SMC（中国）有限公司")
    tag(world.second, smc)
    tag(world.second, yili)
    tag(world.draft, secret)
    tag(world.draft, yili)
    world.smc, world.yili, world.secret = smc, yili, secret
    return world


def test_it_lists_companies_by_number_of_articles(client, companies):
    response = client.get(reverse("archive:companies"))
    assert response.status_code == 200
    assert [(c["name"], c["n"]) for c in response.context["page"].object_list] == [
        ("SMC(中国)有限公司", 2),
        ("伊利集团", 1),  # the draft does not count
    ]
    assert "只在草稿里的公司" not in response.content.decode()


def test_it_shows_a_companys_articles_parks_and_figures(client, companies):
    second = companies.second
    second.body = "SMC(中国)有限公司在张江新建工厂，总投资12亿元。\n\n其他内容。"
    second.save()
    figure = Figure.objects.create(
        article=second, park=companies.zhangjiang, value="12", unit="亿元", base_value=12e8, base_unit="元",
        metric="总投资", metric_class="投资", quote="SMC(中国)有限公司在张江新建工厂，总投资12亿元。",
    )  # fmt: skip
    Figure.objects.create(
        article=second, value="3", unit="家", base_value=3, base_unit="个", metric="企业", metric_class="企业数",
        quote="其他内容里的3家企业。",
    )  # fmt: skip
    response = client.get(reverse("archive:company", args=[companies.smc.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert [a.headline for a in response.context["page"].object_list] == ["张江科学城建设提速", "光谷再出发"]
    assert [p["name"] for p in response.context["parks"]] == ["张江高新区", "武汉东湖高新区"]
    assert [f["id"] for f in response.context["figures"]] == [figure.pk]  # only sentences naming it
    assert "12亿元" in html
    assert "SMC（中国）有限公司" in html  # a spelling as written


def test_it_hides_a_company_only_drafts_name(client, companies):
    assert client.get(reverse("archive:company", args=[companies.secret.slug])).status_code == 404
    assert client.get(reverse("archive:company", args=["no-such-company"])).status_code == 404


def test_a_merged_companys_address_redirects(client, companies):
    old_slug = companies.yili.slug
    figure_curation.merge_companies([companies.yili], companies.smc)
    response = client.get(reverse("archive:company", args=[old_slug]))
    assert response.status_code == 301
    assert response["Location"] == reverse("archive:company", args=[companies.smc.slug])
    smc = Company.objects.get(pk=companies.smc.pk)
    assert "伊利集团" in smc.alias_list
    assert smc.article_tags.filter(article=companies.second).get().mentions == 2  # summed, one row


def test_it_escapes_company_names(client, world):
    evil = Company.objects.create(name=f"恶意{XSS}公司")
    tag(world.first, evil)
    assert_escaped(client.get(reverse("archive:companies")).content.decode())
    assert_escaped(client.get(reverse("archive:company", args=[evil.slug])).content.decode())


def test_it_lists_the_directory_in_a_fixed_number_of_queries(client, companies, django_assert_num_queries):
    for i in range(10):
        tag(make_article(f"又一篇{i}"), Company.objects.create(name=f"测试{i}有限公司"))
    with django_assert_num_queries(1):
        client.get(reverse("archive:companies"))
    with django_assert_num_queries(0):
        client.get(reverse("archive:companies"))


def test_a_companys_page_shows_only_the_spellings_of_its_published_articles(client, companies):
    tag(companies.draft, companies.smc, "只在草稿里的写法公司")
    tag(companies.estimated, companies.smc, "")
    html = client.get(reverse("archive:company", args=[companies.smc.slug])).content.decode()
    assert "只在草稿里的写法公司" not in html
    assert "SMC（中国）有限公司" in html
    assert "<dd>、" not in html

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from archive import figure_views
from archive.models import Figure
from tests.web.conftest import make_article


def status(html):
    return html.split('<p class="pagination__status">', 1)[1].split("</p>", 1)[0]


def test_the_pagination_counts_articles_unless_told_what_it_counts():
    page = Paginator(list(range(45)), 20).page(1)
    request = RequestFactory().get("/")
    assert status(render_to_string("archive/_pagination.html", {"page": page}, request)) == "第 1 页，共 3 页（45 篇）"
    counted = render_to_string("archive/_pagination.html", {"page": page, "counter": "个"}, request)
    assert status(counted) == "第 1 页，共 3 页（45 个）"


@pytest.mark.django_db
def test_the_figure_list_counts_figures_not_articles(client, monkeypatch):
    monkeypatch.setattr(figure_views, "FIGURES_PER_PAGE", 2)
    article = make_article("园区新增企业", body="园区新增企业10家、项目5个、人才30名。")
    for value, unit in [("10", "家"), ("5", "个"), ("30", "名")]:
        Figure.objects.create(
            article=article, value=value, unit=unit, base_value=float(value), base_unit="个", metric="企业",
            metric_class="企业数", quote=article.body,
        )  # fmt: skip
    assert status(client.get(reverse("archive:figures")).content.decode()) == "第 1 页，共 2 页（3 个）"

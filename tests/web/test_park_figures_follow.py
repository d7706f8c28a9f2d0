"""The park page's 数据 section reads its count and charts from the series the database
keeps (``archive.figure_counting``): after an editor rejects, confirms or corrects a figure
and after an article is unpublished and published again, the page shows what counting
the public figures afresh gives."""

import pytest
from django.urls import reverse

from archive import curation, figure_curation
from archive.models import Article, Figure
from tests.web import test_figures
from tests.web.test_figures import make_figure

figures = test_figures.figures  # the fixture: a park with figures in several years, a draft's, a rejected one

pytestmark = pytest.mark.django_db


def section(client, park):
    context = client.get(reverse("archive:park", args=[park.slug])).context
    return context["figures"]["total"], context["figure_charts"]


def fresh_total(park):
    return Figure.objects.public().filter(park=park).count()


def test_the_count_follows_a_rejection_and_a_confirmation(client, figures):
    donghu = figures.donghu
    assert section(client, donghu)[0] == fresh_total(donghu) == 3
    figure_curation.set_figure_status([figures.figures["firms"]], Figure.Status.REJECTED)
    assert section(client, donghu)[0] == fresh_total(donghu) == 2
    figure_curation.set_figure_status([figures.figures["rejected"]], Figure.Status.CONFIRMED)
    assert section(client, donghu)[0] == fresh_total(donghu) == 3


def test_the_chart_follows_a_rejected_and_a_corrected_largest_value(client, figures):
    donghu, f2021 = figures.donghu, figures.figures["f2021"]
    # another report of 2021's output, smaller (its text: any number the article has)
    make_figure(figures.figures["first"], value="1200", unit="亿元", base_value=3000e8, year=2021, park=donghu)
    html = client.get(reverse("archive:park", args=[donghu.slug])).content.decode()
    assert "2021年 4,600 亿元" in html  # the year's largest
    figure_curation.set_figure_status([f2021], Figure.Status.REJECTED)
    html = client.get(reverse("archive:park", args=[donghu.slug])).content.decode()
    assert "2021年 3,000 亿元" in html and "4,600" not in html
    corrected = figures.figures["f2020"]
    corrected.value, corrected.base_value = "4291.83", 4291.83e8
    corrected.save()
    html = client.get(reverse("archive:park", args=[donghu.slug])).content.decode()
    assert "2020年 4,291.83 亿元" in html
    corrected.year = 2021  # one year left: no chart
    corrected.save()
    assert section(client, donghu)[1] == []


def test_the_section_follows_unpublishing_and_publishing_its_article(client, figures):
    donghu, first = figures.donghu, figures.figures["first"]
    assert section(client, donghu)[0] == 3
    curation.set_status([first], Article.Status.REVIEW)  # the park stays public: a gazetteer park
    assert fresh_total(donghu) == 0
    assert 'id="figures"' not in client.get(reverse("archive:park", args=[donghu.slug])).content.decode()
    curation.set_status([first], Article.Status.PUBLISHED)
    total, charts = section(client, donghu)
    assert total == fresh_total(donghu) == 3 and len(charts) == 1


def test_a_drawn_section_works_out_no_series_again(client, figures, monkeypatch):
    from archive import figure_data

    url = reverse("archive:park", args=[figures.donghu.slug])
    first = client.get(url).content.decode()
    calls = []
    real = figure_data.park_series
    monkeypatch.setattr(figure_data, "park_series", lambda park: calls.append(park) or real(park))
    again = client.get(url).content.decode()
    assert again == first and "figure-chart-1" in again
    assert calls == []  # the drawn section is read whole; its charts' series not even from the cache

"""The map of the parks on the directory, the home page and the province pages."""

import re
from urllib.parse import quote

import pytest
from django.urls import reverse

from archive.models import Park
from tests.web.conftest import assert_escaped, make_article, make_park

pytestmark = pytest.mark.django_db

# Coordinates as the gazetteer loads them (fixtures/park-coordinates.csv).
WUHAN = {"longitude": 114.305539, "latitude": 30.593175, "coordinates_source": "cpca 0.5.5 420100 武汉市"}
SHANGHAI = {"longitude": 121.473701, "latitude": 31.230416, "coordinates_source": "cpca 0.5.5 310000 上海市"}
SUZHOU = {"longitude": 120.585316, "latitude": 31.298886, "coordinates_source": "cpca 0.5.5 320500 苏州市"}


@pytest.fixture
def placed(world):
    """The world's parks placed at their cities, except 乌鲁木齐 (no coordinates)."""
    for park, where in ((world.donghu, WUHAN), (world.zhangjiang, SHANGHAI), (world.suzhou, SUZHOU)):
        Park.objects.filter(pk=park.pk).update(**where)
    return world


def map_links(html, map_id="park-map"):
    """{href: aria-label} of the parks drawn on the map ``map_id``, and how often each href appears."""
    figure = html[html.index(f'id="{map_id}"') :]
    figure = figure[: figure.index("</figure>")]
    parks = figure[figure.index('class="map__parks"') : figure.index("</svg>")]
    return re.findall(r'<a class="map__park[^"]*" href="([^"]+)" aria-label="([^"]+)"', parks), figure


def test_it_draws_every_placed_park_once_with_its_link_and_count(client, placed):
    html = client.get(reverse("archive:park_directory")).content.decode()
    links, _figure = map_links(html)
    assert sorted(links) == sorted(
        [
            (placed.donghu.get_absolute_url(), "武汉东湖高新区：1 篇"),
            (placed.zhangjiang.get_absolute_url(), "张江高新区：2 篇"),
        ]
    )


def test_it_lists_parks_without_coordinates_beside_the_map(client, placed):
    html = client.get(reverse("archive:park_directory")).content.decode()
    links, figure = map_links(html)
    urumqi = placed.urumqi.get_absolute_url()
    assert urumqi not in [href for href, _label in links]
    note = figure[figure.index('class="map__note"') :]
    assert f'<a href="{urumqi}">乌鲁木齐高新区</a>' in note[: note.index("</p>")]


def test_it_shows_every_kind_on_the_home_page_map(client, placed):
    html = client.get(reverse("archive:home")).content.decode()
    links, _figure = map_links(html)
    labels = dict(links)
    assert labels == {
        placed.donghu.get_absolute_url(): "武汉东湖高新区：1 篇",
        placed.zhangjiang.get_absolute_url(): "张江高新区：2 篇",
        placed.suzhou.get_absolute_url(): "苏州工业园区：1 篇",  # drafts are not counted
    }
    assert len(links) == 3


def test_it_shades_provinces_by_articles_and_links_them_to_their_page(client, placed):
    html = client.get(reverse("archive:park_directory")).content.decode()
    _links, figure = map_links(html)
    url = reverse("archive:park_directory") + "?province=" + quote("湖北省")
    assert f'href="{url}" aria-label="湖北省：1 篇报道"' in figure
    assert 'aria-label="上海市：2 篇报道"' in figure
    # A province without parks is drawn but not linked.
    assert 'aria-label="西藏自治区' not in figure


def test_it_counts_an_article_once_per_province(client, placed):
    other = make_park("武汉经济技术开发区", kind=Park.Kind.HITECH, province="湖北省", city="武汉市", **WUHAN)
    make_article("两个武汉园区", parks=[placed.donghu, other])
    html = client.get(reverse("archive:park_directory")).content.decode()
    assert 'aria-label="湖北省：2 篇报道"' in html  # the first article and this one


def test_the_map_is_keyboard_usable_and_credits_its_data(client, placed):
    html = client.get(reverse("archive:park_directory")).content.decode()
    assert '<a class="map__skip" href="#park-map-end">跳过地图</a>' in html
    assert "Apache ECharts 4.9.0" in html
    assert "cpca" in html


def test_it_keeps_the_directory_queries_fixed_with_the_map(client, placed, django_assert_num_queries):
    for i in range(20):
        make_park(f"测试高新区{i}", province="江苏省", **SUZHOU)
    client.get(reverse("archive:park_directory"))
    with django_assert_num_queries(1):  # the counts' generation
        client.get(reverse("archive:park_directory"))


def test_it_escapes_names_on_the_map(client, hostile):
    Park.objects.filter(pk=hostile.park.pk).update(**WUHAN)
    assert_escaped(client.get(reverse("archive:home")).content.decode())


# The province page


def test_the_province_page_maps_its_parks_and_its_years(client, placed):
    response = client.get(reverse("archive:park_directory"), {"province": "上海市"})
    assert response.status_code == 200
    html = response.content.decode()
    links, _figure = map_links(html, "province-map")
    assert links == [(placed.zhangjiang.get_absolute_url(), "张江高新区：2 篇")]
    assert "上海市历年报道数量" in html
    assert "2020年 1 篇；2021年 1 篇" in html
    assert response.context["article_total"] == 2


def test_the_province_page_lists_every_kind_of_park(client, placed):
    html = client.get(reverse("archive:park_directory"), {"province": "江苏省"}).content.decode()
    assert "国家级经开区" in html and "苏州工业园区" in html
    assert "草稿标题不应公开" not in html


def test_the_province_page_offers_its_articles_for_download(client, placed):
    html = client.get(reverse("archive:park_directory"), {"province": "湖北省"}).content.decode()
    assert reverse("archive:export", args=["csv"]) + "?province=" + quote("湖北省") in html


def test_an_unknown_province_is_404(client, placed):
    assert client.get(reverse("archive:park_directory"), {"province": "火星省"}).status_code == 404


def test_the_province_list_links_each_province(client, placed):
    response = client.get(reverse("archive:provinces"))
    html = response.content.decode()
    names = [row["name"] for row in response.context["provinces"]]
    assert names == ["上海市", "江苏省", "湖北省", "新疆维吾尔自治区"]
    assert "?province=" + quote("新疆维吾尔自治区") in html


def test_the_header_links_the_directories(client, db):
    html = client.get(reverse("archive:home")).content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert f'href="{reverse("archive:provinces")}"' in header
    assert f'href="{reverse("archive:reporters")}"' in header


def test_it_keeps_the_drawn_map_after_a_change_that_moves_no_count(client, placed):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        client.get(reverse("archive:park_directory"))
    article = placed.donghu.articles.first()
    article.headline = "改过的标题"
    article.save()  # a new stats version: every count is stale
    with CaptureQueriesContext(connection) as after_edit:
        html = client.get(reverse("archive:park_directory")).content.decode()
    # Only the counts' generation and the park counts are read again.
    assert not [q for q in after_edit.captured_queries if 'FROM "archive_park" WHERE' in q["sql"]]
    assert len(after_edit.captured_queries) < len(cold.captured_queries)
    assert ("武汉东湖高新区：1 篇") in dict(map_links(html)[0]).values()


def test_it_draws_the_map_again_when_a_count_or_a_park_changes(client, placed):
    client.get(reverse("archive:park_directory"))
    for article in placed.donghu.articles.all():
        article.status = "review"
        article.save()
    links = dict(map_links(client.get(reverse("archive:park_directory")).content.decode())[0])
    assert links[placed.donghu.get_absolute_url()] == "武汉东湖高新区：暂无报道"
    placed.zhangjiang.refresh_from_db()
    placed.zhangjiang.short_name = "上海张江"
    placed.zhangjiang.save()
    links = dict(map_links(client.get(reverse("archive:park_directory")).content.decode())[0])
    assert links[placed.zhangjiang.get_absolute_url()].startswith("上海张江：")


def test_the_province_pages_years_follow_a_publish_and_a_moved_date(client, placed, django_assert_num_queries):
    import datetime

    url = reverse("archive:park_directory") + "?" + "province=" + quote("上海市")
    assert "2020年 1 篇；2021年 1 篇" in client.get(url).content.decode()
    draft = make_article("张江新闻", status="review", parks=[placed.zhangjiang], published_on=datetime.date(2021, 3, 1))
    # A draft moves no count: the counts' generation is read again, the page stays drawn.
    with django_assert_num_queries(1):
        client.get(url)
    draft.status = "published"
    draft.save()
    assert "2020年 1 篇；2021年 2 篇" in client.get(url).content.decode()
    draft.published_on = datetime.date(2019, 5, 4)
    draft.save()
    assert "2019年 1 篇；2020年 1 篇；2021年 1 篇" in client.get(url).content.decode()


# The park list's items as the template drew them before they were written in Python
# (park_maps.park_grid), with the directory's indentation.
TEMPLATE_PARK_GRID = (
    '{% for park in parks %}<li{% if not park.article_count %} class="is-muted"{% endif %}>\n'
    '        <a href="{{ park.url }}">{{ park.name }}</a>\n'
    '        <span class="count">{% if park.article_count %}{{ park.article_count }} 篇{% else %}暂无报道{% endif %}</span>\n'
    "      </li>{% endfor %}"
)


def test_the_park_list_is_what_the_template_drew(world, hostile):
    from django.template import Context, Template

    from archive import park_maps

    make_article("大园区新闻", parks=[world.donghu] * 1)
    Park.objects.filter(pk=hostile.park.pk).update(verified=True)
    parks = park_maps.public_parks()
    assert any(p.article_count for p in parks) and any(not p.article_count for p in parks)
    assert any("<script>" in p.name for p in parks)
    assert park_maps.park_grid(parks) == Template(TEMPLATE_PARK_GRID).render(Context({"parks": parks}))

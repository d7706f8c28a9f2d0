import pytest
from django.urls import reverse

from archive.models import Park
from tests.web.conftest import assert_escaped, make_article, make_park

pytestmark = pytest.mark.django_db


# The directory


def test_it_groups_high_tech_zones_by_province_with_counts(client, world):
    response = client.get(reverse("archive:park_directory"))
    assert response.status_code == 200
    groups = {g["name"]: [(p.name, p.article_count) for p in g["parks"]] for g in response.context["provinces"]}
    assert groups == {
        "上海市": [("上海张江高新技术产业开发区", 2)],
        "湖北省": [("武汉东湖新技术开发区", 1)],
        "新疆维吾尔自治区": [("乌鲁木齐高新技术产业开发区", 0)],
    }
    # conventional province order: 上海 before 湖北 before 新疆
    assert list(groups) == ["上海市", "湖北省", "新疆维吾尔自治区"]


def test_it_switches_to_economic_development_zones_with_a_tab(client, world):
    html = client.get(reverse("archive:park_directory"), {"kind": "national_etdz"}).content.decode()
    assert "苏州工业园区" in html
    assert "武汉东湖新技术开发区" not in html
    assert '?kind=national_etdz" aria-current="page"' in html


def test_it_falls_back_to_high_tech_zones_on_an_unknown_kind(client, world):
    response = client.get(reverse("archive:park_directory"), {"kind": "<script>"})
    assert response.status_code == 200
    assert response.context["kind"] == Park.Kind.HITECH
    assert "&lt;script&gt;" not in response.content.decode()


def test_it_mutes_parks_without_articles(client, world):
    html = client.get(reverse("archive:park_directory")).content.decode()
    muted = html[html.index('class="is-muted"') :]
    assert "乌鲁木齐高新技术产业开发区" in muted[:300]
    assert "暂无报道" in muted[:400]


def test_it_draws_an_accessible_province_chart(client, world):
    html = client.get(reverse("archive:park_directory")).content.decode()
    assert 'role="img"' in html
    assert '<title id="province-chart-title">' in html
    assert "上海 2 篇" in html  # the SVG's <desc>, also the text alternative
    assert "<table>" in html  # data table in <details>


def test_it_does_not_count_drafts_in_the_directory(client, world):
    response = client.get(reverse("archive:park_directory"), {"kind": "national_etdz"})
    counts = {p.name: p.article_count for g in response.context["provinces"] for p in g["parks"]}
    assert counts["苏州工业园区"] == 1


def test_it_hides_unverified_parks_that_only_drafts_mention(client, world):
    make_park("草稿里的园区", kind=Park.Kind.OTHER, verified=False, province="湖北省")
    response = client.get(reverse("archive:park_directory"), {"kind": "other"})
    assert "草稿里的园区" not in response.content.decode()


def test_it_lists_the_directory_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(20):
        make_park(f"测试高新区{i}", province="江苏省")
    # the counts' generation, park counts, the parks (once, for the list, the map and the
    # "other" tab: kept apart, the home page shares them), their provinces' article counts
    with django_assert_num_queries(4):
        client.get(reverse("archive:park_directory"))
    with django_assert_num_queries(1):  # the counts' generation
        client.get(reverse("archive:park_directory"))


def test_it_escapes_park_names_in_the_directory(client, hostile):
    html = client.get(reverse("archive:park_directory")).content.decode()
    assert_escaped(html)


# A park


def test_it_shows_a_parks_names_place_and_year(client, world):
    response = client.get(world.donghu.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>武汉东湖新技术开发区</h1>" in html
    assert "武汉东湖高新区" in html
    assert "东湖高新区、中国光谷" in html
    assert "湖北省武汉市" in html
    assert "1991 年" in html
    assert reverse("archive:park_feed", args=[world.donghu.slug]) in html


def test_it_lists_a_parks_articles_newest_first(client, world):
    html = client.get(world.zhangjiang.get_absolute_url()).content.decode()
    assert html.index("张江科学城建设提速") < html.index("光谷再出发")


def test_it_hides_drafts_from_the_park_page(client, world):
    html = client.get(world.donghu.get_absolute_url()).content.decode()
    assert "光谷再出发" in html
    assert "草稿标题不应公开" not in html
    assert "王蓓" not in html
    assert "苏州工业园区" not in html  # co-tagged only on the draft


def test_it_shows_who_covered_the_park_and_its_neighbours(client, world):
    response = client.get(world.zhangjiang.get_absolute_url())
    assert [(r["name"], r["n"]) for r in response.context["reporters"]] == [("刘琴", 2), ("于大勇", 1)]
    assert [(p["name"], p["n"]) for p in response.context["neighbours"]] == [("武汉东湖高新区", 1)]


def test_it_draws_a_timeline_with_empty_years(client, world):
    response = client.get(world.zhangjiang.get_absolute_url())
    timeline = response.context["timeline"]
    assert [(b.label, b.value) for b in timeline.bars] == [("2020", 1), ("2021", 1)]
    assert 'aria-labelledby="park-timeline-title"' in response.content.decode()


def test_it_paginates_a_parks_articles(client, world):
    for i in range(25):
        make_article(f"分页文章{i:02d}", parks=[world.urumqi])
    first = client.get(world.urumqi.get_absolute_url())
    assert len(first.context["page"].object_list) == 20
    second = client.get(world.urumqi.get_absolute_url(), {"page": 2})
    assert len(second.context["page"].object_list) == 5
    assert 'rel="prev"' in second.content.decode()
    # nonsense page numbers fall back instead of failing
    assert client.get(world.urumqi.get_absolute_url(), {"page": "abc"}).status_code == 200
    assert client.get(world.urumqi.get_absolute_url(), {"page": 999}).context["page"].number == 2


def test_it_404s_an_unknown_park(client, world):
    assert client.get(reverse("archive:park", args=["no-such-park"])).status_code == 404


def test_it_404s_an_unverified_park_with_no_published_article(client, world):
    ghost = make_park("草稿里的园区", kind=Park.Kind.OTHER, verified=False)
    make_article("草稿", status="review", parks=[ghost])
    assert client.get(ghost.get_absolute_url()).status_code == 404


def test_it_escapes_every_park_field(client, hostile):
    html = client.get(hostile.park.get_absolute_url()).content.decode()
    assert_escaped(html)
    assert '"onmouseover="' not in html


def test_it_shows_a_park_page_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多{i}", parks=[world.donghu, world.zhangjiang], reporters=[world.liu, world.yu])
    client.get(world.donghu.get_absolute_url(), {"page": 2})
    # the park and the counts' generation; its count, stats and list come from the caches
    with django_assert_num_queries(2):
        client.get(world.donghu.get_absolute_url(), {"page": 2})


def test_it_renders_a_park_page_cold_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多{i}", parks=[world.donghu, world.zhangjiang], reporters=[world.liu, world.yu])
    # park, park counts, page, bylines, park tags, archive totals (3: the counts'
    # generation, articles and reporters from the kept counts; compared with the index, which is
    # empty here, so the side panel is counted in SQL), years, reporters,
    # neighbours, the gazetteer for the names derived from the cities (cached after), and the
    # 数据 section's count from the kept series (no table and no chart series: the park has
    # no figures)
    with django_assert_num_queries(13):
        client.get(world.donghu.get_absolute_url(), {"page": 2})


def test_it_keeps_junk_parameters_out_of_cached_pagination(client, world):
    for i in range(25):
        make_article(f"分页文章{i:02d}", parks=[world.urumqi])
    client.get(world.urumqi.get_absolute_url(), {"page": 1, "junk": "x"})
    html = client.get(world.urumqi.get_absolute_url(), {"page": 1}).content.decode()
    assert "junk" not in html


def test_it_counts_the_side_panels_from_the_index_when_it_agrees(client, world, django_assert_num_queries):
    from archive import stats
    from search import indexing

    for i in range(5):
        make_article(f"更多{i}", parks=[world.donghu, world.zhangjiang], reporters=[world.liu, world.yu])
    sql = client.get(world.zhangjiang.get_absolute_url()).context
    expected = (sql["timeline"], sql["reporters"], sql["neighbours"])
    indexing.process_queue()
    stats.invalidate()
    # the same (+1 for the 数据 section: the kept series' count; no figures, so no chart),
    # with two name lookups instead of three counts; the park counts kept by the generation
    # (unchanged by the index's invalidation)
    with django_assert_num_queries(8):
        indexed = client.get(world.zhangjiang.get_absolute_url()).context
    assert (indexed["timeline"], indexed["reporters"], indexed["neighbours"]) == expected
    assert expected[1] and expected[2]


def test_park_pages_listed_from_the_index_match_the_database(client, world, monkeypatch):
    import datetime

    from archive import stats
    from search import indexing

    for i in range(25):  # a shared date for most of them: the order's tie-break matters
        make_article(f"列表{i:02d}", parks=[world.urumqi], published_on=datetime.date(2021, 5, 1 + (i % 3 == 0)))
    make_article("无日期", parks=[world.urumqi], published_on=None)
    url = world.urumqi.get_absolute_url()

    def pages():
        return [[a.pk for a in client.get(url, {"page": n}).context["page"].object_list] for n in (1, 2)]

    from_sql = pages()
    indexing.process_queue()
    stats.invalidate()
    answers = []
    real = stats.indexed_ids
    monkeypatch.setattr(stats, "indexed_ids", lambda *a: answers.append(real(*a)) or answers[-1])
    assert pages() == from_sql
    assert len(answers) == 2 and all(answers)  # both pages came from the index
    assert sum(map(len, from_sql)) == 26


def test_a_municipality_is_named_once_in_the_description(client, db):
    park = make_park("上海张江高新技术产业开发区", "张江高新区", province="上海市", city="上海市", verified=True)
    html = client.get(park.get_absolute_url()).content.decode()
    assert "（上海市）的新闻报道" in html and "上海市上海市" not in html


def test_the_park_page_lists_the_names_derived_from_its_city_under_aliases(client, world):
    donghu = Park.objects.get(name="武汉东湖新技术开发区")
    html = client.get(donghu.get_absolute_url()).content.decode()
    aliases = html.split("<dt>别名</dt>")[1].split("</dd>")[0]
    assert "中国光谷" in aliases and "武汉高新区" in aliases and "武汉市国家高新区" in aliases
    # 苏州工业园区 is the only economic-technological zone of 苏州 here: 苏州经开区 is its own.
    assert "苏州经开区" not in aliases

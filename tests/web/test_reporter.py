import pytest
from django.urls import reverse

from archive.models import Byline
from tests.web.conftest import assert_escaped, make_article

pytestmark = pytest.mark.django_db


def test_it_lists_a_reporters_articles_newest_first(client, world):
    response = client.get(world.liu.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>刘琴</h1>" in html
    assert html.index("张江科学城建设提速") < html.index("光谷再出发")
    assert reverse("archive:reporter_feed", args=[world.liu.slug]) in html


def test_it_shows_the_parks_a_reporter_covers(client, world):
    response = client.get(world.liu.get_absolute_url())
    assert [(p["name"], p["n"]) for p in response.context["parks"]] == [("张江高新区", 2), ("武汉东湖高新区", 1)]


def test_it_lists_an_article_once_when_a_reporter_has_two_roles_on_it(client, world):
    Byline.objects.create(article=world.second, reporter=world.liu, role=Byline.Role.PHOTOGRAPHER, order=5)
    response = client.get(world.liu.get_absolute_url())
    assert response.context["page"].paginator.count == 2


def test_it_hides_drafts_from_the_reporter_page(client, world):
    make_article("刘琴的草稿", status="review", reporters=[world.liu])
    html = client.get(world.liu.get_absolute_url()).content.decode()
    assert "刘琴的草稿" not in html


def test_it_404s_a_reporter_with_only_drafts(client, world):
    assert client.get(world.wang.get_absolute_url()).status_code == 404


def test_it_paginates_a_reporters_articles(client, world):
    for i in range(21):
        make_article(f"于大勇{i}", reporters=[world.yu])
    response = client.get(world.yu.get_absolute_url(), {"page": 2})
    assert response.context["page"].number == 2
    assert len(response.context["page"].object_list) == 2


def test_it_escapes_reporter_names_and_headlines(client, hostile):
    html = client.get(hostile.reporter.get_absolute_url()).content.decode()
    assert_escaped(html)


def test_it_shows_a_reporter_page_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多{i}", parks=[world.donghu], reporters=[world.liu, world.yu])
    client.get(world.liu.get_absolute_url())
    # the reporter; its count and list come from the cache
    with django_assert_num_queries(1):
        client.get(world.liu.get_absolute_url())


def test_it_renders_a_reporter_page_cold_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多{i}", parks=[world.donghu], reporters=[world.liu, world.yu])
    # reporter, archive totals (4: the counts' generation, park counts, articles and
    # reporters from the kept counts; compared with the index, empty here, so the panel is
    # counted in SQL), count, page, bylines, park tags, parks covered
    with django_assert_num_queries(10):
        client.get(world.liu.get_absolute_url())


def test_it_counts_the_parks_covered_from_the_index_when_it_agrees(client, world):
    from archive import stats
    from search import indexing

    for i in range(5):
        make_article(f"更多{i}", parks=[world.donghu, world.zhangjiang], reporters=[world.liu])
    sql = client.get(world.liu.get_absolute_url()).context
    expected = (sql["parks"], sql["page"].paginator.count)
    indexing.process_queue()
    stats.invalidate()
    indexed = client.get(world.liu.get_absolute_url()).context
    assert (indexed["parks"], indexed["page"].paginator.count) == expected
    assert expected[0] and expected[1] == 7

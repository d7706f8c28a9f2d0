import pytest
from django.urls import reverse

from archive.models import Article
from tests.web.conftest import assert_escaped, make_article

pytestmark = pytest.mark.django_db


def test_it_shows_the_latest_published_articles_newest_first(client, world):
    response = client.get(reverse("archive:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("张江科学城建设提速") < html.index("光谷再出发") < html.index("苏州工业园区开放创新")
    assert '<html lang="zh-Hans">' in html
    assert html.count("<h1") == 1


def test_it_hides_drafts_from_the_home_page(client, world):
    html = client.get(reverse("archive:home")).content.decode()
    assert "草稿标题不应公开" not in html
    assert "另一篇草稿" not in html
    assert "王蓓" not in html


def test_it_counts_only_published_articles_parks_and_reporters(client, world):
    response = client.get(reverse("archive:home"))
    assert response.context["totals"] == {"articles": 3, "parks": 3, "reporters": 2}
    assert "3 篇" in response.content.decode()


def test_it_ranks_the_most_covered_parks(client, world):
    response = client.get(reverse("archive:home"))
    top = [(park["name"], park["n"]) for park in response.context["top_parks"]]
    assert top[0] == ("张江高新区", 2)
    assert "乌鲁木齐高新区" not in dict(top)
    # the draft tags 苏州工业园区 a second time: it must not count
    assert ("苏州工业园区", 1) in top


def test_it_links_the_top_parks_to_their_pages(client, world):
    html = client.get(reverse("archive:home")).content.decode()
    url = reverse("archive:park", args=[world.zhangjiang.slug])
    assert f'<li><a href="{url}">张江高新区</a> <span class="count">2 篇</span></li>' in html


def test_it_recounts_after_an_article_is_published(client, world):
    assert client.get(reverse("archive:home")).context["totals"]["articles"] == 3
    world.draft.status = Article.Status.PUBLISHED
    world.draft.save()
    assert client.get(reverse("archive:home")).context["totals"]["articles"] == 4


def test_it_recounts_after_an_article_is_deleted(client, world):
    client.get(reverse("archive:home"))
    world.second.delete()
    assert client.get(reverse("archive:home")).context["totals"]["articles"] == 2


def test_it_has_a_search_box_that_sends_q(client, world):
    html = client.get(reverse("archive:home")).content.decode()
    assert 'role="search"' in html
    assert f'action="{reverse("search:search")}"' in html
    assert 'name="q"' in html
    assert (
        f'rel="search" type="application/opensearchdescription+xml" title="高新区新闻档案" href="{reverse("search:opensearch")}"'
        in html
    )


def test_it_escapes_headlines_park_and_reporter_names(client, hostile):
    html = client.get(reverse("archive:home")).content.decode()
    assert_escaped(html)


def test_it_shows_an_empty_archive_politely(client, db):
    response = client.get(reverse("archive:home"))
    assert response.status_code == 200
    assert "还没有公开的文章" in response.content.decode()


def test_it_makes_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多文章{i}", parks=[world.donghu, world.zhangjiang], reporters=[world.liu, world.yu])
    client.get(reverse("archive:home"))  # warm the cache
    with django_assert_num_queries(1):  # the counts' generation (what the cached map is drawn for)
        client.get(reverse("archive:home"))


def test_it_counts_cold_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    # the counts' generation, park counts, article total, reporter total, latest + bylines +
    # park tags, and the map's parks (the top parks are ranked from them) and province counts
    with django_assert_num_queries(9):
        client.get(reverse("archive:home"))


def test_it_shows_a_new_article_on_the_home_page_at_once(client, world):
    client.get(reverse("archive:home"))
    make_article("刚刚发布的文章", parks=[world.donghu])
    assert "刚刚发布的文章" in client.get(reverse("archive:home")).content.decode()

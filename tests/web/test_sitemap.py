import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sitemap_text(client):
    index = client.get(reverse("sitemap"))
    assert index.status_code == 200
    text = index.content.decode()
    for section in ["pages", "articles", "parks", "reporters"]:
        url = reverse("sitemap_section", args=[section])
        assert url in text
        text += client.get(url).content.decode()
    return text


def test_it_lists_published_articles_parks_with_articles_and_reporters(client, world):
    text = sitemap_text(client)
    for obj in [world.first, world.second, world.estimated, world.donghu, world.zhangjiang, world.suzhou, world.liu]:
        assert f"http://testserver{obj.get_absolute_url()}</loc>" in text, obj


def test_it_keeps_drafts_and_their_people_out_of_the_sitemap(client, world):
    text = sitemap_text(client)
    assert world.draft.get_absolute_url() not in text
    assert world.wang.get_absolute_url() not in text  # wrote only a draft
    assert world.urumqi.get_absolute_url() not in text  # no articles


def test_it_points_robots_to_the_sitemap(client, world):
    response = client.get(reverse("robots"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_it_drops_an_unpublished_article_from_the_cached_sitemap_at_once(client, world):
    url = reverse("sitemap_section", args=["articles"])
    assert world.first.get_absolute_url() in client.get(url).content.decode()
    world.first.status = "review"
    world.first.save()
    assert world.first.get_absolute_url() not in client.get(url).content.decode()


def test_it_404s_a_sitemap_page_that_does_not_exist(client, world):
    url = reverse("sitemap_section", args=["articles"])
    assert client.get(url, {"p": "junk"}).status_code == 404
    assert client.get(url, {"p": "99"}).status_code == 404
    assert client.get(reverse("sitemap_section", args=["nope"])).status_code == 404


def test_it_404s_a_sitemap_page_number_in_other_digits(client, world):
    # "²" and "①" are digits to str.isdigit() but not to int()
    for page in ["²", "①"]:
        assert client.get(reverse("sitemap"), {"p": page}).status_code == 200  # the index has no pages
        assert client.get(reverse("sitemap_section", args=["articles"]), {"p": page}).status_code == 404


def test_feeds_sitemaps_and_robots_answer_head_and_refuse_other_methods(client, world):
    urls = [
        "/sitemap.xml",
        reverse("sitemap_section", args=["articles"]),
        "/robots.txt",
        "/feed/",
        reverse("archive:park_feed", args=[world.donghu.slug]),
        reverse("archive:reporter_feed", args=[world.liu.slug]),
    ]
    for url in urls:
        assert client.head(url).status_code == 200, url
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "TRACE"]:
            assert client.generic(method, url).status_code == 405, (method, url)

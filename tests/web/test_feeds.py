import pytest
from django.urls import reverse

from tests.web.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_publishes_the_latest_articles_as_atom(client, world):
    response = client.get(reverse("archive:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    assert "<title>张江科学城建设提速</title>" in xml
    assert f"http://testserver{world.first.get_absolute_url()}" in xml
    assert '<category term="武汉东湖高新区"' in xml
    assert "<name>刘琴、于大勇</name>" in xml
    assert xml.index("张江科学城建设提速") < xml.index("光谷再出发")


def test_it_keeps_drafts_out_of_every_feed(client, world):
    urls = [
        reverse("archive:feed"),
        reverse("archive:park_feed", args=[world.donghu.slug]),
        reverse("archive:park_feed", args=[world.suzhou.slug]),
        reverse("archive:reporter_feed", args=[world.liu.slug]),
    ]
    for url in urls:
        xml = client.get(url).content.decode()
        assert "草稿" not in xml, url


def test_it_has_a_feed_per_park(client, world):
    xml = client.get(reverse("archive:park_feed", args=[world.zhangjiang.slug])).content.decode()
    assert "张江科学城建设提速" in xml
    assert "光谷再出发" in xml
    assert "苏州工业园区开放创新" not in xml


def test_it_has_a_feed_per_reporter(client, world):
    xml = client.get(reverse("archive:reporter_feed", args=[world.yu.slug])).content.decode()
    assert "光谷再出发" in xml
    assert "张江科学城建设提速" not in xml


def test_it_404s_the_feed_of_a_reporter_with_only_drafts(client, world):
    assert client.get(reverse("archive:reporter_feed", args=[world.wang.slug])).status_code == 404


def test_it_404s_the_feed_of_an_unknown_park(client, world):
    assert client.get(reverse("archive:park_feed", args=["nope"])).status_code == 404


def test_it_escapes_titles_and_summaries(client, hostile):
    xml = client.get(reverse("archive:feed")).content.decode()
    assert "<script>" not in xml
    # titles are Atom text: escaped once
    assert "<title>标题&lt;script&gt;alert('x')&lt;/script&gt;</title>" in xml
    # summaries are Atom html: the HTML is escaped by the template, then again as XML
    assert "副题&amp;lt;script&amp;gt;" in xml
    assert "段落&amp;lt;script&amp;gt;" in xml


def test_it_builds_the_feed_in_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for i in range(30):
        make_article(f"更多{i}", parks=[world.donghu], reporters=[world.liu])
    with django_assert_num_queries(3):
        client.get(reverse("archive:feed"))

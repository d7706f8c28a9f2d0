import pytest
from django.urls import reverse

from archive import views
from archive.models import Article
from tests.web.conftest import assert_escaped, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def related(monkeypatch):
    """Control what the search engine calls related: ``related.found = [...]``."""

    class Related:
        found = []
        calls = []

        def __call__(self, article, limit=5):
            self.calls.append((article.pk, limit))
            return list(self.found)

    fake = Related()
    monkeypatch.setattr(views, "more_like_this", fake)
    return fake


def test_it_shows_every_part_of_an_article(client, world, related):
    response = client.get(world.first.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["园区动态", "聚焦高质量发展", "东湖高新区一季度新增企业过万家", "第一段讲光谷。", "第二段讲项目。"]:
        assert text in html
    assert '<h1 id="story-title" class="story__headline">光谷再出发</h1>' in html
    assert html.count("<h1") == 1
    assert "<h2>招商引资</h2>" in html
    assert "图为光谷科技会展中心。 刘琴 摄" in html
    assert '<time datetime="2020-10-19">2020年10月19日</time>' in html


def test_it_links_reporters_with_their_roles(client, world, related):
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert f'<span class="byline-role">本报记者</span> <a href="{world.liu.get_absolute_url()}">刘琴</a>' in html
    assert f'<span class="byline-role">通讯员</span> <a href="{world.yu.get_absolute_url()}">于大勇</a>' in html


def test_it_shows_the_printed_byline_when_no_reporter_is_linked(client, world, related):
    html = client.get(world.estimated.get_absolute_url()).content.decode()
    assert "▶ 本报通讯员 张三" in html


def test_it_links_park_tags_primary_first(client, world, related):
    html = client.get(world.first.get_absolute_url()).content.decode()
    donghu = html.index(f'href="{world.donghu.get_absolute_url()}" class="is-primary"')
    zhangjiang = html.index(f'href="{world.zhangjiang.get_absolute_url()}"')
    assert donghu < zhangjiang


def test_it_marks_an_estimated_date(client, world, related):
    html = client.get(world.estimated.get_absolute_url()).content.decode()
    assert "约2019年3月（推测）" in html
    assert "依据版面上的“2019年，东湖高新区全年…”“3月”" in html  # quoted, an excerpt marked
    assert 'datetime="2019' not in html  # a guess is not machine-readable fact


def test_it_links_the_source_page_as_received(client, world, related):
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert "《中国高新技术产业导报》" in html
    assert "2020年10月19日" in html
    assert "第3版" in html
    assert reverse("archive:source_page", args=[world.page.pk]) in html


def test_it_links_the_previous_and_next_published_article_on_the_page(client, world, related):
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert f'rel="next" href="{world.second.get_absolute_url()}"' in html
    assert 'rel="prev"' not in html
    html = client.get(world.second.get_absolute_url()).content.decode()
    assert f'rel="prev" href="{world.first.get_absolute_url()}"' in html
    # the draft after it on the same page is skipped
    assert 'rel="next"' not in html
    assert "草稿标题不应公开" not in html


def test_it_shows_related_articles_from_the_search_engine(client, world, related):
    related.found = [world.second, world.estimated]
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert "相关文章" in html
    assert world.estimated.get_absolute_url() in html
    assert related.calls == [(world.first.pk, 5)]


def test_it_never_links_a_draft_or_itself_as_related(client, world, related):
    related.found = [world.draft, world.first]
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert "相关文章" not in html
    assert "草稿标题不应公开" not in html


def test_it_still_renders_when_the_search_engine_fails(client, world, monkeypatch):
    def broken(article, limit=5):
        raise RuntimeError("index is locked")

    monkeypatch.setattr(views, "more_like_this", broken)
    assert client.get(world.first.get_absolute_url()).status_code == 200


def test_it_has_a_canonical_permalink_that_survives_a_new_headline(client, world, related):
    url = world.first.get_absolute_url()
    assert url == f"/articles/{world.first.pk}/"
    world.first.headline = "新标题"
    world.first.save()
    html = client.get(url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert "新标题" in html


def test_it_404s_a_draft(client, world, related):
    assert client.get(world.draft.get_absolute_url()).status_code == 404
    for status in [Article.Status.IMPORTED, Article.Status.REVIEW, Article.Status.REJECTED]:
        world.first.status = status
        world.first.save()
        assert client.get(world.first.get_absolute_url()).status_code == 404


def test_it_404s_an_unknown_article(client, world, related):
    assert client.get(reverse("archive:article", args=[999999])).status_code == 404


def test_it_404s_an_article_id_beyond_the_databases_integers(client, world, related):
    for pk in ["9223372036854775808", "99999999999999999999"]:
        assert client.get(f"/articles/{pk}/").status_code == 404
        assert client.get(f"/pages/{pk}/").status_code == 404
        assert client.get(f"/pages/{pk}/raw.txt").status_code == 404


def test_it_escapes_every_text_field(client, hostile, related):
    html = client.get(hostile.article.get_absolute_url()).content.decode()
    assert_escaped(html)
    for label in ["标题", "引题", "副题", "栏目", "段落", "小标题", "图片说明", "依据", "报纸", "版", "恶意", "记者"]:
        assert f"{label}&lt;script&gt;" in html, label


def test_it_escapes_the_printed_byline(client, hostile, related):
    html = client.get(hostile.bare.get_absolute_url()).content.decode()
    assert_escaped(html)
    assert "印刷署名&lt;script&gt;" in html


def test_it_shows_an_article_in_a_fixed_number_of_queries(client, world, related, django_assert_num_queries):
    # article + source page + newspaper + issue, bylines, park tags, continued parts (none),
    # the reading order of the issue with its headlines, its key figures
    with django_assert_num_queries(6):
        client.get(world.first.get_absolute_url())


def test_it_works_without_a_source_page(client, world, related):
    article = make_article("没有版面的文章")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "查看版面原文" not in response.content.decode()


def test_a_story_in_traditional_characters_is_marked_zh_hant(client, db, related):
    article = make_article("深圳高新區營收突破萬億元", body="記者從深圳市獲悉，營業收入1.2萬億元。")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<h1 id="story-title" class="story__headline" lang="zh-Hant">深圳高新區營收突破萬億元</h1>' in html
    assert '<div class="story__body" lang="zh-Hant">' in html


def test_a_story_in_simplified_characters_keeps_the_pages_language(client, world, related):
    html = client.get(world.first.get_absolute_url()).content.decode()
    assert "zh-Hant" not in html and '<div class="story__body">' in html


def test_a_brief_titled_from_its_text_says_so(client, db, related):
    article = make_article("南京高新区举办对接会", flags=["derived_headline"], column="园区快讯")
    assert "标题取自正文首句" in client.get(article.get_absolute_url()).content.decode()

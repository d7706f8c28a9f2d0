import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_serves_the_raw_page_text_exactly_as_received(client, world):
    response = client.get(reverse("archive:source_page", args=[world.page.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.decode() == world.page.raw_text


def test_it_serves_a_script_in_the_raw_text_as_inert_plain_text(client, hostile):
    response = client.get(reverse("archive:source_page", args=[hostile.page.pk]))
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response.content.decode() == "版面<script>alert('x')</script>"


def test_it_404s_a_page_with_only_drafts(client, world):
    assert client.get(reverse("archive:source_page", args=[world.draft_only_page.pk])).status_code == 404


def test_it_404s_a_page_whose_articles_were_all_unpublished(client, world):
    world.estimated.status = "review"
    world.estimated.save()
    assert client.get(reverse("archive:source_page", args=[world.other_page.pk])).status_code == 404


RAW = "园区周刊\n公开的文章\n公开的正文。\n\n草稿的标题\n草稿的正文。\n\n草稿的第二段。\n两篇共用的一行\n被否决的续文\n"


@pytest.fixture
def shared_page(db):
    from archive.models import ArticlePart
    from tests.web.conftest import make_article, make_page

    page = make_page("shared.txt", raw_text=RAW)
    make_article("公开的文章", source_page=page, source_lines=[1, 2, 8])
    make_article("草稿的标题", status="review", source_page=page, source_lines=[4, 5, 7, 8])
    rejected = make_article("被否决的文章", status="rejected", source_page=make_page("other.txt"))
    ArticlePart.objects.create(article=rejected, page=page, order=1, source_lines=[9], text="被否决的续文")
    return page


def test_it_leaves_out_the_lines_of_articles_that_are_not_published(client, shared_page):
    text = client.get(reverse("archive:source_page", args=[shared_page.pk])).content.decode()
    lines = text.splitlines()
    assert "草稿" not in text and "被否决" not in text
    assert lines[:4] == ["园区周刊", "公开的文章", "公开的正文。", ""]
    assert lines[4] == shared_page.WITHHELD and lines[5:8] == ["", "", ""]  # one note a run
    assert lines[8] == "两篇共用的一行"  # a published article holds it too
    assert lines[9] == shared_page.WITHHELD
    assert len(lines) == len(RAW.splitlines()) and text.endswith("\n")  # every other line keeps its number


def test_the_page_view_leaves_out_the_lines_of_articles_that_are_not_published(client, shared_page):
    html = client.get(reverse("archive:page", args=[shared_page.pk])).content.decode()
    assert "草稿" not in html and "被否决" not in html
    assert "公开的正文。" in html and "两篇共用的一行" in html
    assert html.count(shared_page.WITHHELD) == 2


def test_the_page_view_follows_an_article_published_after_it_was_seen(client, shared_page):
    from archive.models import Article

    url = reverse("archive:page", args=[shared_page.pk])
    assert "草稿的正文。" not in client.get(url).content.decode()
    draft = Article.objects.get(headline="草稿的标题")
    draft.status = "published"
    draft.save()
    assert "草稿的正文。" in client.get(url).content.decode()
    assert "草稿的正文。" in client.get(reverse("archive:source_page", args=[shared_page.pk])).content.decode()

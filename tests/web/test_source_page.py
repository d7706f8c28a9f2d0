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

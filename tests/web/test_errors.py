import pytest
from django.test import RequestFactory
from django.views import defaults


@pytest.mark.django_db
def test_it_renders_a_friendly_404_in_chinese(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html
    assert "找不到这个页面" in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_it_escapes_the_missing_path_on_the_404_page(client):
    html = client.get("/<script>alert(1)</script>/").content.decode()
    assert "<script>" not in html


def test_it_renders_the_500_page_without_a_request_context_or_database():
    # no django_db mark: any query here would fail the test
    response = defaults.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "服务器出了点问题" in html
    assert '<html lang="zh-Hans">' in html
    assert "{%" not in html


@pytest.mark.django_db
def test_it_sends_a_strict_content_security_policy(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy

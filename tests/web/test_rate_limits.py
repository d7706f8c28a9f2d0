"""Rate limits on the search page, the API and the exports (archive/throttling.py)."""

import json
import multiprocessing

import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse

from archive.throttling import parse_rates


@pytest.fixture
def limits(settings):
    settings.RATE_LIMITS = {"search": "3/m", "api": "2/m", "export": "1/m", "suggest": "2/m"}
    return settings


def get_n(client, url, n, **extra):
    return [client.get(url, **extra) for _ in range(n)]


def test_it_answers_the_search_page_past_its_limit_with_429_and_retry_after_in_chinese(client, db, limits):
    responses = get_n(client, reverse("search:search") + "?q=园区", 4)
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    refused = responses[-1]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "请求过于频繁" in refused.content.decode()
    assert refused["Content-Type"].startswith("text/html")


def test_it_answers_the_api_past_its_limit_with_a_json_error(client, db, limits):
    responses = get_n(client, reverse("search:api") + "?q=园区", 3)
    assert [r.status_code for r in responses] == [200, 200, 429]
    body = json.loads(responses[-1].content)
    assert body["error"] == "请求过于频繁，请稍后再试。"
    assert body["retry_after"] == int(responses[-1]["Retry-After"])


def test_it_limits_the_exports(client, db, limits):
    url = reverse("archive:export", args=["csv"])
    assert [r.status_code for r in get_n(client, url, 2)] == [200, 429]


def test_it_limits_the_suggestions_on_their_own_budget_with_a_json_error(client, db, limits):
    get_n(client, reverse("search:api") + "?q=园区", 2)  # the API's budget spent: not the suggestions'
    responses = get_n(client, reverse("search:suggest") + "?q=zhang", 3)
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert json.loads(responses[-1].content)["error"] == "请求过于频繁，请稍后再试。"


def test_it_counts_each_client_address_separately(client, db, limits):
    url = reverse("search:api")
    assert [r.status_code for r in get_n(client, url, 3, REMOTE_ADDR="10.0.0.1")] == [200, 200, 429]
    assert client.get(url, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_it_counts_the_search_page_and_the_api_against_their_own_limits(client, db, limits):
    get_n(client, reverse("search:api"), 3)
    assert client.get(reverse("search:search")).status_code == 200


def test_it_leaves_pages_without_a_limit_alone(client, db, limits):
    assert all(r.status_code == 200 for r in get_n(client, reverse("archive:home"), 5))


def test_it_ignores_a_forwarded_header_unless_one_is_configured(client, db, limits):
    url = reverse("search:api")
    spoofed = [client.get(url, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}") for i in range(3)]
    assert [r.status_code for r in spoofed] == [200, 200, 429]


def test_it_takes_the_address_our_proxy_wrote_from_the_configured_header(client, db, limits):
    limits.CLIENT_IP_HEADER = "X-Forwarded-For"
    url = reverse("search:api")
    # The client makes up the first entry each time; the proxy appends the real address.
    same_client = [client.get(url, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}, 203.0.113.7") for i in range(3)]
    assert [r.status_code for r in same_client] == [200, 200, 429]
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200


def test_it_can_be_turned_off(client, db, limits):
    limits.RATE_LIMITS_ENABLED = False
    assert all(r.status_code == 200 for r in get_n(client, reverse("search:api"), 5))


def test_a_limit_set_to_off_is_not_counted(client, db, limits):
    limits.RATE_LIMITS = {"search": "3/m", "api": "off", "export": "1/m", "suggest": "2/m"}
    assert all(r.status_code == 200 for r in get_n(client, reverse("search:api"), 5))


@pytest.mark.parametrize("rate", ["120", "abc/m", "0/m", "10/fortnight"])
def test_it_refuses_a_malformed_rate_at_start_up(rate):
    with pytest.raises(ImproperlyConfigured, match="120/m"):
        parse_rates({"search": rate})


def test_it_refuses_to_start_with_an_unknown_limit_name(db, limits):
    limits.RATE_LIMITED_VIEWS = {"search:search": "searches"}
    with pytest.raises(ImproperlyConfigured, match="searches"):
        Client().get("/")


def _count(key, times):
    from django.core.cache import caches

    cache = caches["ratelimit"]
    for _ in range(times):
        cache.add(key, 0, 60)
        cache.incr(key)


def test_the_counters_are_exact_across_processes():
    """Gunicorn workers are processes: four of them counting one client lose no count."""
    cache = caches["ratelimit"]
    workers = [multiprocessing.get_context("fork").Process(target=_count, args=("shared", 150)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert cache.get("shared") == 600

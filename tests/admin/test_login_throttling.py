"""The admin's login throttling (django-axes, configured in settings) and unlock_login."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

LOGIN = reverse("admin:login")


@pytest.fixture
def editor(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return User.objects.create_user("editor", password="right-password-1", is_staff=True)


def log_in(client, password, username="editor", address="198.51.100.1"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address)


def fail(client, times, **kwargs):
    return [log_in(client, "wrong", **kwargs).status_code for _ in range(times)]


def test_it_locks_an_account_after_repeated_failures_from_any_address(client, editor):
    for i in range(3):
        fail(client, 1, address=f"198.51.100.{i}")
    response = log_in(client, "right-password-1", address="203.0.113.9")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_it_locks_an_address_after_failures_on_any_accounts(client, editor):
    for name in ("alice", "bob", "carol"):
        fail(client, 1, username=name, address="198.51.100.50")
    assert log_in(client, "right-password-1", address="198.51.100.50").status_code == 429
    assert log_in(client, "right-password-1", address="198.51.100.51").status_code == 302


def test_the_third_failure_is_answered_with_the_lockout(client, editor):
    assert fail(client, 3) == [200, 200, 429]


def test_the_lockout_page_explains_the_wait_in_chinese(client, editor, settings):
    fail(client, 3)
    response = log_in(client, "wrong")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
    page = response.content.decode()
    assert "登录已暂时锁定" in page and "连续 3 次登录失败" in page and "unlock_login" in page


def test_a_good_login_resets_the_failures(client, editor):
    fail(client, 2)
    assert log_in(client, "right-password-1").status_code == 302
    client.logout()
    fail(client, 2)
    assert log_in(client, "right-password-1").status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, editor, settings):
    import datetime

    fail(client, 3)
    settings.AXES_COOLOFF_TIME = datetime.timedelta(seconds=0)
    assert log_in(client, "right-password-1").status_code == 302


def test_unlock_login_lifts_an_accounts_lock(client, editor):
    for i in range(3):
        fail(client, 1, address=f"198.51.100.{i}")
    out = io.StringIO()
    call_command("unlock_login", "editor", stdout=out)
    assert "账号 editor：已解锁（清除 3 条失败记录）" in out.getvalue()
    assert log_in(client, "right-password-1", address="203.0.113.9").status_code == 302


def test_unlock_login_lifts_an_addresss_lock(client, editor):
    for name in ("alice", "bob", "carol"):
        fail(client, 1, username=name, address="198.51.100.50")
    call_command("unlock_login", "--address", "198.51.100.50", stdout=io.StringIO())
    assert log_in(client, "right-password-1", address="198.51.100.50").status_code == 302


def test_unlock_login_lists_who_is_locked(client, editor):
    fail(client, 3)
    fail(client, 1, username="bob", address="198.51.100.7")
    out = io.StringIO()
    call_command("unlock_login", "--list", stdout=out)
    lines = out.getvalue().splitlines()
    assert "账号 editor：失败 3 次，已锁定" in lines
    assert "账号 bob：失败 1 次，未锁定" in lines
    assert "地址 198.51.100.1：失败 3 次，已锁定" in lines


def test_it_counts_failures_by_the_trusted_proxy_header_when_configured(client, editor, settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    for name in ("alice", "bob", "carol"):
        client.post(LOGIN, {"username": name, "password": "x"}, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.5")
    other = client.post(
        LOGIN,
        {"username": "editor", "password": "right-password-1"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="203.0.113.6",
    )
    assert other.status_code == 302

"""Staff only; editors curate but don't manage users; the group and the first account."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.urls import reverse

from archive.signals import EDITOR_GROUP, create_editor_group


def test_anonymous_users_are_sent_to_the_login_page(client, articles):
    for url in (
        reverse("admin:archive_article_changelist"),
        reverse("admin:archive_article_change", args=[articles["donghu"].pk]),
        reverse("admin:archive_sourcepage_import"),
        reverse("admin:archive_article_split", args=[articles["donghu"].pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_a_user_who_is_not_staff_cannot_enter(client, db):
    user = User.objects.create_user("reader", password="pw")
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    client.force_login(user)
    response = client.get(reverse("admin:archive_article_changelist"))
    assert response.status_code == 302


def test_an_editor_can_curate(editor_client, articles, page):
    for url in (
        reverse("admin:archive_article_changelist"),
        reverse("admin:archive_article_change", args=[articles["donghu"].pk]),
        reverse("admin:archive_article_history", args=[articles["donghu"].pk]),
        reverse("admin:archive_park_changelist"),
        reverse("admin:archive_reporter_changelist"),
        reverse("admin:archive_sourcepage_change", args=[page.pk]),
        reverse("admin:archive_sourcepage_import"),
    ):
        assert editor_client.get(url).status_code == 200, url


def test_an_editor_cannot_manage_users_or_groups(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    index = editor_client.get(reverse("admin:index"))
    assert reverse("admin:auth_user_changelist") not in index.text


def test_a_staff_user_without_the_group_cannot_import_or_edit(client, articles):
    user = User.objects.create_user("visitor", password="pw", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:archive_sourcepage_import")).status_code == 403
    assert client.get(reverse("admin:archive_article_change", args=[articles["donghu"].pk])).status_code == 403


def test_the_editor_group_is_created_idempotently(db):
    group = Group.objects.get(name=EDITOR_GROUP)
    count = group.permissions.count()
    create_editor_group(sender=None)
    create_editor_group(sender=None)
    assert Group.objects.filter(name=EDITOR_GROUP).count() == 1
    assert group.permissions.count() == count
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "change_article",
        "delete_byline",
        "add_articlepark",
        "add_sourcepage",
        "change_park",
        "view_historicalarticle",
    } <= codenames
    assert not any(c.endswith("_user") or c.endswith("_group") for c in codenames)


def test_create_editor_makes_a_staff_user_in_the_group(db, monkeypatch):
    monkeypatch.setenv("ARCHIVE_EDITOR_PASSWORD", "a-long-enough-passphrase-42")
    call_command("create_editor", "liuqin", verbosity=0)

    user = User.objects.get(username="liuqin")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name=EDITOR_GROUP).exists()
    assert user.check_password("a-long-enough-passphrase-42")

    call_command("create_editor", "liuqin", verbosity=0)  # again: no error, still one user
    assert User.objects.filter(username="liuqin").count() == 1


def test_create_editor_refuses_without_a_password_when_not_interactive(db, monkeypatch):
    monkeypatch.delenv("ARCHIVE_EDITOR_PASSWORD", raising=False)
    with pytest.raises(CommandError):
        call_command("create_editor", "nopass", verbosity=0)
    assert not User.objects.filter(username="nopass").exists()


def test_create_editor_rejects_a_weak_password(db, monkeypatch):
    monkeypatch.setenv("ARCHIVE_EDITOR_PASSWORD", "123")
    with pytest.raises(CommandError):
        call_command("create_editor", "weak", verbosity=0)
    assert not User.objects.filter(username="weak").exists()

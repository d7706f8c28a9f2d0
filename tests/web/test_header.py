"""The header's and footer's links, reversed once per process (``fixed_url``)."""

import pytest
from django.urls import get_script_prefix, reverse, set_script_prefix

pytestmark = pytest.mark.django_db


def test_the_header_links_follow_the_script_prefix_the_site_is_served_under(client):
    plain = client.get(reverse("archive:home")).content.decode()
    assert '<a href="/parks/"' in plain
    before = get_script_prefix()
    set_script_prefix("/archive/")  # as the WSGI handler does for SCRIPT_NAME=/archive
    try:
        prefixed = client.get("/").content.decode()
    finally:
        set_script_prefix(before)
    assert '<a href="/archive/parks/"' in prefixed
    assert 'action="/archive/search/"' in prefixed
    assert '<a href="/parks/"' not in prefixed

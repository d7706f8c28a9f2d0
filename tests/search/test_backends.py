"""The backend is chosen by one setting; a value that can't work stops start-up with a
message naming what works, instead of becoming a 500 on the first search."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from search import backends
from search.backends.base import FACETS, Filters, SearchBackend
from search.forms import SearchForm
from search.search_indexes import ArticleIndex

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SEARCH_", "HAYSTACK_"))}
    full_env.update(
        DJANGO_SETTINGS_MODULE="archive.settings", DJANGO_SECRET_KEY="k" * 50, ARCHIVE_DATA_DIR=str(tmp_path)
    )
    full_env.update(env)
    code = "import django; django.setup(); print('started')"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("name", ["elasticsearch", "postgresql", "Whoosh", ""])
def test_an_unknown_backend_is_refused_naming_the_supported_ones(name):
    with pytest.raises(ImproperlyConfigured, match="supported: 'whoosh', 'postgres'"):
        backends.backend_class(name)


def test_every_backend_implements_the_interface():
    for name in backends.BACKENDS:
        assert issubclass(backends.backend_class(name), SearchBackend)
        assert backends.backend_class(name).name == name


def test_the_site_does_not_start_with_an_unsupported_backend(tmp_path):
    result = start(tmp_path, SEARCH_BACKEND="elasticsearch")
    assert result.returncode != 0 and "started" not in result.stdout
    assert "SEARCH_BACKEND = 'elasticsearch'" in result.stderr and "supported: 'whoosh'" in result.stderr


def test_the_site_does_not_start_with_a_haystack_engine_setting(tmp_path):
    result = start(tmp_path, HAYSTACK_ENGINE="haystack.backends.whoosh_backend.WhooshEngine")
    assert result.returncode != 0
    assert "HAYSTACK_ENGINE is not read any more" in result.stderr


def test_the_site_does_not_start_with_the_postgres_backend_on_sqlite(tmp_path):
    result = start(tmp_path, SEARCH_BACKEND="postgres", DATABASE_URL=f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert result.returncode != 0 and "started" not in result.stdout
    assert "SEARCH_BACKEND 'postgres' keeps the index in the archive's PostgreSQL database" in result.stderr


def test_the_backends_present_are_those_that_can_run_on_this_database():
    from django.db import connection

    expected = ["whoosh", "postgres"] if connection.vendor == "postgresql" else ["whoosh"]
    assert backends.present() == expected


def test_it_starts_with_the_default_backend(tmp_path):
    assert start(tmp_path).stdout.strip() == "started"


def test_every_facet_is_a_filter_a_field_of_the_index_document_and_a_search_parameter():
    document = ArticleIndex().fields
    for facet in FACETS:
        assert isinstance(Filters().values(facet), list), facet
        assert facet.field in document, facet
        assert facet.key in SearchForm.base_fields, facet

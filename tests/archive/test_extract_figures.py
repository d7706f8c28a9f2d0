"""``manage.py extract_figures``: an archive whose articles were stored before the importer
found figures and companies gets the same ones a fresh import finds, once."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.models import ArticleCompany, Figure

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    call_command("load_parks", verbosity=0)
    call_command("import_pages", str(PAGES), "--publish", "--jobs", "1", stdout=io.StringIO(), stderr=io.StringIO())


def figures():
    rows = Figure.objects.values_list(
        "article_id", "start", "end", "park_id", "value", "unit", "base_value", "metric", "metric_class", "year"
    )
    return sorted(rows, key=repr)


def companies():
    return sorted(ArticleCompany.objects.values_list("article_id", "company_id", "name", "mentions"), key=repr)


def extract():
    out = io.StringIO()
    call_command("extract_figures", verbosity=0, stdout=out)
    return out.getvalue()


def test_it_finds_what_the_import_found_in_articles_stored_without_them(imported):
    at_import = figures(), companies()
    assert len(at_import[0]) > 50 and at_import[1]
    Figure.objects.all().delete()
    ArticleCompany.objects.all().delete()
    extract()
    assert (figures(), companies()) == at_import


def test_a_second_run_adds_nothing_and_keeps_an_editors_correction(imported):
    Figure.objects.all().delete()
    ArticleCompany.objects.all().delete()
    extract()
    corrected = Figure.objects.first()
    corrected.value, corrected.editor_touched = "42", True
    corrected.save()
    before = figures(), companies()
    assert "已处理" in extract()
    assert (figures(), companies()) == before

"""New figures join their parks' series (and carry their article's date) without a trigger:
the importer counts a batch's figures with one statement, ``Figure.save()`` and
``bulk_create`` count theirs; the series then equal the series grouped afresh. Every way a
figure comes into the archive: an import (published or not), one figure made by code, a
deleted figure restored from its history, a bulk insert, the figure backfill, and a jump
joined across pages and undone."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive import curation, figure_counting
from archive.models import Article, ArticlePart, Figure, FigureSeries, Park
from archive.pipeline.history import insert_rows
from archive.pipeline.jumps import undo_join
from tests.archive.test_figure_series import assert_series_are_fresh, public_figures
from tests.newspaper_pages import split_pages

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

pytestmark = pytest.mark.django_db

DAY = datetime.date(1999, 9, 9)


def import_pages(*args):
    call_command("import_pages", *map(str, args), "--jobs", "1", stdout=io.StringIO(), stderr=io.StringIO())


def series_total():
    return sum(n for n, _top in figure_counting.stored_series().values())


def test_the_importer_writes_no_series_for_articles_it_does_not_publish():
    call_command("load_parks", verbosity=0)
    import_pages(PAGES)
    assert Figure.objects.filter(park__isnull=False).exists()
    assert not FigureSeries.objects.filter(n__gt=0).exists()
    assert_series_are_fresh()  # and the dates are there already
    curation.set_status(list(Article.objects.all()), Article.Status.PUBLISHED)
    assert series_total() == Figure.objects.public().count() > 20
    assert_series_are_fresh()


def test_a_figure_made_by_code_joins_its_series_with_its_articles_date(archive):
    article = archive.filter(published_on__isnull=False).first()
    park = Park.objects.first()
    before = series_total()
    figure = Figure.objects.create(
        article=article, park=park, value="9", unit="亿元", base_value=9e8, base_unit="元", year=2001, quote="9亿元"
    )
    assert figure.article_date == article.published_on
    assert series_total() == before + 1
    assert (
        FigureSeries.objects.get(
            park_id=park.pk, metric="", metric_class=figure.metric_class, base_unit="元", year=2001
        ).top
        == 9e8
    )
    assert_series_are_fresh()


def test_a_deleted_figure_restored_from_its_history_joins_its_series_again(archive):
    figure = public_figures().first()
    pk = figure.pk
    figure.delete()  # an imported figure's history starts here: its imported state, then its deletion
    record = Figure.history.filter(id=pk).earliest()
    assert_series_are_fresh()
    restored = record.instance
    restored.save()  # what the history's "revert" does: the row comes back with its key
    assert restored.pk == pk and Figure.objects.filter(pk=pk).exists()
    assert_series_are_fresh()
    restored.year = 1990
    restored.save()  # an update now, counted once by the triggers
    assert_series_are_fresh()


def test_figures_inserted_in_bulk_join_their_series_with_their_dates(archive):
    article, park = archive.filter(published_on__isnull=False).first(), Park.objects.first()
    rejected = Figure.Status.REJECTED
    rows = [
        Figure(article=article, park=park, value="1", unit="家", base_value=v, base_unit="个", quote="", status=s)
        for park, v, s in [(park, 5, "extracted"), (None, 6, "extracted"), (park, 7, rejected)]
    ]
    before = series_total()
    Figure.objects.bulk_create(rows)
    assert series_total() == before + 2  # a figure with no park counts (under park 0); a rejected one doesn't
    assert {f.article_date for f in Figure.objects.filter(pk__in=[f.pk for f in rows])} == {article.published_on}
    assert_series_are_fresh()


def test_the_recount_finds_and_counts_figures_inserted_past_the_counting_paths(archive):
    article, park = archive.filter(published_on__isnull=False).first(), Park.objects.first()
    row = {"article_id": article.pk, "park_id": park.pk, "value": "7", "unit": "家", "base_value": 7.0}
    row |= {"base_unit": "个", "approx": "exact", "metric": "", "metric_class": "其他", "quote": "", "start": 0}
    row |= {"end": 0, "confidence": "low", "status": "extracted", "editor_touched": False}
    insert_rows(Figure, list(row), [tuple(row.values())])  # no date, not counted
    assert figure_counting.stored_series() != figure_counting.fresh_series()
    assert figure_counting.stale_dates() == 1
    with pytest.raises(CommandError, match="数字序列"):
        call_command("recount_articles", "--check", stdout=io.StringIO())
    call_command("recount_articles", stdout=io.StringIO())
    assert_series_are_fresh()


def test_the_figure_backfill_counts_what_it_stores(archive):
    Figure.objects.all().delete()
    assert series_total() == 0
    call_command("extract_figures", verbosity=0, stdout=io.StringIO())
    assert series_total() == Figure.objects.public().count() > 20
    assert_series_are_fresh()


def test_a_jump_joined_across_pages_and_undone_moves_figures_with_their_series_and_dates(tmp_path):
    call_command("load_parks", verbosity=0)
    page5, page6 = split_pages()
    (tmp_path / "p5.txt").write_text(page5, encoding="utf-8")
    (tmp_path / "p6.txt").write_text(page6, encoding="utf-8")
    import_pages(tmp_path / "p5.txt", "--publish")
    Article.objects.update(published_on=DAY)  # the first half's date differs from its continuation's
    import_pages(tmp_path / "p6.txt", "--publish")
    part = ArticlePart.objects.get()
    moved = part.article.figures.filter(start__gte=len(part.article.body) - len(part.text.strip()))
    assert moved.exists()  # the continuation's figures went with its text
    assert set(part.article.figures.values_list("article_date", flat=True)) == {DAY}
    assert_series_are_fresh()
    continuation = undo_join(part)
    assert continuation.figures.exists()
    assert_series_are_fresh()

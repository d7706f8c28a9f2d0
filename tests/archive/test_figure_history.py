"""An imported figure's history begins at its first change or deletion: the figure's value
as imported is copied in first ("+", 导入), then the change is recorded; nothing is written
for an untouched figure (``archive.models.figure_history``)."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from archive import curation, figure_curation
from archive.models import Article, Figure, Park

pytestmark = pytest.mark.django_db


def records(pk):
    return list(Figure.history.filter(id=pk).order_by("history_date", "history_id"))


def test_it_writes_no_history_for_figures_at_import(archive):
    assert Figure.objects.exists()
    assert not Figure.history.exists()


def test_a_first_change_records_the_imported_value_before_the_change(archive):
    figure = Figure.objects.exclude(metric="").first()
    imported_metric, imported_value = figure.metric, figure.value
    figure.metric, figure.editor_touched = "编辑改过的指标", True
    figure.save()
    first, change = records(figure.pk)
    assert (first.history_type, first.history_change_reason) == ("+", "导入")
    assert (first.metric, first.value, first.editor_touched) == (imported_metric, imported_value, False)
    assert (change.history_type, change.metric, change.editor_touched) == ("~", "编辑改过的指标", True)


def test_a_second_change_adds_only_its_own_record(archive):
    figure = Figure.objects.first()
    figure_curation.set_figure_status([figure], Figure.Status.CONFIRMED)
    figure_curation.set_figure_status([figure], Figure.Status.REJECTED)
    assert [r.history_type for r in records(figure.pk)] == ["+", "~", "~"]
    assert [r.status for r in records(figure.pk)] == ["extracted", "confirmed", "rejected"]


def test_a_deleted_untouched_figure_keeps_its_imported_value(archive):
    figure = Figure.objects.first()
    pk, value = figure.pk, figure.value
    figure.article.delete()  # a cascade, as a queryset delete
    first, deletion = records(pk)
    assert (first.history_type, first.value) == ("+", value)
    assert deletion.history_type == "-"


def test_a_reparse_records_the_replaced_figures_and_keeps_the_corrections(archive):
    article = Article.objects.annotate(n=Count("figures")).filter(n__gte=2).first()
    edited, untouched = list(article.figures.order_by("start"))[:2]
    edited.metric, edited.editor_touched = "编辑改过的指标", True
    edited.save()
    call_command("import_pages", "fixtures/pages", "--reparse", verbosity=0)
    assert [r.history_type for r in records(edited.pk)] == ["+", "~"]
    assert Figure.objects.get(pk=edited.pk).metric == "编辑改过的指标"
    assert [r.history_type for r in records(untouched.pk)] == ["+", "-"]


def test_a_park_merge_records_the_figures_imported_park_first(archive):
    figure = Figure.objects.filter(park__isnull=False).first()
    source, imported_park = figure.park, figure.park_id
    target = Park.objects.exclude(pk=imported_park).first()
    curation.merge_park(source, target)
    assert Figure.objects.get(pk=figure.pk).park_id == target.pk
    (first,) = records(figure.pk)
    assert (first.history_type, first.park_id) == ("+", imported_park)

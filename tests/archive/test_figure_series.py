"""The parks' figure series the triggers keep (``archive.figure_counting``: per park, metric,
base unit and year, the number of public figures and the largest value) equal the series
grouped afresh after every kind of change: import, publish and unpublish (one by one and
in bulk), editors' confirmations, rejections and corrections (value, year, metric, park),
re-parse, deletes, a park merge, and a migrated archive's first count."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from archive import curation, figure_counting, figure_curation
from archive.models import Article, Figure, FigureSeries, Park, SourcePage
from archive.pipeline.reparse import reparse_page

pytestmark = pytest.mark.django_db


def assert_series_are_fresh():
    stored, fresh = figure_counting.stored_series(), figure_counting.fresh_series()
    assert stored == fresh
    assert figure_counting.stale_dates() == 0  # each figure carries its article's date
    return stored


def public_figures():
    return Figure.objects.public().filter(park__isnull=False)


def series_key(figure):
    return (figure.park_id or 0, figure.metric, figure.metric_class, figure.base_unit, figure.year or 0)


def a_series_of_several(status=None):
    """The figures of the series with most public figures (a park, metric, unit and year)."""
    key = (
        public_figures()
        .values("park_id", "metric", "metric_class", "base_unit", "year")
        .annotate(n=Count("id"))
        .order_by("-n", "park_id")
        .first()
    )
    key.pop("n")
    return public_figures().filter(**key).order_by("-base_value", "id")


def test_it_counts_an_import(archive):
    series = assert_series_are_fresh()
    assert sum(n for n, _top in series.values()) == Figure.objects.public().count() > 20
    assert any(year for (_park, _metric, _class, _unit, year) in series)


def test_it_follows_publishing_and_unpublishing_one_by_one_and_in_bulk(archive):
    some = list(archive.filter(figures__park__isnull=False).distinct()[:6])
    curation.set_status(some[:3], Article.Status.REJECTED)
    assert_series_are_fresh()
    Article.objects.filter(pk__in=[a.pk for a in some[3:]]).update(status=Article.Status.REVIEW)
    assert_series_are_fresh()
    Article.objects.filter(pk__in=[a.pk for a in some]).update(status=Article.Status.PUBLISHED)
    assert_series_are_fresh()


def test_it_follows_rejecting_and_confirming_the_largest_figure_of_a_series(archive):
    largest, *rest = a_series_of_several()
    figure_curation.set_figure_status([largest], Figure.Status.REJECTED)
    series = assert_series_are_fresh()
    key = series_key(largest)
    if rest:
        assert series[key][1] == rest[0].base_value
    figure_curation.set_figure_status([largest], Figure.Status.CONFIRMED)
    assert assert_series_are_fresh()[key][1] == largest.base_value


def test_it_follows_rejections_in_bulk(archive):
    Figure.objects.filter(pk__in=public_figures().values("pk")[:30]).update(status=Figure.Status.REJECTED)
    assert_series_are_fresh()
    Figure.objects.filter(status=Figure.Status.REJECTED).update(status=Figure.Status.CONFIRMED)
    assert_series_are_fresh()


def test_it_follows_an_editors_corrections_of_value_year_metric_and_park(archive):
    largest = a_series_of_several().first()
    largest.base_value = largest.base_value / 1000  # a wrong unit corrected: no longer the largest
    largest.save()
    assert_series_are_fresh()
    largest.base_value = largest.base_value * 10**6
    largest.save()
    assert_series_are_fresh()
    largest.year = 1999
    largest.save()
    assert_series_are_fresh()
    largest.metric = "编辑改过的指标"
    largest.save()
    assert_series_are_fresh()
    largest.metric_class = (
        Figure.MetricClass.OTHER if largest.metric_class != Figure.MetricClass.OTHER else Figure.MetricClass.OUTPUT
    )
    largest.save()
    assert series_key(largest) in assert_series_are_fresh()
    largest.park = Park.objects.exclude(pk=largest.park_id).first()
    largest.save()
    assert_series_are_fresh()
    largest.park = None
    largest.year = None
    largest.save()
    assert_series_are_fresh()


def test_it_follows_one_statement_moving_a_whole_series(archive):
    series = a_series_of_several()
    keys = list(series.values_list("pk", flat=True))
    Figure.objects.filter(pk__in=keys).update(year=1998)
    assert_series_are_fresh()
    Figure.objects.filter(pk__in=keys).delete()
    assert_series_are_fresh()


def test_it_copies_an_articles_new_date_onto_its_figures(archive):
    article = archive.filter(figures__isnull=False).first()
    article.published_on = datetime.date(1999, 9, 9)
    article.save()
    assert set(article.figures.values_list("article_date", flat=True)) == {datetime.date(1999, 9, 9)}
    Article.objects.filter(pk=article.pk).update(published_on=None)
    assert set(article.figures.values_list("article_date", flat=True)) == {None}
    assert_series_are_fresh()


def test_a_figure_saved_from_an_instance_without_the_date_keeps_its_date(archive):
    figure = Figure.objects.filter(article__published_on__isnull=False).first()
    figure.article_date = None  # as in a Figure made in Python before the database set it
    figure.year = 1997
    figure.save()
    figure.refresh_from_db()
    assert figure.article_date == figure.article.published_on
    assert_series_are_fresh()


def test_it_follows_a_reparse(archive):
    Article.objects.filter(pk__in=archive.values("pk")[:5]).update(status=Article.Status.IMPORTED)
    for page in SourcePage.objects.all():
        reparse_page(page)
    assert_series_are_fresh()


def test_it_follows_article_deletes(archive):
    archive.filter(figures__park__isnull=False).first().delete()
    assert_series_are_fresh()
    Article.objects.filter(pk__in=list(archive.values_list("pk", flat=True)[:4])).delete()
    assert_series_are_fresh()


def test_it_follows_a_park_merge(archive):
    source, target = Park.objects.filter(pk__in=public_figures().values("park_id")).order_by("pk")[:2]
    curation.merge_park(source, target)
    series = assert_series_are_fresh()
    assert not any(park == source.pk for park, _metric, _class, _unit, _year in series)


def test_a_recount_repairs_series_that_drifted(archive):
    FigureSeries.objects.update(n=1, top=0)
    assert figure_counting.stored_series() != figure_counting.fresh_series()
    Figure.objects.update(article_date=None)  # not a date change: the triggers put the dates back
    assert figure_counting.stale_dates() == 0
    with pytest.raises(CommandError, match="数字序列"):
        call_command("recount_articles", "--check", stdout=io.StringIO())
    call_command("recount_articles", stdout=io.StringIO())
    assert_series_are_fresh()


def test_install_counts_the_figures_an_archive_already_has(archive):
    figure_counting.uninstall()
    FigureSeries.objects.all().delete()
    figure_counting.install()
    assert assert_series_are_fresh()


def test_figures_without_a_park_are_counted_under_park_zero(archive):
    figure = public_figures().first()
    figure.park = None
    figure.save()
    series = assert_series_are_fresh()
    assert series[series_key(figure)][0] >= 1 and series_key(figure)[0] == FigureSeries.NO_PARK
    figure.article.status = Article.Status.REVIEW
    figure.article.save()
    assert_series_are_fresh()

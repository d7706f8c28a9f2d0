"""0014: the figure series by metric class, figures without a park under park 0. An archive
migrated past 0012 has the series' triggers of then in place, which name the series'
table (SQLite refuses to rebuild a table while a trigger names it): it migrates, and its
series are counted afresh, figures without a park included."""

import datetime

import pytest
from django.db import connection

from archive import counting, figure_counting
from tests.migrating import migrate, migrate_to_latest

BEFORE = [("archive", "0013_province_year_counts")]


@pytest.fixture
def archive_at_0013(transactional_db):
    apps = migrate(BEFORE)
    Article, Figure = apps.get_model("archive", "Article"), apps.get_model("archive", "Figure")
    article = Article.objects.create(headline="光谷产值", status="published", published_on=datetime.date(2021, 3, 1))
    for value, metric_class in [(4600e8, "产值"), (1200, "企业数")]:  # no park: counted from 0014 on
        Figure.objects.create(article=article, value="1", unit="家", base_value=value, base_unit="元",
                              metric_class=metric_class, quote="", year=2021)  # fmt: skip
    # A trigger of then, as 0012 left it: it names the series' table and its old columns.
    create, drop = counting.ENGINES[connection.vendor]
    statement = "UPDATE archive_figureseries SET n = n - 1 WHERE park_id = OLD.park_id AND metric = OLD.metric"
    with connection.cursor() as cursor:
        for sql in drop("figure_delete", "archive_figure") + create(
            "figure_delete", "AFTER", "DELETE", "archive_figure", None, [statement]
        ):
            cursor.execute(sql)
    yield
    migrate_to_latest()


def test_an_archive_with_the_old_series_triggers_migrates_and_is_counted_afresh(archive_at_0013):
    migrate_to_latest()
    series = figure_counting.stored_series()
    assert series == figure_counting.fresh_series()
    assert {key[2] for key in series} == {"产值", "企业数"} and {key[0] for key in series} == {0}

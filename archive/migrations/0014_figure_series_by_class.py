"""The figure series also by metric class, and the figures without a park counted under
park 0 (``archive.figure_counting``), so that ``/figures/`` reads its counts by park,
province, metric, class and year from these rows instead of counting the figures (0.6 s
of CPU for one class at 100,000 articles, growing with the archive). Re-creates the
triggers and counts every series afresh for the figures an archive already has."""

from django.db import migrations, models


def install(apps, schema_editor):
    from archive import figure_counting

    figure_counting.install(schema_editor.connection.alias)


def drop_triggers(apps, schema_editor):
    # An archive past 0012 has the series' triggers of then; SQLite rebuilds the table below
    # and refuses while triggers name it. Dropped by name, whatever their code.
    from archive import figure_counting

    figure_counting.uninstall(schema_editor.connection.alias)


def uninstall(apps, schema_editor):
    # The triggers are today's code: going back, they go, with the rows they kept (migrate
    # forward again to count afresh).
    from archive import figure_counting

    figure_counting.uninstall(schema_editor.connection.alias)
    apps.get_model("archive", "FigureSeries").objects.using(schema_editor.connection.alias).all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0013_province_year_counts"),
    ]

    operations = [
        migrations.RunPython(drop_triggers, migrations.RunPython.noop),
        migrations.RemoveConstraint(
            model_name="figureseries",
            name="figureseries_unique",
        ),
        migrations.AddField(
            model_name="figureseries",
            name="metric_class",
            field=models.CharField(default="", max_length=8, verbose_name="指标类别"),
        ),
        migrations.AlterField(
            model_name="figureseries",
            name="park_id",
            field=models.IntegerField(help_text="0：未归属园区。", verbose_name="园区"),
        ),
        migrations.AddConstraint(
            model_name="figureseries",
            constraint=models.UniqueConstraint(
                fields=("park_id", "metric", "metric_class", "base_unit", "year"), name="figureseries_unique"
            ),
        ),
        migrations.RunPython(install, uninstall),
    ]

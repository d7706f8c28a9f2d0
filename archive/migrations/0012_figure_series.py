"""The parks' figure series and each figure's copy of its article's date (new figures are
counted and dated by whoever inserts them, changes and deletes followed by triggers:
``archive.figure_counting``; today's are installed, counted and copied afresh for the
figures an archive already has by 0014), and the newest-first indexes."""

from django.db import migrations, models


def install(apps, schema_editor):
    # Today's triggers and counts need the series' later columns: 0014 installs them (and
    # counts every series afresh); an archive migrated past this one before had them here.
    pass


def uninstall(apps, schema_editor):
    from archive import figure_counting

    figure_counting.uninstall(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0011_published_counts"),
    ]

    operations = [
        migrations.AddField(
            model_name="figure",
            name="article_date",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="文章日期"),
        ),
        migrations.AddField(
            model_name="historicalfigure",
            name="article_date",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="文章日期"),
        ),
        migrations.CreateModel(
            name="FigureSeries",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("park_id", models.IntegerField(verbose_name="园区")),
                ("metric", models.CharField(blank=True, max_length=40, verbose_name="指标")),
                ("base_unit", models.CharField(max_length=20, verbose_name="基本单位")),
                ("year", models.PositiveSmallIntegerField(help_text="0：年份不详。", verbose_name="年份")),
                ("n", models.IntegerField(default=0, verbose_name="数字个数")),
                ("top", models.FloatField(null=True, verbose_name="最大换算值")),
            ],
            options={
                "verbose_name": "园区数字序列",
                "verbose_name_plural": "园区数字序列",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("park_id", "metric", "base_unit", "year"), name="figureseries_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
        migrations.AddIndex(
            model_name="figure",
            index=models.Index(fields=["park", "article_date", "id"], name="figure_park_date"),
        ),
        migrations.AddIndex(
            model_name="figure",
            index=models.Index(fields=["article_date", "id"], name="figure_date"),
        ),
    ]

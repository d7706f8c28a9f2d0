"""Published articles per province and year kept by the triggers too (``archive.counting``,
scope ``year``): the province page's articles over the years, read instead of counted from
the province's articles on every cold visit. And the counts' generation (scope
``generation``), bumped by every trigger that moves a count or changes a park as the maps
show it (``stats.counts_version``). Re-creates the triggers and counts everything
afresh, the new rows included, for the articles an archive already has."""

from django.db import migrations, models


def install(apps, schema_editor):
    from archive import counting

    counting.install(schema_editor.connection.alias)


def forget_years(apps, schema_editor):
    # The triggers are today's code either way; going back, only the rows 0011 had no use for go.
    apps.get_model("archive", "PublishedCount").objects.using(schema_editor.connection.alias).filter(
        scope__in=["year", "generation"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0012_figure_series"),
    ]

    operations = [
        migrations.AlterField(
            model_name="publishedcount",
            name="scope",
            field=models.CharField(
                choices=[
                    ("articles", "文章"),
                    ("park", "园区"),
                    ("province", "省份"),
                    ("reporter", "记者"),
                    ("year", "省份·年份"),
                    ("generation", "计数版本"),
                ],
                max_length=10,
                verbose_name="范围",
            ),
        ),
        migrations.RunPython(install, forget_years),
    ]

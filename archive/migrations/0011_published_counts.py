"""Published-article counts kept by triggers (``archive.counting``), counted afresh for the
articles an archive already has. Changing the triggers later takes a migration that runs
``counting.install`` again."""

from django.db import migrations, models


def install(apps, schema_editor):
    from archive import counting

    counting.install(schema_editor.connection.alias)


def uninstall(apps, schema_editor):
    from archive import counting

    counting.uninstall(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0010_database_cache_table"),
    ]

    operations = [
        migrations.CreateModel(
            name="PublishedCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "scope",
                    models.CharField(
                        choices=[("articles", "文章"), ("park", "园区"), ("province", "省份"), ("reporter", "记者")],
                        max_length=10,
                        verbose_name="范围",
                    ),
                ),
                ("kind", models.CharField(blank=True, max_length=20, verbose_name="园区类别")),
                ("name", models.CharField(blank=True, max_length=100, verbose_name="对象")),
                ("n", models.IntegerField(default=0, verbose_name="已发布文章数")),
            ],
            options={
                "verbose_name": "已发布文章计数",
                "verbose_name_plural": "已发布文章计数",
                "constraints": [
                    models.UniqueConstraint(fields=("scope", "kind", "name"), name="publishedcount_unique")
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]

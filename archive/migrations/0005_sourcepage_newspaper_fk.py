from django.db import migrations


class Migration(migrations.Migration):
    """The free-text newspaper name is now in ``paper`` (a Newspaper); the field takes its name."""

    dependencies = [("archive", "0004_pages_into_newspapers")]

    operations = [
        migrations.RemoveField(model_name="sourcepage", name="newspaper"),
        migrations.RenameField(model_name="sourcepage", old_name="paper", new_name="newspaper"),
    ]

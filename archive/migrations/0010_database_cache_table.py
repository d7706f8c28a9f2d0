"""The database cache's table, where the settings put the cache in the database (on a
database server, so that every web host sees the same cached counts): made by ``migrate``
itself, so that any command run after it (``load_parks``, an import) finds it, not only
after ``setup_archive``. Nothing to do with the file cache of the embedded archive."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("archive", "0009_figures_companies")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]

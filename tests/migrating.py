"""Moving the test database along its migrations, for the tests of data migrations."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate the test database to ``targets``; the apps (historical models) as they are there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_to_latest():
    """Back to the latest schema (every leaf), as the tests after a migration test need it."""
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

"""Databases of their own for tests that run ``manage.py`` in subprocesses (backup, crash
recovery): each such archive needs its own empty database on the backend under test.

On SQLite that is the data dir's file (``DATABASE_URL`` empty: the settings' default); on
PostgreSQL a new database on the test run's server, dropped afterwards.
"""

import sqlite3
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.db import connection


def on_postgresql():
    return connection.vendor == "postgresql"


class ScratchDatabase:
    """An empty database for the archive in ``data_dir``: ``url`` for ``DATABASE_URL``,
    ``scalar(sql)`` to look into it from the test while another process writes."""

    def __init__(self, data_dir, url):
        self.data_dir = Path(data_dir)
        self.url = url

    def scalar(self, sql):
        """The first column of the first row; 0 while the table does not exist yet or is locked."""
        if not self.url:
            db = sqlite3.connect(f"file:{self.data_dir / 'archive.sqlite3'}?mode=ro", uri=True, timeout=10)
            try:
                return db.execute(sql).fetchone()[0]
            except sqlite3.OperationalError:
                return 0
            finally:
                db.close()
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as db:
            try:
                return db.execute(sql).fetchone()[0]
            except psycopg.errors.UndefinedTable:
                return 0


def _server(settings_dict, dbname=""):
    from urllib.parse import quote

    user = quote(settings_dict["USER"] or "", safe="")
    password = quote(settings_dict["PASSWORD"] or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict["HOST"] or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
    return f"postgres://{auth}{host}{port}/{dbname}"


@contextmanager
def scratch_database(data_dir):
    """Yield a ``ScratchDatabase`` for the archive in ``data_dir``; drop it afterwards."""
    if not on_postgresql():
        yield ScratchDatabase(data_dir, "")
        return
    import psycopg

    name = f"scratch_{uuid.uuid4().hex[:12]}"
    maintenance = _server(connection.settings_dict, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield ScratchDatabase(data_dir, _server(connection.settings_dict, name))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as admin:
            # FORCE: sessions of a process the test killed may linger for a moment.
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

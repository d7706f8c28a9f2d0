"""What the benchmarks report about the database, on SQLite and on PostgreSQL.

``database_mb`` and ``index_mb`` need Django set up. ``server_cpu_s`` reads /proc for the PostgreSQL
server whose data directory ``BENCH_PG_DATA`` names (its postmaster and the postmaster's
children); it is 0 without it, e.g. on SQLite, where the database's work is in the
benchmark's own processes.
"""

import os
from pathlib import Path


def database_mb():
    """The archive's database: the SQLite file, or ``pg_database_size`` (tables, indexes, TOAST)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return round(Path(connection.settings_dict["NAME"]).stat().st_size / 2**20, 1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return round(cursor.fetchone()[0] / 2**20, 1)


def index_mb():
    """The search index: the PostgreSQL engine's table with its indexes, or the Whoosh folder."""
    from django.conf import settings
    from django.db import connection

    if getattr(settings, "SEARCH_BACKEND", "whoosh") == "postgres":
        from search.backends.postgres import schema

        with connection.cursor() as cursor:
            cursor.execute("SELECT coalesce(pg_total_relation_size(to_regclass(%s)), 0)", [schema.TABLE])
            return round(cursor.fetchone()[0] / 2**20, 1)
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def server_cpu_s():
    """CPU seconds (user + system) used so far by the local PostgreSQL server's processes."""
    data = os.environ.get("BENCH_PG_DATA")
    if not data:
        return 0.0
    postmaster = (Path(data) / "postmaster.pid").read_text().split()[0]
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if proc.name == postmaster:
            # utime, stime, cutime, cstime: the last two are the backends that have exited
            total += sum(int(f) for f in fields[11:15])
        elif fields[1] == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")

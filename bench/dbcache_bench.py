"""The database cache's writes on a full table: Django's ``DatabaseCache`` against
``archive.dbcache.DatabaseCache``, on the archive's database (PostgreSQL: ``DATABASE_URL``).

    DJANGO_ALLOWED_HOSTS=testserver .venv/bin/python bench/dbcache_bench.py [--entries 50000] [--parks 40] [--rounds 2]

Fills the cache table with ``--entries`` filler entries (2 kB each, as the archive's
panels are a few kB; the settings keep up to 50,000; vacuumed unless ``--no-vacuum``), then, for each backend in turn and
for ``--rounds`` rounds, drops every other entry and visits ``--parks`` park pages 1 with
Django's test client (a first visit: their panels are computed and written), and times
``--writes`` single writes. Prints one JSON object: wall ms p50/p95 of the pages, SQL
statements a page, ms a write. The filler entries are deleted at the end.
"""

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BACKENDS = {"django": "django.core.cache.backends.db.DatabaseCache", "archive": "archive.dbcache.DatabaseCache"}


def pct(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round((len(values) - 1) * p / 100)))], 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--parks", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--writes", type=int, default=50)
    parser.add_argument(
        "--no-vacuum", action="store_true", help="leave the filled table unvacuumed (as between autovacuum's runs)"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.models import Park

    assert connection.vendor != "sqlite", "the database cache is the cache on a database server (DATABASE_URL)"
    table = settings.CACHES["default"]["LOCATION"]
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")
        cursor.execute(
            f"INSERT INTO {table} SELECT 'filler:' || g, repeat('x', 2000), now() + interval '1 day' "
            "FROM generate_series(1, %s) g",
            [args.entries],
        )
        if not args.no_vacuum:
            cursor.execute(f"VACUUM ANALYZE {table}")
    slugs = list(Park.objects.order_by("id").values_list("slug", flat=True))
    results = {name: {"page_ms": [], "statements": [], "write_ms": []} for name in BACKENDS}
    client = Client()
    client.get("/")  # start-up costs out of the way
    for r in range(args.rounds):
        for name, backend in BACKENDS.items():
            module, _, cls = backend.rpartition(".")
            params = {k: v for k, v in settings.CACHES["default"].items() if k not in ("BACKEND", "LOCATION")}
            cache = getattr(importlib.import_module(module), cls)(table, params)
            caches._connections.default = cache  # what django.core.cache.cache resolves to
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {table} WHERE cache_key NOT LIKE 'filler:%%'")
            assert caches["default"] is cache
            start = (r * len(BACKENDS) + list(BACKENDS).index(name)) * args.parks
            for slug in (slugs * 3)[start : start + args.parks]:
                with CaptureQueriesContext(connection) as queries:
                    t = time.perf_counter()
                    response = client.get(f"/parks/{slug}/")
                    results[name]["page_ms"].append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, slug
                results[name]["statements"].append(len(queries))
            for n in range(args.writes):
                t = time.perf_counter()
                cache.set(f"bench:{r}:{n}", {"n": n, "html": "y" * 2000})
                results[name]["write_ms"].append((time.perf_counter() - t) * 1000)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE cache_key LIKE 'filler:%%' OR cache_key LIKE '%%bench:%%'")
    out = {"entries": args.entries, "parks": args.parks, "rounds": args.rounds, "vacuumed": not args.no_vacuum}
    out["load"] = os.getloadavg()
    for name, r in results.items():
        out[name] = {
            "page_p50_ms": pct(r["page_ms"], 50),
            "page_p95_ms": pct(r["page_ms"], 95),
            "statements_a_page": statistics.median(r["statements"]),
            "write_p50_ms": pct(r["write_ms"], 50),
            "write_p95_ms": pct(r["write_ms"], 95),
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

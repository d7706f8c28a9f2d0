"""The PostgreSQL engine's pages with and without its bounded candidates, on one database.

    DATABASE_URL=postgres://… SEARCH_BACKEND=postgres BENCH_PG_DATA=… \\
      .venv/bin/python bench/pg_rank_compare.py [--rounds 1] [--pages 2]

For every distinct query of ``search_bench``'s mix (its parks and provinces read from the
database), ``backend.run`` as it runs - its page ranked among the lists of ``impacts``
when they prove it exact - and again with ``_bounded_page`` switched off, which ranks
every match (the ranking before the lists). Reports, per query, whether the lists answered,
whether count, page ids and facets are identical, and the wall and PostgreSQL server CPU ms
of each (``BENCH_PG_DATA``: ``bench/dbsize.py``), alternating the two ``--rounds`` times.
Answers kept in the cache are not involved (``backend.run`` directly). Prints JSON lines.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")


def timed(run, *args, **kwargs):
    from dbsize import server_cpu_s

    cpu, wall = server_cpu_s(), time.perf_counter()
    found = run(*args, **kwargs)
    return found, round((time.perf_counter() - wall) * 1000, 1), round((server_cpu_s() - cpu) * 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--pages", type=int, default=2, help="pages of 20 compared per query")
    args = parser.parse_args()
    import django

    django.setup()
    from search_bench import distinct, fixed_queries

    from search.backends import get_backend
    from search.backends.postgres.backend import PostgresBackend
    from search.forms import SearchForm
    from search.query import _search_args

    backend = get_backend()
    bounded_page = PostgresBackend._bounded_page
    same_all = True
    for cls, q, params in distinct(fixed_queries(1, 1)):
        form = SearchForm({"q": q, **params})
        assert form.is_valid(), form.errors
        parsed, filters, _sort = _search_args(q, form.filters(), "relevance")
        compiled = backend.compile(parsed, filters)
        for page in range(args.pages):
            row = {"class": cls, "q": q, "params": params, "page": page + 1, "lists": [], "all": []}
            for _ in range(args.rounds):
                for name, method in (("lists", bounded_page), ("all", lambda *a: None)):
                    PostgresBackend._bounded_page = method
                    found, wall, cpu = timed(backend.run, compiled, offset=20 * page, limit=20)
                    row[name].append({"ms": wall, "server_cpu_ms": cpu})
                    row[f"found_{name}"] = found
            PostgresBackend._bounded_page = bounded_page
            answered = bounded_page(backend, compiled, 20 * page, 20) is not None
            a, b = row.pop("found_lists"), row.pop("found_all")
            row.update(
                answered_by_lists=answered,
                count=a.count,
                same_count=a.count == b.count,
                same_ids=a.ids == b.ids,
                same_facets=a.facets == b.facets,
            )
            same_all = same_all and row["same_count"] and row["same_ids"] and row["same_facets"]
            print(json.dumps(row, ensure_ascii=False), flush=True)
    print(json.dumps({"all_identical": same_all, "loadavg": os.getloadavg()}))


if __name__ == "__main__":
    main()

"""Facet counts of the embedded engine: CPU time of counting the six facets of a match set.

    ARCHIVE_DATA_DIR=DIR .venv/bin/python bench/facet_bench.py [--reps 7] [--every 8]

DIR is a data dir with a published archive and its Whoosh index (``bench/import_bench.py
--publish --keep DIR``, then ``manage.py search_rebuild``); nothing is written to it. Two
kinds of match sets, as the site counts them:

* each distinct query of ``search_bench``'s mix (the search page: ``facet_limit`` 30);
* every ``--every``-th park's articles (a park page's side panel: years, reporters and
  neighbouring parks from ``search.query.facet_counts``, limit 1000).

The matches are found once; then the counting of all of ``search.backends.base.FACETS``
is timed with ``time.process_time`` (the best of ``--reps``, so the load of a shared
machine shows less). Prints one JSON object. Not a test: no assertions on time.
"""

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def best_ms(fn, reps):
    times = []
    for _ in range(reps):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return round(min(times) * 1000, 3)


def spread(values):
    values = sorted(values)
    return {
        "n": len(values),
        "sum": round(sum(values), 1),
        "p50": values[len(values) // 2],
        "p95": values[int(len(values) * 0.95)],
        "max": values[-1],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--every", type=int, default=8, help="time every n-th park (by id)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ.setdefault("SEARCH_INDEX_WRITER", "0")
    import django

    django.setup()
    from search_bench import distinct, fixed_queries

    from archive.models import Park
    from search import query
    from search.backends import get_backend
    from search.backends.base import FACETS

    backend = get_backend()
    backend.warm()
    snap = backend.snapshot()

    def timed(filters, parsed, limit):
        compiled = backend.compile(parsed, filters)
        hits = snap.run(compiled)
        return len(hits), best_ms(lambda: [snap.facet_counts(hits, f.field, limit) for f in FACETS], args.reps)

    keys = {"park": "parks", "province": "provinces", "year": "years"}
    mix = {}
    for _cls, q, params in distinct(fixed_queries(1, 1)):
        filters = query.Filters(**{keys[k]: [v] for k, v in params.items()})
        label = q + (" " + json.dumps(params, ensure_ascii=False, sort_keys=True) if params else "")
        mix[label] = timed(filters, query.parse(q), 30)
    parks = {}
    for slug in Park.objects.order_by("pk").values_list("slug", flat=True)[:: args.every]:
        parks[slug] = timed(query.Filters(parks=[slug]), query.ParsedQuery(), 1000)
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()} {os.cpu_count()} cpus",
                "loadavg": os.getloadavg(),
                "mix_ms": spread([ms for _n, ms in mix.values()]),
                "parks_ms": spread([ms for _n, ms in parks.values()]),
                "mix": {label: {"hits": n, "ms": ms} for label, (n, ms) in mix.items()},
            },
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()

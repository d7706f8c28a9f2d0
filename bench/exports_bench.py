"""Export benchmark: time, CPU and memory of ``/export/articles.<fmt>`` at several row caps.

    ARCHIVE_DATA_DIR=/path/to/data .venv/bin/python bench/exports_bench.py [--reps 3] [--json FILE]

Runs against an existing archive (``bench/import_bench.py --publish --keep DIR``, then
``manage.py search_rebuild`` for the search exports) with Django's test client and the
production settings. Every export - CSV, JSON Lines and RIS of a search result set (``q``),
of the park and of the reporter with the most articles, and of the whole archive - is run
in a fresh process per row cap (``ARCHIVE_EXPORT_MAX_ROWS``, default caps 1,000, 10,000
and 100,000), which first makes one small export of the same set (cap 100: the search
index's arrays, URL resolvers, the first SQLite pages; what a preloaded gunicorn worker
has before its first download), then reports:

- ``first_chunk_s``: time to the first chunk of the body (what a reader waits for before
  the download starts);
- ``wall_s`` / ``cpu_s``: to the last byte, wall clock and the process's CPU time (SQLite
  runs in-process, so this is the whole server cost; the steadier figure on a shared
  machine), best and worst of ``--reps`` runs at the target cap, one run at the others;
- ``rss_growth_mb``: the process's peak resident memory during the first timed run minus
  its resident memory before it (the kernel's high-water mark, reset through
  ``/proc/self/clear_refs``);
- ``python_peak_mb``: the peak of Python allocations while streaming (``tracemalloc``, a
  separate run so the timing is not slowed).

Flat memory means the last two are about the same at every cap.
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 3.0  # a 10,000-row export, start to finish
TARGET_CAP = 10_000
FORMATS = ("csv", "jsonl", "ris")
SCOPES = ("search", "park", "reporter", "archive")
SEARCH_QUERY = "园区"


def _setup_django():
    if not os.environ.get("ARCHIVE_DATA_DIR"):
        raise SystemExit("set ARCHIVE_DATA_DIR to an archive made by bench/import_bench.py --keep")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["ARCHIVE_RATE_LIMITS"] = "0"  # measures speed, not the limits
    import django

    django.setup()


def _status_kb(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak_rss():
    # Linux: writing 5 resets the high-water mark (VmHWM) to the current RSS.
    Path("/proc/self/clear_refs").write_text("5")


def _export(client, fmt, params, measure_rss=False):
    rss_before = _status_kb("VmRSS")
    if measure_rss:
        _reset_peak_rss()
    t0, c0 = time.perf_counter(), time.process_time()
    response = client.get(f"/export/articles.{fmt}", params)
    if response.status_code != 200:
        raise SystemExit(f"{fmt} {params} answered {response.status_code}")
    chunks = iter(response.streaming_content)
    first = next(chunks)
    first_s = time.perf_counter() - t0
    size, last = len(first), first
    for chunk in chunks:
        size += len(chunk)
        last = chunk
    result = {
        "first_chunk_s": round(first_s, 3),
        "wall_s": round(time.perf_counter() - t0, 3),
        "cpu_s": round(time.process_time() - c0, 3),
        "bytes": size,
        "rows": int(re.search(r"导出 (\d+) 篇", last.decode("utf-8")).group(1)),
    }
    if measure_rss:
        result["rss_growth_mb"] = round((_status_kb("VmHWM") - rss_before) / 1024, 1)
    return result


def _python_peak_mb(client, fmt, params):
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get(f"/export/articles.{fmt}", params)
    for _chunk in response.streaming_content:
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def child(spec):
    """One export at one cap, in this (fresh) process; prints its numbers as JSON."""
    os.environ["ARCHIVE_EXPORT_MAX_ROWS"] = str(spec["cap"])
    _setup_django()
    from django.conf import settings
    from django.test import Client

    client = Client()
    fmt, params = spec["fmt"], spec["params"]
    settings.ARCHIVE_EXPORT_MAX_ROWS = min(100, spec["cap"])
    _export(client, fmt, params)  # warm-up (see the module's docstring)
    settings.ARCHIVE_EXPORT_MAX_ROWS = spec["cap"]
    runs = [_export(client, fmt, params, measure_rss=True)]
    runs += [_export(client, fmt, params) for _ in range(spec["reps"] - 1)]
    print(
        json.dumps(
            {
                "rows": runs[0]["rows"],
                "mb": round(runs[0]["bytes"] / 2**20, 1),
                "first_chunk_s": [r["first_chunk_s"] for r in runs],
                "wall_s": [r["wall_s"] for r in runs],
                "cpu_s": [r["cpu_s"] for r in runs],
                "rss_growth_mb": runs[0]["rss_growth_mb"],
                "python_peak_mb": _python_peak_mb(client, fmt, params),
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3, help="timed runs at the target cap (10,000)")
    parser.add_argument("--caps", default="1000,10000,100000", help="comma-separated row caps")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--scopes", default=",".join(SCOPES), help=f"some of {','.join(SCOPES)}")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(json.loads(args.child))

    _setup_django()
    from archive import stats
    from archive.models import Article, Byline, Park, Reporter

    counts = stats.park_article_counts()
    park = Park.objects.get(pk=max(counts, key=counts.get))
    by_reporter = {}
    for reporter_id in Byline.objects.filter(article__status="published").values_list("reporter_id", flat=True):
        by_reporter[reporter_id] = by_reporter.get(reporter_id, 0) + 1
    reporter = Reporter.objects.get(pk=max(by_reporter, key=by_reporter.get))
    scope_params = {
        "search": {"q": SEARCH_QUERY},
        "park": {"park": park.slug},
        "reporter": {"reporter": reporter.slug},
        "archive": {},
    }
    caps = [int(c) for c in args.caps.split(",")]
    results = {}
    for scope in args.scopes.split(","):
        for fmt in args.formats.split(","):
            name = f"{fmt}, {scope} {json.dumps(scope_params[scope], ensure_ascii=False)}"
            results[name] = {}
            for cap in caps:
                spec = {
                    "fmt": fmt,
                    "params": scope_params[scope],
                    "cap": cap,
                    "reps": args.reps if cap == TARGET_CAP else 1,
                }
                out = subprocess.run(
                    [sys.executable, __file__, "--child", json.dumps(spec)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                results[name][cap] = json.loads(out.strip().splitlines()[-1])
                print(name, f"cap {cap}:", json.dumps(results[name][cap]), flush=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {platform.python_implementation()} {platform.python_version()}",
        "load_average": os.getloadavg(),
        "articles": Article.objects.published().count(),
        "biggest_park": {"slug": park.slug, "articles": counts[park.pk]},
        "biggest_reporter": {"slug": reporter.slug, "articles": by_reporter[reporter.pk]},
        "target": f"{TARGET_CAP} rows in {TARGET_S} s",
        "results": results,
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

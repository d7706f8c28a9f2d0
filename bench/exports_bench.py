"""Export benchmark: time and memory of ``/export/articles.<fmt>`` at the row cap.

    ARCHIVE_DATA_DIR=/path/to/data .venv/bin/python bench/exports_bench.py [--reps 3] [--json FILE]

Runs in-process with Django's test client against an existing archive (``bench/import_bench.py
--publish --keep DIR``, then ``manage.py search_rebuild`` for the search exports), with the
production settings. For each export it reports the time to the first chunk of the body
(what a reader waits for before the download starts), the time to the last byte, the rows
and bytes, and - in a separate run under ``tracemalloc`` so the timing is not slowed - the
peak of Python memory allocated while streaming, at caps of 1,000 and of 10,000 rows: flat
memory means the two peaks are about the same.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 3.0  # a 10,000-row export, start to finish

EXPORTS = {
    "csv, whole archive (newest first)": ("csv", {}),
    "jsonl, whole archive": ("jsonl", {}),
    "ris, whole archive": ("ris", {}),
    "csv, search 园区 (index order)": ("csv", {"q": "园区"}),
    "csv, biggest park": ("csv", "park"),
}


def run(client, fmt, params):
    t0 = time.perf_counter()
    response = client.get(f"/export/articles.{fmt}", params)
    if response.status_code != 200:
        raise SystemExit(f"{fmt} {params} answered {response.status_code}")
    chunks = iter(response.streaming_content)
    first = next(chunks)
    first_s = time.perf_counter() - t0
    size = len(first) + sum(len(chunk) for chunk in chunks)
    return {"first_chunk_s": round(first_s, 3), "total_s": round(time.perf_counter() - t0, 3), "bytes": size}


def peak_mb(client, fmt, params):
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get(f"/export/articles.{fmt}", params)
    for _chunk in response.streaming_content:
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    if not os.environ.get("ARCHIVE_DATA_DIR"):
        raise SystemExit("set ARCHIVE_DATA_DIR to an archive made by bench/import_bench.py --keep")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["ARCHIVE_RATE_LIMITS"] = "0"  # measures speed, not the limits

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from archive import stats
    from archive.models import Article, Park

    counts = stats.park_article_counts()
    biggest = Park.objects.get(pk=max(counts, key=counts.get))
    client = Client()
    results = {}
    for name, (fmt, params) in EXPORTS.items():
        params = {"park": biggest.slug} if params == "park" else params
        runs = [run(client, fmt, params) for _ in range(args.reps)]
        settings.ARCHIVE_EXPORT_MAX_ROWS = 1_000
        small = peak_mb(client, fmt, params)
        settings.ARCHIVE_EXPORT_MAX_ROWS = 10_000
        large = peak_mb(client, fmt, params)
        results[name] = {
            "params": params,
            "first_chunk_s": max(r["first_chunk_s"] for r in runs),
            "total_s": {"best": min(r["total_s"] for r in runs), "worst": max(r["total_s"] for r in runs)},
            "mb": round(runs[0]["bytes"] / 2**20, 1),
            "python_peak_mb_at_cap_1000": small,
            "python_peak_mb_at_cap_10000": large,
        }
        print(name, json.dumps(results[name], ensure_ascii=False), flush=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {platform.python_implementation()} {platform.python_version()}",
        "articles": Article.objects.published().count(),
        "biggest_park": {"slug": biggest.slug, "articles": counts[biggest.pk]},
        "max_rows": 10_000,
        "target_s": TARGET_S,
        "results": results,
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

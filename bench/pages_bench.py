"""Reader pages benchmark: server time of the article, park, directory and home pages.

    ARCHIVE_DATA_DIR=/path/to/data .venv/bin/python bench/pages_bench.py [--samples 300] [--seed 1]

Runs in-process with Django's test client against an existing archive (make one with
``bench/import_bench.py --pages 20000 --publish --keep DIR``), with the production
settings (DEBUG off, the file cache in the data dir). "Server time" is the whole Django
request: middleware, queries, templates. For each kind of page it requests a seeded
random sample of URLs twice and reports p50/p95/p99/max of the first visit (per-object
caches cold) and of the repeat. The site-wide counts are computed once before timing
(reported as ``prime_ms``), as they would be after the first request of a deploy.

CPU time is reported beside the wall time (which is the load's on a shared machine): the
process's own (``cpu_p50``/``cpu_p95``: the whole request on SQLite, which runs
in-process) and, on PostgreSQL with ``BENCH_PG_DATA`` set (``bench/dbsize.py``), the
database server's, as a mean per request of each pass (``db_cpu_mean``).

``--kept-related`` draws the article sample from the articles whose related list is kept
and current (``search.related``), as on an archive whose lists have all been worked out
(``manage.py search_related``) while the backfill of a large archive is under way; read
as SQL, so that the same script times a tree without kept lists on the same articles.

``--no-related`` replaces the search engine's "more like this" with nothing, to separate
the article page's own cost from the search engine's (which has its own benchmark).
"""

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

METRIC_CLASSES = ["产值", "营收", "投资", "企业数", "增速"]
TARGETS_MS = {
    "article": 30,
    "park": 30,
    "park_page_n": 30,
    "reporter": 30,
    "directory": 50,
    "home": 50,
    "province": 50,
    "provinces": 50,
    "reporters": 50,
    "figures": 50,
    "figures_filtered": 50,
}


def percentiles(samples):
    ordered = sorted(samples)

    def pick(q):
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    return {
        "n": len(ordered),
        "p50": round(pick(0.50), 1),
        "p95": round(pick(0.95), 1),
        "p99": round(pick(0.99), 1),
        "max": round(ordered[-1], 1),
        "mean": round(statistics.fmean(ordered), 1),
    }


def timed_get(client, url, cpu):
    t0, c0 = time.perf_counter(), time.process_time()
    response = client.get(url)
    elapsed = (time.perf_counter() - t0) * 1000
    cpu.append((time.process_time() - c0) * 1000)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed


def timed_pass(client, urls):
    from dbsize import server_cpu_s

    cpu = []
    server0 = server_cpu_s()
    wall = percentiles([timed_get(client, url, cpu) for url in urls])
    own = percentiles(cpu)
    wall.update(cpu_p50=own["p50"], cpu_p95=own["p95"])
    wall["db_cpu_mean"] = round((server_cpu_s() - server0) / len(urls) * 1000, 1)
    wall["loadavg"] = os.getloadavg()[0]
    return wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=300, help="URLs per kind of page")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-related", action="store_true", help="skip more_like_this on the article page")
    parser.add_argument("--kept-related", action="store_true", help="sample articles with a kept related list")
    parser.add_argument("--kinds", help=f"comma-separated, some of {','.join(TARGETS_MS)} (default: all)")
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
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils.http import urlencode

    from archive import stats, views
    from archive.models import Article, Park, Reporter

    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest {% static %} needs
    if args.no_related:
        views.more_like_this = lambda article, limit=5: []

    rng = random.Random(args.seed)
    published = Article.objects.published()
    article_ids = list(published.values_list("id", flat=True))
    if args.kept_related:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT r.article_id FROM search_relatedlist r JOIN archive_article a ON a.id = r.article_id"
                " WHERE r.computed >= a.updated"
            )
            kept = {row[0] for row in cursor.fetchall()}
        article_ids = [pk for pk in article_ids if pk in kept]
    counts = stats.park_article_counts()
    covered = [slug for pk, slug in Park.objects.values_list("id", "slug") if counts.get(pk)]
    biggest = Park.objects.get(pk=max(counts, key=counts.get))
    provinces = sorted({p for p in Park.objects.values_list("province", flat=True) if p})
    reporters = list(
        Reporter.objects.filter(bylines__article__status="published").values_list("slug", flat=True).distinct()
    )

    urls = {
        "article": [
            reverse("archive:article", args=[pk]) for pk in rng.sample(article_ids, min(args.samples, len(article_ids)))
        ],
        "park": [reverse("archive:park", args=[s]) for s in rng.choices(covered, k=args.samples)],
        # deep pages of the most-covered park: the largest sort and count
        "park_page_n": [
            reverse("archive:park", args=[biggest.slug]) + f"?page={rng.randint(2, max(2, counts[biggest.pk] // 20))}"
            for _ in range(args.samples)
        ],
        "reporter": [reverse("archive:reporter", args=[s]) for s in rng.choices(reporters, k=args.samples)],
        "directory": [
            reverse("archive:park_directory") + rng.choice(["", "?kind=national_etdz"]) for _ in range(args.samples)
        ],
        "home": [reverse("archive:home")] * args.samples,
        # the map pages: a province's page (the directory filtered), the province list
        "province": [
            reverse("archive:park_directory") + "?" + urlencode({"province": rng.choice(provinces)})
            for _ in range(args.samples)
        ],
        "provinces": [reverse("archive:provinces")] * args.samples,
        "reporters": [
            reverse("archive:reporters") + rng.choice(["", "?q=l", "?letter=W", "?q=王"]) for _ in range(args.samples)
        ],
        # every public figure, newest article first (the default), its first pages
        "figures": [reverse("archive:figures") + f"?page={rng.randint(1, 5)}" for _ in range(args.samples)],
        "figures_filtered": [
            reverse("archive:figures")
            + "?"
            + urlencode(rng.choice([{"park": rng.choice(covered)}, {"metric_class": rng.choice(METRIC_CLASSES)}]))
            for _ in range(args.samples)
        ],
    }
    kinds = args.kinds.split(",") if args.kinds else list(urls)
    urls = {kind: urls[kind] for kind in kinds}

    client = Client()
    cache.clear()
    t0 = time.perf_counter()
    stats.totals()
    prime_ms = round((time.perf_counter() - t0) * 1000, 1)

    results = {}
    for kind, kind_urls in urls.items():
        first = timed_pass(client, kind_urls)
        repeat = timed_pass(client, kind_urls)
        results[kind] = {"first": first, "repeat": repeat, "target_p95_ms": TARGETS_MS[kind]}
        print(kind, json.dumps(results[kind]), flush=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load_average": os.getloadavg(),
        "commit": commit,
        "database": connection.vendor,
        "search_backend": getattr(settings, "SEARCH_BACKEND", "whoosh"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {platform.python_implementation()} {platform.python_version()}",
        "articles": len(article_ids),
        "parks_covered": len(covered),
        "biggest_park": {"slug": biggest.slug, "articles": counts[biggest.pk]},
        "reporters": len(reporters),
        "related": not args.no_related,
        "kept_related_sample": args.kept_related,
        "cache": type(cache).__name__,
        "prime_ms": prime_ms,
        "results": results,
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

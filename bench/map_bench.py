"""Map pages benchmark: server time of the park directory, the home page, a province's page,
the province list and the reporter directory, cold and warm.

    ARCHIVE_DATA_DIR=/path/to/data .venv/bin/python bench/map_bench.py [--rounds 5] [--warm 5] [--json FILE]

Runs in-process with Django's test client against an existing archive (``bench/import_bench.py
--publish --keep DIR`` and ``manage.py search_rebuild``) with the production settings
(DEBUG off, the file cache in the data dir). Each round first makes every count stale
(``archive.stats.invalidate()``, what saving any article does), then requests each page
once ("cold": what a save makes stale recomputed; the maps are kept by the counts'
generation, which only a change of a count or of a park moves: a save that moved no
count leaves them drawn) and
``--warm`` times more ("warm": from the cache), then empties the whole cache and requests
each page once more ("cold_all": everything recomputed and drawn again, as after a save
that changed a count; the pages after the first share what it computed, as they do after
a publish); after the rounds, ``--rounds`` times more, it empties the cache before each
page ("cold_alone": each page as the very first request after a count changed, sharing
nothing). Every
request is timed by the wall clock and by the process's CPU time (SQLite runs in-process,
so CPU time is the whole server cost and the steadier figure on a shared machine). The
province page is the one of the province with the most articles. The very first request
of each page in the process (before the rounds) is reported apart as ``process_first``.

Note: the benchmark writes to the archive's file cache (``cache/``) and collects static
files (``static/``); run it on a copy of an archive that must stay untouched.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_P95_MS = 50


def timed_get(client, url):
    t0, c0 = time.perf_counter(), time.process_time()
    response = client.get(url)
    wall, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return wall, cpu


def summary(samples):
    walls, cpus = sorted(s[0] for s in samples), sorted(s[1] for s in samples)

    def pick(values, q):
        return round(values[min(len(values) - 1, int(round(q * (len(values) - 1))))], 1)

    return {
        "n": len(samples),
        "wall_ms": {"p50": pick(walls, 0.5), "p95": pick(walls, 0.95), "max": round(walls[-1], 1)},
        "cpu_ms": {"p50": pick(cpus, 0.5), "p95": pick(cpus, 0.95), "max": round(cpus[-1], 1)},
        "mean_wall_ms": round(statistics.fmean(walls), 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="cold requests per page")
    parser.add_argument("--warm", type=int, default=5, help="warm requests per page and round")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    if not os.environ.get("ARCHIVE_DATA_DIR"):
        raise SystemExit("set ARCHIVE_DATA_DIR to an archive made by bench/import_bench.py --keep")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"

    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from django.utils.http import urlencode

    from archive import park_maps, stats
    from archive.models import Article

    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest {% static %} needs
    by_province = park_maps.province_counts()
    province = max(by_province, key=by_province.get)
    urls = {
        "directory /parks/": reverse("archive:park_directory"),
        "home /": reverse("archive:home"),
        f"province /parks/?province={province}": reverse("archive:park_directory")
        + "?"
        + urlencode({"province": province}),
        "province list /provinces/": reverse("archive:provinces"),
        "reporter directory /reporters/": reverse("archive:reporters"),
    }
    client = Client()

    def empty_caches():
        """The shared cache and what this process keeps by the counts' generation (as a count
        change makes it stale; ``stats.forget_kept``, where the code has it)."""
        cache.clear()
        getattr(stats, "forget_kept", lambda: None)()

    stats.invalidate()
    process_first = {name: timed_get(client, url) for name, url in urls.items()}
    cold, warm = {name: [] for name in urls}, {name: [] for name in urls}
    cold_all, cold_alone = {name: [] for name in urls}, {name: [] for name in urls}
    for _round in range(args.rounds):
        stats.invalidate()
        for name, url in urls.items():
            cold[name].append(timed_get(client, url))
            warm[name] += [timed_get(client, url) for _ in range(args.warm)]
        empty_caches()
        for name, url in urls.items():
            cold_all[name].append(timed_get(client, url))
    for _round in range(args.rounds):  # after the others: it leaves the cache nearly empty
        for name, url in urls.items():
            empty_caches()
            cold_alone[name].append(timed_get(client, url))
    results = {
        name: {
            "process_first_ms": {"wall": round(process_first[name][0], 1), "cpu": round(process_first[name][1], 1)},
            "cold": summary(cold[name]),
            "cold_all": summary(cold_all[name]),
            "cold_alone": summary(cold_alone[name]),
            "warm": summary(warm[name]),
            "target_p95_ms": TARGET_P95_MS,
        }
        for name in urls
    }
    for name, result in results.items():
        print(name, json.dumps(result), flush=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {platform.python_implementation()} {platform.python_version()}",
        "load_average": os.getloadavg(),
        "articles": Article.objects.published().count(),
        "province": {"name": province, "articles": by_province[province]},
        "results": results,
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

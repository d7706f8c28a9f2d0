"""Search benchmark: index build, query latency (in-process and over HTTP), size, memory.

    .venv/bin/python bench/search_bench.py --archive DIR [--label 10k] [--http] [--baseline-n 2000]

DIR is a data dir holding a published archive, e.g. one made by
``bench/import_bench.py --pages 2000 --publish --keep DIR`` (~10,000 articles; 20,000
pages give ~100,000). The archive's database is copied (SQLite backup API) into a work
dir, so DIR is never modified. With ``DATABASE_URL`` (PostgreSQL) the database is the
server's and is used as it is (``search_rebuild`` replaces its index table); the work dir
is a data dir for the static files and the cache. ``--no-build`` times the queries on the
index as it is. CPU time is reported beside wall time: the build's processes, the
gunicorn workers' and, with ``BENCH_PG_DATA`` (the server's data directory, see
``bench/dbsize.py``), the PostgreSQL server's. Steps, each in a fresh process:

1. ``manage.py search_rebuild`` (wall time, peak RSS) and the index size on disk;
2. a fixed, seeded query mix through ``search.query.search`` (parse, engine, facets,
   loading the page of articles, snippets): p50/p95/p99 per class and overall, once with
   the engine answering every search (``queries_engine``) and once as the site runs, with
   answers kept while the index is unchanged (``queries``);
3. with ``--http``: gunicorn (2 workers, preloaded, writer off) and the same mix against
   ``/api/search/``, the shared cache emptied first (else step 2 left every answer in it
   and the first runs are cache reads); latency percentiles and RSS per worker;
4. with ``--baseline-n N``: the naive setup - jieba's stock ``ChineseAnalyzer`` on one
   document field, haystack's stock Whoosh backend and defaults (stored, sortable text,
   spelling field) - indexing the first N articles through ``backend.update`` in
   batches of 1,000 as ``update_index`` does, and its query latency on the same mix.

Prints one JSON object. Not a test: no assertions on time.
"""

import argparse
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERY_MIX = {
    "one_word": ["张江", "创新", "瞪羚企业", "营商环境", "孵化器"],
    "two_words": ["拿地即开工 包头", "税务局 减税降费", "科技 金融"],
    "phrase": ['"拿地即开工"', "“知识价值信用贷款”", '"高质量发展"'],
    "park_filtered": [],  # filled with the three parks with most articles
    "faceted": [],  # a common word narrowed by province and year
    "rare": ["4191.83", "SMC", "于大勇", "京"],
    "very_common": ["发展", "企业", "高新区"],
}


def pct(values, p):
    values = sorted(values)
    if not values:
        return None
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return round((values[lo] + (values[hi] - values[lo]) * (k - lo)) * 1000, 1)


def summary(samples):
    out = {}
    for cls, values in samples.items():
        out[cls] = {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95), "p99": pct(values, 99)}
    every = [v for values in samples.values() for v in values]
    out["all"] = {"n": len(every), "p50": pct(every, 50), "p95": pct(every, 95), "p99": pct(every, 99)}
    return out


def env_for(data_dir, **extra):
    env = dict(os.environ)
    env.update(
        ARCHIVE_DATA_DIR=str(data_dir),
        DJANGO_SECRET_KEY="bench-" + "k" * 50,
        DJANGO_SETTINGS_MODULE="archive.settings",
        PYTHONWARNINGS="ignore",
        PYTHONPATH=str(ROOT),
        DJANGO_LOG_LEVEL="WARNING",
        SEARCH_INDEX_WRITER="0",
        ARCHIVE_RATE_LIMITS="0",
    )
    env.update(extra)
    return env


def run_phase(phase, data_dir, *args, env=None, script=__file__):
    """One step in a fresh process: this file's ``--phase PHASE``, or ``script`` (step 4)."""
    cmd = [sys.executable, script, "--phase", phase, "--archive", str(data_dir), *args]
    out = subprocess.run(cmd, env={**env_for(data_dir), **(env or {})}, cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"phase {phase} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def on_postgres():
    return os.environ.get("DATABASE_URL", "").startswith(("postgres", "pgsql"))


def copy_archive(source, work):
    work.mkdir(parents=True)
    if on_postgres():
        return
    src = sqlite3.connect(source / "archive.sqlite3")
    dst = sqlite3.connect(work / "archive.sqlite3")
    src.backup(dst)
    src.close()
    dst.close()


def du(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def cpu_s(usage):
    return usage.ru_utime + usage.ru_stime


# --- phases (run in child processes with Django set up) --------------------------------


def _setup():
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)  # the archive copy may predate a migration


def fixed_queries(seed, reps):
    from archive.models import ArticlePark, Park

    mix = {k: list(v) for k, v in QUERY_MIX.items()}
    from django.db.models import Count

    top = (
        ArticlePark.objects.values("park_id")
        .annotate(n=Count("id"))
        .order_by("-n", "park_id")
        .values_list("park_id")[:3]
    )
    slugs = list(Park.objects.filter(pk__in=[p for (p,) in top]).order_by("pk").values_list("slug", flat=True))
    provinces = list(Park.objects.filter(pk__in=[p for (p,) in top]).order_by("pk").values_list("province", flat=True))
    mix["park_filtered"] = [("创新", {"park": s}) for s in slugs]
    mix["faceted"] = [("企业", {"province": p, "year": 2021}) for p in provinces if p]
    jobs = []
    for cls, items in mix.items():
        for item in items:
            q, params = (item, {}) if isinstance(item, str) else item
            jobs.extend([(cls, q, params)] * reps)
    random.Random(seed).shuffle(jobs)
    return jobs


def distinct(jobs):
    seen, out = set(), []
    for cls, q, params in jobs:
        key = (q, json.dumps(params, sort_keys=True))
        if key not in seen:
            seen.add(key)
            out.append((cls, q, params))
    return out


def phase_build(args):
    import resource

    _setup()
    from dbsize import database_mb, index_mb, server_cpu_s
    from django.core.management import call_command

    from archive.models import Article

    call_command("migrate", verbosity=0)
    n = Article.objects.published().count()
    cpu0 = cpu_s(resource.getrusage(resource.RUSAGE_SELF)) + cpu_s(resource.getrusage(resource.RUSAGE_CHILDREN))
    server0 = server_cpu_s()
    load0 = os.getloadavg()
    t = time.perf_counter()
    call_command("search_rebuild", verbosity=0, procs=args.procs)
    wall = time.perf_counter() - t
    cpu = cpu_s(resource.getrusage(resource.RUSAGE_SELF)) + cpu_s(resource.getrusage(resource.RUSAGE_CHILDREN)) - cpu0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": n,
        "build_s": round(wall, 1),
        "build_cpu_s": round(cpu, 1),
        "server_cpu_s": round(server_cpu_s() - server0, 1),
        "loadavg_before_after": [load0, os.getloadavg()],
        "index_mb": index_mb(),
        "database_mb": database_mb(),
        "child_peak_rss_mb": rss,
    }


def phase_queries(args):
    _setup()
    import psutil
    from dbsize import index_mb

    from search import query
    from search.forms import SearchForm

    jobs = fixed_queries(args.seed, args.reps)
    # First run of every distinct query, timed on its own: nothing of it is cached yet
    # (only the shared per-document arrays and what earlier queries' terms left).
    first = {}
    for cls, q, params in distinct(jobs):
        form = SearchForm({"q": q, **params})
        form.is_valid()
        t = time.perf_counter()
        query.search(**form.search_args())
        first.setdefault(cls, []).append(time.perf_counter() - t)
    samples = {}
    counts = {}
    for cls, q, params in jobs:
        form = SearchForm({"q": q, **params})
        form.is_valid()
        t = time.perf_counter()
        results = query.search(**form.search_args())
        samples.setdefault(cls, []).append(time.perf_counter() - t)
        counts[q + (" " + json.dumps(params, ensure_ascii=False) if params else "")] = results.count
    rss = psutil.Process().memory_info().rss / 2**20
    return {
        "index_mb": index_mb(),
        "latency_ms": summary(samples),
        "first_run_ms": summary(first),
        "hits": counts,
        "rss_mb": round(rss, 1),
        "loadavg": os.getloadavg(),
    }


# --- HTTP --------------------------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_bench(data_dir, args):
    import psutil

    env = env_for(data_dir, WEB_CONCURRENCY=str(args.workers))
    port = free_port()
    cmd = [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    cmd += ["--access-logfile", "/dev/null", "archive.wsgi:application"]
    server = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/search/?q=x", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        probe = subprocess.run(
            [sys.executable, __file__, "--phase", "jobs", "--archive", str(data_dir), "--reps", str(args.reps)],
            env=env_for(data_dir),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        jobs = json.loads(probe.stdout.strip().splitlines()[-1])
        from dbsize import server_cpu_s

        workers = psutil.Process(server.pid).children()

        def spent():  # CPU seconds of the web workers and of the database server so far
            return sum(sum(w.cpu_times()[:2]) for w in workers), server_cpu_s()

        cpu = {"start": spent()}
        first = {}
        for cls, q, params in distinct(jobs):  # each distinct query once: its first run
            t = time.perf_counter()
            urllib.request.urlopen(base + "/api/search/?" + urllib.parse.urlencode({"q": q, **params})).read()
            first.setdefault(cls, []).append(time.perf_counter() - t)
        cpu["first"] = spent()
        samples, errors = {}, 0
        for cls, q, params in jobs:
            url = base + "/api/search/?" + urllib.parse.urlencode({"q": q, **params})
            t = time.perf_counter()
            try:
                urllib.request.urlopen(url, timeout=30).read()
            except OSError:
                errors += 1
                continue
            samples.setdefault(cls, []).append(time.perf_counter() - t)
        cpu["repeats"] = spent()
        n_first, n_rep = len(distinct(jobs)), len(jobs)
        per_request = {
            "first_runs": [round((cpu["first"][i] - cpu["start"][i]) / n_first * 1000, 1) for i in (0, 1)],
            "repeats": [round((cpu["repeats"][i] - cpu["first"][i]) / n_rep * 1000, 1) for i in (0, 1)],
        }
        rss = [round(w.memory_info().rss / 2**20, 1) for w in workers]
        uss = [round(w.memory_full_info().uss / 2**20, 1) for w in workers]
        return {
            "workers": args.workers,
            "latency_ms": summary(samples),
            "first_run_ms": summary(first),
            # Every request, first runs and repeats together (issue 15's "three rounds incl. first runs").
            "all_requests_ms": summary({cls: first.get(cls, []) + samples.get(cls, []) for cls in first}),
            "errors": errors,
            "cpu_ms_per_request_web_db": per_request,
            "loadavg": os.getloadavg(),
            "worker_rss_mb": rss,
            "worker_uss_mb": uss,
        }
    finally:
        server.terminate()
        server.wait(20)


def phase_clear_cache(args):
    _setup()
    from django.core.cache import cache

    cache.clear()
    return {"cleared": True}


def phase_jobs(args):
    _setup()
    return fixed_queries(args.seed, args.reps)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--label", default="")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=10, help="Repetitions of every query in the mix.")
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--http", action="store_true")
    parser.add_argument("--no-build", action="store_true", help="query the index as it is (no search_rebuild)")
    parser.add_argument("--http-only", action="store_true", help="with --http: skip the in-process queries")
    parser.add_argument("--baseline-n", type=int, default=0)
    parser.add_argument("--work", type=Path, help="work dir to keep (default: a temporary one)")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()

    phases = {
        "build": phase_build,
        "queries": phase_queries,
        "jobs": phase_jobs,
        "clear_cache": phase_clear_cache,
    }
    if args.phase:
        print(json.dumps(phases[args.phase](args), ensure_ascii=False))
        return

    work = args.work or Path(tempfile.mkdtemp(prefix="search-bench-")) / "data"
    copy_archive(args.archive, work)
    if args.no_build and not on_postgres():
        shutil.copytree(args.archive / "whoosh_index", work / "whoosh_index")
    result = {"label": args.label, "archive": str(args.archive), "seed": args.seed, "reps": args.reps}
    if not args.no_build:
        result["build"] = run_phase("build", work, "--procs", str(args.procs))
    if not (args.http and args.http_only):
        mix = ("--reps", str(args.reps), "--seed", str(args.seed))
        # The engine alone (every search worked out), then as the site runs: answers kept
        # in the shared cache while the index is unchanged (search/backends/results.py).
        result["queries_engine"] = run_phase("queries", work, *mix, env={"SEARCH_RESULTS_CACHE": "0"})
        result["queries"] = run_phase("queries", work, *mix)
    if args.http:
        run_phase("clear_cache", work)
        result["http"] = http_bench(work, args)
    if args.baseline_n:
        # search_baseline.py imports this file's helpers, so it runs as a script of its own.
        result["baseline"] = run_phase(
            "baseline",
            work,
            *("--baseline-n", str(args.baseline_n), "--reps", str(args.reps), "--seed", str(args.seed)),
            script=str(Path(__file__).with_name("search_baseline.py")),
        )
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.work:
        shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()

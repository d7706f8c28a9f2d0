"""Growth benchmark (issue 15): one archive grown step by step, everything measured at each size.

    .venv/bin/python bench/scale_bench.py --archive DIR --sizes 10000,100000,300000 \
        --out bench/results/scale.json [--resume] [--samples 30] [--reps 3]
    .venv/bin/python bench/scale_plot.py bench/results/scale.json --svg docs/scale.svg

For each size, smallest first:

1. **import**: generated pages (``bench/corpus.py``, a new seed each step, so no page
   repeats an earlier one) are imported as published into DIR (SQLite, or the database
   ``DATABASE_URL`` names) until it holds at least that many articles: pages/s,
   articles/s, CPU and peak memory of this step's import alone (the archive already holds
   the earlier steps' articles, as a growing archive does);
2. **index and search**: ``bench/search_bench.py --http`` on a copy of DIR (a full
   ``search_rebuild --procs 2``: wall, CPU, peak RSS of its processes, index and database
   size; the seeded query mix in-process, the engine alone and as the site runs; over
   HTTP with gunicorn, first runs and repeats, RSS per worker);
3. **pages**: ``bench/pages_bench.py`` on that copy (first visit and repeat of each page
   kind, with related articles).

Each size's results are written to ``--out`` as soon as they are measured, so a run cut
short keeps what it measured; ``--resume`` skips the sizes already there and grows DIR
from where it is. The load average is recorded beside every step: on a shared machine,
read CPU time where wall time is the load's.
"""

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from search_bench import cpu_s, env_for  # noqa: E402 - the bench folder is on the path above

ARTICLES_PER_PAGE = 5.0  # the corpus averages ~5.2; short steps are topped up


def manage(data_dir, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env_for(data_dir),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def article_count(data_dir):
    code = "from archive.models import Article; print(Article.objects.count())"
    return int(manage(data_dir, "shell", "-c", code).stdout.strip().splitlines()[-1])


def cpu_children():
    return cpu_s(resource.getrusage(resource.RUSAGE_CHILDREN))


def import_step(data_dir, target, seed):
    """Import generated pages until ``data_dir`` holds ``target`` articles; what it cost."""
    from corpus import iter_pages

    before = article_count(data_dir)
    pages = wall = cpu = 0.0
    peak_mb = 0.0
    top_up = 0
    while (have := article_count(data_dir)) < target:
        n = max(20, math.ceil((target - have) / ARTICLES_PER_PAGE))
        folder = Path(tempfile.mkdtemp(prefix="scale-pages-"))
        try:
            for name, text in iter_pages(n, seed * 100 + top_up):
                (folder / name).write_text(text, encoding="utf-8")
            cpu0, t0 = cpu_children(), time.perf_counter()
            proc = subprocess.run(
                [sys.executable, str(ROOT / "manage.py"), "import_pages", str(folder), "--publish"],
                env=env_for(data_dir),
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            wall += time.perf_counter() - t0
            cpu += cpu_children() - cpu0
            if proc.returncode:
                raise SystemExit(f"import_pages failed:\n{proc.stderr[-3000:]}")
            peak_mb = max(peak_mb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
            pages += n
            top_up += 1
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    added = have - before
    return {
        "articles_before": before,
        "articles": have,
        "pages": int(pages),
        "articles_added": added,
        "import_s": round(wall, 1),
        "import_cpu_s": round(cpu, 1),
        "pages_per_s": round(pages / wall, 1) if wall else None,
        "articles_per_s": round(added / wall, 1) if wall else None,
        "cpu_ms_per_article": round(cpu / added * 1000, 2) if added else None,
        "peak_rss_mb_so_far": round(peak_mb, 1),
        "loadavg": os.getloadavg(),
    }


def bench_json(cmd, env):
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{cmd[1]} failed:\n{proc.stderr[-3000:]}")
    text = proc.stdout
    return json.loads(text[text.index("\n{") + 1 :] if not text.startswith("{") else text)


def measure(data_dir, args):
    """search_bench (build, queries, HTTP) then pages_bench, on one copy of the archive."""
    work = Path(tempfile.mkdtemp(prefix="scale-work-", dir=args.scratch)) / "data"
    try:
        search = bench_json(
            [sys.executable, str(BENCH / "search_bench.py"), "--archive", str(data_dir), "--work", str(work)]
            + ["--http", "--reps", str(args.reps), "--procs", str(args.procs)],
            dict(os.environ),
        )
        pages_json = work.parent / "pages.json"
        env = env_for(work)
        subprocess.run(
            [sys.executable, str(BENCH / "pages_bench.py"), "--samples", str(args.samples), "--json", str(pages_json)],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        pages = json.loads(pages_json.read_text(encoding="utf-8"))
        return search, pages
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def commit():
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True, help="data dir to grow (created if missing)")
    parser.add_argument("--sizes", default="10000,100000,300000")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--resume", action="store_true", help="keep the sizes already in --out")
    parser.add_argument("--samples", type=int, default=30, help="pages_bench URLs per kind")
    parser.add_argument("--reps", type=int, default=3, help="search_bench repetitions of the mix")
    parser.add_argument("--procs", type=int, default=2, help="search_rebuild processes")
    parser.add_argument("--scratch", type=Path, default=None, help="where the measured copy goes (default /tmp)")
    args = parser.parse_args()

    sizes = sorted(int(s) for s in args.sizes.split(","))
    report = json.loads(args.out.read_text()) if args.resume and args.out.exists() else None
    report = report or {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {platform.python_implementation()} "
        f"{platform.python_version()}, {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') // 2**30} GiB",
        "database": "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite",
        "search_backend": os.environ.get("SEARCH_BACKEND", "whoosh"),
        "steps": [],
    }
    done = {step["size"] for step in report["steps"]}
    if not (args.archive / "archive.sqlite3").exists() and not os.environ.get("DATABASE_URL"):
        args.archive.mkdir(parents=True, exist_ok=True)
        manage(args.archive, "migrate", "-v0")
        manage(args.archive, "load_parks", "-v0")
    for i, size in enumerate(sizes, start=1):
        if size in done:
            continue
        step = {"size": size, "commit": commit(), "started": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
        step["import"] = import_step(args.archive, size, seed=i)
        print(f"[{size}] import {json.dumps(step['import'])}", flush=True)
        step["search"], step["pages"] = measure(args.archive, args)
        step["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        report["steps"].append(step)
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"[{size}] measured, written to {args.out}", flush=True)


if __name__ == "__main__":
    main()

"""Time a full PostgreSQL index build (``manage.py search_rebuild``) and its phases.

Runs ``search_rebuild --procs N`` of the code in ``--code`` (a checkout: main's worktree
for the baseline, this one for the change) against ``DATABASE_URL`` with
``SEARCH_BACKEND=postgres``, and reports: wall time, the build's CPU (the command and its
forked children, ``getrusage``), its peak RSS, the PostgreSQL server's CPU
(``bench/dbsize.py``: ``BENCH_PG_DATA`` names the cluster's data directory), the load
average, and the phases as ``pg_stat_activity`` shows them, sampled every ``--every``
seconds (``COPY``, ``CREATE INDEX``, the lists' and counts' statements, ``VACUUM``, the
swap): the first and last time each kind of statement was seen.

    BENCH_PG_DATA=… DATABASE_URL=postgres://… SEARCH_BACKEND=postgres \\
      .venv/bin/python bench/pg_build_bench.py --code /path/to/checkout --out build.json
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dbsize import server_cpu_s  # noqa: E402

# The kind of a build statement, by its text (first match).
KINDS = [
    ("copy", re.compile(r"^\s*COPY ", re.I)),
    ("gin chars", re.compile(r"CREATE INDEX .*gin \(chars\)", re.I)),
    ("gin words", re.compile(r"CREATE INDEX .*gin \(words\)", re.I)),
    ("other indexes", re.compile(r"CREATE INDEX ON search_pg_document_building", re.I)),
    ("char lists", re.compile(r"chars AS v|SELECT chars FROM|search_pg_char_", re.I)),
    ("impacts", re.compile(r"common_|search_pg_impact|search_pg_common", re.I)),
    ("counts", re.compile(r"search_pg_counts|search_pg_faceted", re.I)),
    ("vacuum", re.compile(r"^\s*VACUUM", re.I)),
    ("swap", re.compile(r"ANALYZE search_pg_document_building|RENAME TO", re.I)),
]


def kind_of(query):
    for kind, pattern in KINDS:
        if pattern.search(query):
            return kind
    return None


def sample(url, every, stop, phases, loads, start):
    with psycopg.connect(url, autocommit=True) as conn:
        while not stop.wait(every):
            now = time.monotonic() - start
            loads.append((round(now), os.getloadavg()[0]))
            rows = conn.execute(
                "SELECT query FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()"
            ).fetchall()
            for (query,) in rows:
                kind = kind_of(query or "")
                if kind:
                    seen = phases.setdefault(kind, [now, now])
                    seen[1] = now


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", required=True, help="the checkout whose manage.py runs the build")
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--every", type=float, default=2.0, help="seconds between pg_stat_activity samples")
    parser.add_argument("--out", help="write the result as JSON here too")
    args = parser.parse_args()
    url = os.environ["DATABASE_URL"]
    env = dict(os.environ, SEARCH_BACKEND="postgres")
    commit = subprocess.run(
        ["git", "-C", args.code, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    phases, loads = {}, []
    stop = threading.Event()
    start = time.monotonic()
    sampler = threading.Thread(target=sample, args=(url, args.every, stop, phases, loads, start), daemon=True)
    load_before = os.getloadavg()[0]
    server_before = server_cpu_s()
    sampler.start()
    command = [sys.executable, "manage.py", "search_rebuild", "--procs", str(args.procs), "-v", "0"]
    subprocess.run(command, cwd=args.code, env=env, check=True)
    wall = time.monotonic() - start
    stop.set()
    sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "code": args.code,
        "commit": commit,
        "procs": args.procs,
        "wall_s": round(wall, 1),
        "build_cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "build_peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "server_cpu_s": round(server_cpu_s() - server_before, 1),
        "load_before": load_before,
        "load": [x[1] for x in loads[:: max(1, len(loads) // 40)]],
        "phases_s": {k: [round(a), round(b)] for k, (a, b) in sorted(phases.items(), key=lambda kv: kv[1][0])},
    }
    print(json.dumps(result, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()

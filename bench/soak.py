"""Soak test: a long load with editing, a worker and the index writer killed part-way.

    .venv/bin/python bench/import_bench.py --pages 1000 --publish --keep /tmp/soak-archive
    .venv/bin/python bench/soak.py --archive /tmp/soak-archive [--seconds 1800] [--readers 50] [--editors 5]

The pieces are bench/load_test.py's (the same readers and editors, the same server, the same
index/database check); what the soak adds:

1. it serves a copy of ``--archive`` (any archive: e.g. one bench/import_bench.py kept),
   brought up to date by ``setup_archive`` (migrate, index built if missing, queue applied);
2. during the load it samples, every ``--sample-every`` seconds, the resident memory (RSS)
   of each gunicorn worker and of the index writer, and the machine's load average;
3. at ``--kill-worker-at`` of the run it kill -9s one web worker, at ``--kill-writer-at``
   the index writer (gunicorn.conf.py's supervisor must restart it);
4. every failed request is recorded with its time (bench/soak_locustfile.py): a request
   the killed worker was serving fails without an HTTP status within a few seconds of the
   kill; any other failure, and any 5xx at all, fails the soak;
5. memory is flat when no worker's RSS after its warm-up (``--warmup`` seconds from the
   start of the load, or from its own start for the worker that replaced the killed one)
   grows more than 10 % above its value at the end of the warm-up;
6. at the end: ``search_verify`` and bench/load_test.py's check (every published article
   found by a phrase unique to it, no unpublished one found).

It prints a JSON report (``passed`` per criterion) and writes it, with the memory samples
as CSV, to ``--out``. Locust comes from requirements-bench.txt (or ``LOCUST=path``).
"""

import argparse
import csv
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import (  # noqa: E402
    PY,
    ROOT,
    agreement,
    archive_env,
    free_port,
    request_stats,
    run_locust,
    start_server,
    write_plan,
)

KILL_WINDOW = 5.0  # seconds after a kill in which a request without an answer is the kill's
GROWTH_LIMIT = 0.10


def server_processes(master):
    """{pid: "worker" | "writer"} of the gunicorn master's children now."""
    found = {}
    for child in master.children():
        try:
            line = " ".join(child.cmdline())
        except psutil.NoSuchProcess:
            continue
        if "index_worker" in line:
            found[child.pid] = "writer"
        elif "gunicorn" in line:
            found[child.pid] = "worker"
    return found


class Sampler(threading.Thread):
    """RSS of every worker and of the writer, and the load average, every ``every`` seconds."""

    def __init__(self, master, every):
        super().__init__(daemon=True)
        self.master, self.every, self.rows = master, every, []
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            now, load = time.time(), os.getloadavg()[0]
            for pid, kind in server_processes(self.master).items():
                try:
                    rss = psutil.Process(pid).memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                self.rows.append({"t": now, "pid": pid, "kind": kind, "rss_mb": round(rss / 2**20, 1), "load1": load})
            self.done.wait(self.every)


def memory_report(rows, load_started, warmup):
    """Per process: RSS at the end of its warm-up, the largest and the last after it."""
    report = {}
    for pid in sorted({r["pid"] for r in rows}):
        mine = [r for r in rows if r["pid"] == pid]
        warm_from = max(load_started, mine[0]["t"]) + warmup
        after = [r for r in mine if r["t"] >= warm_from]
        entry = {"kind": mine[0]["kind"], "first_mb": mine[0]["rss_mb"], "samples": len(mine)}
        if len(after) >= 2:
            base = after[0]["rss_mb"]
            entry.update(
                warm_mb=base,
                max_mb=max(r["rss_mb"] for r in after),
                last_mb=after[-1]["rss_mb"],
                growth_max=round(max(r["rss_mb"] for r in after) / base - 1, 4),
                growth_last=round(after[-1]["rss_mb"] / base - 1, 4),
            )
        report[pid] = entry
    return report


def classify_failures(path, kills):
    """The recorded failures: 5xx, those a kill explains (no status, just after a kill), the rest."""
    rows = [json.loads(line) for line in open(path, encoding="utf-8")] if path.exists() else []
    server_errors = [r for r in rows if r["status"] >= 500]
    killed = [
        r for r in rows if not r["status"] and any(0 <= r["t"] - at <= KILL_WINDOW for at in kills)
    ]  # fmt: skip
    other = [r for r in rows if r not in server_errors and r not in killed]
    return {"http_5xx": len(server_errors), "killed_requests": len(killed), "other_failures": len(other),
            "samples": (server_errors + other)[:10]}  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True, help="data dir to copy and serve")
    parser.add_argument("--seconds", type=int, default=1800)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--editors", type=int, default=5)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--warmup", type=float, default=300, help="seconds of load before memory must stay flat")
    parser.add_argument("--sample-every", type=float, default=10)
    parser.add_argument("--kill-worker-at", type=float, default=0.4, help="fraction of the run")
    parser.add_argument("--kill-writer-at", type=float, default=0.6, help="fraction of the run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="soak-"))
    data_dir = work / "data"
    shutil.copytree(args.archive, data_dir, ignore=shutil.ignore_patterns("cache", "ratelimit"))
    env = archive_env(data_dir, args.workers)
    subprocess.run([PY, "manage.py", "setup_archive", "-v0"], env=env, cwd=ROOT, check=True)
    plan = work / "plan.json"
    write_plan(env, [(f"soak{i}", f"Soak-test-pass-{i}-x7") for i in range(args.editors)], plan)
    failures_path = work / "failures.jsonl"
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = args.out / "soak"

    port = free_port()
    log_path = work / "gunicorn.log"
    log = open(log_path, "w")
    server = start_server(env, port, log)
    master = psutil.Process(server.pid)
    sampler = Sampler(master, args.sample_every)
    kills = {}
    try:
        sampler.start()
        load = threading.Thread(
            target=run_locust,
            args=({**env, "SOAK_FAILURES": str(failures_path)}, plan, port, args.readers + args.editors),
            kwargs={"seconds": args.seconds, "prefix": prefix, "locustfile": "soak_locustfile.py"},
        )
        started = time.time()
        load.start()
        for what, at in sorted([("worker", args.kill_worker_at), ("writer", args.kill_writer_at)], key=lambda w: w[1]):
            time.sleep(max(0.0, started + at * args.seconds - time.time()))
            pid = next(p for p, kind in sorted(server_processes(master).items()) if kind == what)
            os.kill(pid, signal.SIGKILL)
            kills[what] = {"pid": pid, "t": time.time(), "at_s": round(time.time() - started, 1)}
        load.join()
        elapsed = time.time() - started
        time.sleep(10)  # the writer polls every 0.5 s; give it time to drain the last edits
        sampler.done.set()
        sampler.join()
        after_kill = server_processes(master)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        log.close()

    with open(args.out / "soak_memory.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["t", "pid", "kind", "rss_mb", "load1"])
        writer.writeheader()
        writer.writerows({**r, "t": round(r["t"] - started, 1)} for r in sampler.rows)
    (args.out / "soak_kills.json").write_text(json.dumps({"started": started, **kills}), encoding="utf-8")
    if failures_path.exists():
        shutil.copy(failures_path, args.out / "soak_failures.jsonl")
    shutil.copy(log_path, args.out / "soak_gunicorn.log")
    verify = subprocess.run([PY, "manage.py", "search_verify"], env=env, cwd=ROOT, capture_output=True, text=True)
    checked = agreement(env)
    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    stats = request_stats(prefix)
    failures = classify_failures(failures_path, [k["t"] for k in kills.values()])
    memory = memory_report(sampler.rows, started, args.warmup)
    loads = [r["load1"] for r in sampler.rows]
    growth = [m["growth_max"] for m in memory.values() if m["kind"] == "worker" and "growth_max" in m]
    result = {
        "seconds": round(elapsed, 1),
        "archive": {"articles": checked["articles"], "published_at_end": checked["published"]},
        "users": {"readers": args.readers, "editors": args.editors},
        "gunicorn_workers": args.workers,
        "kills": {k: {"pid": v["pid"], "at_s": v["at_s"]} for k, v in kills.items()},
        "processes_at_end": {
            "workers": sum(1 for kind in after_kill.values() if kind == "worker"),
            "writers": sum(1 for kind in after_kill.values() if kind == "writer"),
        },
        **{k: v for k, v in stats.items() if k not in ("failure_samples", "http_5xx")},
        "failures_by_cause": failures,
        "server_log": {
            "tracebacks": server_log.count("Traceback"),
            "lock_errors": server_log.count("LockError"),
            "worker_timeouts": server_log.count("WORKER TIMEOUT"),
            "writer_restarts": server_log.count("search index writer (pid"),
            "writer_exit_lines": [line for line in server_log.splitlines() if "search index writer (pid" in line],
        },
        "load_average_1min": {
            "min": min(loads),
            "median": round(statistics.median(loads), 2),
            "max": max(loads),
            "cpus": os.cpu_count(),
        },
        "memory": memory,
        "search_verify": verify.stdout.strip(),
        "agreement": checked,
    }
    result["passed"] = {
        "no_5xx": failures["http_5xx"] == 0,
        "no_failure_but_the_killed_requests": failures["other_failures"] == 0,
        "worker_and_writer_back": result["processes_at_end"] == {"workers": args.workers, "writers": 1},
        "memory_flat": bool(growth) and max(growth) <= GROWTH_LIMIT,
        "index_equals_database": verify.returncode == 0
        and "index and database agree" in verify.stdout
        and not any(checked["verify"][k] for k in ("missing", "extra", "stale"))
        and checked["queue_left"] == 0,
        "every_published_article_found_by_its_phrase": checked["published_not_found"] == 0
        and checked["unpublished_found"] == 0,
    }
    (args.out / "soak_result.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    sys.exit(0 if all(result["passed"].values()) else 1)


if __name__ == "__main__":
    main()

"""A freshly forked gunicorn worker: the CPU of its very first request, and worker memory.

    .venv/bin/python bench/fresh_worker.py --archive /tmp/copy-of-100k \\
        --tree /path/to/main --tree . --starts 3 --out bench/results/fresh.json

Trees that read different index formats each get their own archive: ``--archive`` once per
``--tree``, in the same order (``--archive A --tree main --archive B --tree .``).

For each tree (a checkout with its ``.venv``), path and start: gunicorn from that tree with
its own ``gunicorn.conf.py`` (preloaded app, the master's warming), one worker, the index
writer off, a fresh data dir (so an empty page cache: no answer kept from an earlier
start) whose database and Whoosh index are the archive's (``DATABASE_URL``,
``HAYSTACK_PATH``: read, never written - searches don't write the index). Once the worker
has booted and gone idle, one request, and the worker's CPU for it from
``/proc/PID/task/*/schedstat`` (nanoseconds; psutil's ``cpu_times`` counts 10 ms ticks);
the wall time is reported too but is the machine's load. The trees alternate within each
start so that both see the same load.

Then, per tree, two workers after a mix of requests (searches, article pages, park pages,
the directories; seeded): each worker's RSS, USS and PSS (``memory_full_info``) and the
master's RSS. A forked worker's RSS counts every page it shares with the master, so it
is at least what the master had resident when it forked.

The output is one JSON document (``--out``, else stdout) with the machine, the load and
each tree's commit.
"""

import argparse
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

FIRSTS = {
    "search 张江": "/api/search/?q=" + urllib.parse.quote("张江"),
    "search 京": "/api/search/?q=" + urllib.parse.quote("京"),
    "park directory": "/parks/",
    "article page": "/articles/4242/",
    "park page n": "/parks/beijing-jkq/?page=77",
}
MIX_QUERIES = ["张江", "创新", "瞪羚企业", "营商环境", "孵化器", "拿地即开工 包头", "科技 金融", '"高质量发展"', "京"]
MIX_QUERIES += ["发展", "企业", "高新区", "SMC", "于大勇"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ns(pid):
    """CPU time of all the process's threads, in nanoseconds."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that ended meanwhile
    return total


class Server:
    """gunicorn from ``tree`` on the archive, with ``workers`` workers, until ``stop()``."""

    def __init__(self, tree, archive, workers, scratch):
        self.data_dir = Path(tempfile.mkdtemp(prefix="fresh-", dir=scratch))
        (self.data_dir / "static").symlink_to(Path(archive) / "static")
        self.port = free_port()
        env = dict(
            os.environ,
            ARCHIVE_DATA_DIR=str(self.data_dir),
            DATABASE_URL=f"sqlite:///{archive}/archive.sqlite3",
            HAYSTACK_PATH=f"{archive}/whoosh_index",
            DJANGO_SECRET_KEY="bench-" + "k" * 50,
            DJANGO_DEBUG="0",
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            ARCHIVE_RATE_LIMITS="0",
            SEARCH_INDEX_WRITER="0",
            WEB_CONCURRENCY=str(workers),
            PYTHONWARNINGS="ignore",
        )
        cmd = [f"{tree}/.venv/bin/gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}"]
        cmd += ["--access-logfile", "/dev/null", "archive.wsgi:application"]
        self.proc = subprocess.Popen(
            cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        started = time.monotonic()
        booted = 0
        while booted < workers:
            line = self.proc.stderr.readline()
            if not line:
                raise SystemExit(f"gunicorn from {tree} stopped before its workers booted")
            booted += "Booting worker" in line
        threading.Thread(target=lambda: [None for _line in self.proc.stderr], daemon=True).start()
        self.master = psutil.Process(self.proc.pid)
        self.workers = self._wait_for_workers(workers)
        self.boot_s = time.monotonic() - started

    def _wait_for_workers(self, n):
        """The worker processes once each has finished booting (its CPU still for 0.5 s)."""
        while len(self.master.children()) < n:
            time.sleep(0.05)
        workers = self.master.children()[:n]  # the index writer is off: only workers
        last = None
        while True:
            now = [cpu_ns(w.pid) for w in workers]
            if now == last:
                return workers
            last = now
            time.sleep(0.5)

    def get(self, path):
        started = time.perf_counter()
        # Percent-encoded as a browser sends it (--path 京=/api/search/?q=京 works as typed).
        path = urllib.parse.quote(path, safe="/?=&%:+,;@")
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=120) as response:
            response.read()
            status = response.status
        return status, (time.perf_counter() - started) * 1000

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def first_request(tree, archive, path, scratch):
    server = Server(tree, archive, 1, scratch)
    try:
        worker = server.workers[0]
        before = cpu_ns(worker.pid)
        status, wall = server.get(path)
        cpu = (cpu_ns(worker.pid) - before) / 1e6
        rss = worker.memory_info().rss / 2**20
        return {"status": status, "cpu_ms": round(cpu, 1), "wall_ms": round(wall, 1), "worker_rss_mb": round(rss, 1)}
    finally:
        server.stop()


def memory_after_mix(tree, archive, scratch, seed):
    server = Server(tree, archive, 2, scratch)
    try:
        master_rss = server.master.memory_info().rss / 2**20
        rng = random.Random(seed)
        for _ in range(120):
            server.get(
                "/api/search/?" + urllib.parse.urlencode({"q": rng.choice(MIX_QUERIES), "page": rng.randint(1, 3)})
            )
        for pk in rng.sample(range(1, 100_000), 60):
            try:
                server.get(f"/articles/{pk}/")
            except urllib.error.HTTPError:
                pass  # not published
        for _ in range(39):
            server.get(f"/parks/beijing-jkq/?page={rng.randint(1, 500)}")
        for path in ["/", "/parks/", "/provinces/", "/reporters/", "/figures/"]:
            server.get(path)
        out = {"master_rss_mb_at_fork": round(master_rss, 1), "workers": []}
        for worker in server.workers:
            m = worker.memory_full_info()
            out["workers"].append({k: round(getattr(m, k) / 2**20, 1) for k in ("rss", "uss", "pss")})
        return out
    finally:
        server.stop()


def commit_of(tree):
    out = subprocess.run(["git", "-C", tree, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--archive",
        action="append",
        required=True,
        help="an archive's data dir (a copy: its cache is not used); once, or once per --tree in order",
    )
    parser.add_argument("--tree", action="append", required=True, help="a checkout to run (repeat to compare)")
    parser.add_argument("--starts", type=int, default=3, help="fresh starts per tree and path")
    parser.add_argument("--path", action="append", help="NAME=PATH of a first request (default: five pages)")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory after a mix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", help="write the JSON here")
    args = parser.parse_args()
    trees = [str(Path(t).resolve()) for t in args.tree]
    archives = [str(Path(a).resolve()) for a in args.archive]
    if len(archives) not in (1, len(trees)):
        parser.error("give --archive once, or once per --tree")
    archive_of = dict(zip(trees, archives * len(trees) if len(archives) == 1 else archives, strict=True))
    firsts = dict(p.split("=", 1) for p in args.path) if args.path else FIRSTS
    scratch = tempfile.mkdtemp(prefix="fresh-worker-")
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "node": platform.node()},
        "archive": archives[0] if len(archives) == 1 else archive_of,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "loadavg_start": os.getloadavg(),
        "trees": {t: {"commit": commit_of(t), "first": {name: [] for name in firsts}} for t in trees},
    }
    try:
        for start in range(args.starts):
            for name, path in firsts.items():
                for tree in trees if start % 2 == 0 else trees[::-1]:
                    run = first_request(tree, archive_of[tree], path, scratch)
                    run["load1"] = round(os.getloadavg()[0], 2)
                    result["trees"][tree]["first"][name].append(run)
                    print(f"{commit_of(tree)} {name}: {run}", file=sys.stderr, flush=True)
        if not args.no_memory:
            for tree in trees:
                result["trees"][tree]["memory_after_mix"] = mix = memory_after_mix(
                    tree, archive_of[tree], scratch, args.seed
                )
                print(f"{commit_of(tree)} memory: {mix}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result["loadavg_end"] = os.getloadavg()
    result["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()

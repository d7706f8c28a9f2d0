"""Bounded load test on loopback: readers and editors at once, then index/database agreement.

    .venv/bin/pip install -r requirements-bench.txt
    .venv/bin/python bench/load_test.py [--pages 300] [--seconds 120] [--readers 20] [--editors 2] [--workers 4]
    DATABASE_URL=postgres://…/empty_db SEARCH_BACKEND=postgres .venv/bin/python bench/load_test.py --hosts 2

1. builds a fresh archive in a temporary data dir: the fixture pages plus ``--pages``
   generated pages, all published, and the search index (with ``DATABASE_URL``: in that
   database, which must be empty);
2. serves it with gunicorn (``--workers``, preloaded, plus the index writer from
   gunicorn.conf.py); with ``--hosts N`` (PostgreSQL), N gunicorn instances, each with
   its own data dir and index writer, on the one database; every request goes to one of
   them at random;
3. runs Locust headless for ``--seconds`` (it stops by itself): readers on search, article
   and park pages while editors publish, unpublish and edit through the admin;
4. stops the load, lets the index writers drain the queue, stops gunicorn, and checks that
   the index agrees with the database exactly: every published article is found by a
   phrase unique to it, no unpublished article is found, and ``search.indexing.verify``
   reports no difference; and that no acknowledged write was lost: each article's last
   status write and every body edit are in the database (an edit saved over by another
   editor's form loaded before it was saved is counted apart: the admin keeps the last
   save), and every edited published article is found by its last edit's marker;
5. prints throughput, latency percentiles, 5xx and lock-error counts as JSON.
"""

import argparse
import csv
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

VERIFY = r"""
import json, sys
from collections import Counter
import django
django.setup()
from archive.models import Article
from search import indexing
from search.language import _PHRASE_BREAK
from search.query import search

def candidates(article):
    # Exact substrings of one paragraph, what a reader pastes in quotes, in order of
    # preference. Taken from stretches without punctuation (punctuation splits a quoted phrase
    # into parts, see search.language), 8 to 14 characters, not cutting a number or Latin word.
    for paragraph in article.paragraphs:
        for run in _PHRASE_BREAK.split(paragraph):
            run = run.strip()
            if len(run) < 8 or any(c in run for c in '"“”#'):
                continue
            for start in range(0, max(1, len(run) - 13), 3):
                phrase = run[start:start + 14]
                edges = (run[start - 1 : start + 1] if start else "", run[start + 13 : start + 15])
                if any(len(e) == 2 and e.isascii() and e.isalnum() for e in edges):
                    continue  # a reader pastes whole numbers and words, not 202 of 2020
                yield phrase

rows = list(Article.objects.only("id", "status", "body"))
bodies = [a.body for a in rows]
wanted = {a.pk: list(candidates(a)) for a in rows}
# How many articles hold each candidate, from one pass over every body's substrings of the
# candidates' lengths (asking each body about each candidate is quadratic: an hour at a few
# thousand articles).
pool = {p for ps in wanted.values() for p in ps}
lengths = sorted({len(p) for p in pool})
holders = Counter()
for body in bodies:
    holders.update({body[i:i + n] for n in lengths for i in range(len(body) - n + 1)} & pool)

def unique_phrase(article):
    # A candidate no other article holds.
    for phrase in wanted[article.pk]:
        if holders[phrase] <= 1:
            return phrase
    return None

checked = missing = leaked = skipped = 0
examples = []
for article in rows:
    phrase = unique_phrase(article)
    if phrase is None:
        skipped += 1
        continue
    ids = {a.pk for a in search(f'"{phrase}"', per_page=50, facets=False).articles}
    checked += 1
    if article.status == "published" and article.pk not in ids:
        missing += 1
        examples.append([article.pk, phrase, sorted(ids)[:5]])
    if article.status != "published" and article.pk in ids:
        leaked += 1
writes = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")] if len(sys.argv) > 1 else []
final = {a.pk: a for a in Article.objects.filter(pk__in={w["id"] for w in writes})}
lost_status = lost_edits = overwritten = status_concurrent = marker_missing = marker_leaked = 0
lost_examples = []
for w in writes:
    article = final[w["id"]]
    others = [o for o in writes if o["id"] == w["id"] and o is not w]
    if w.get("marker") and w["marker"] not in article.body:
        # Saved over by an edit whose form was loaded before this one was saved?
        if any(o.get("marker") and o["start"] < w["end"] < o["end"] for o in others):
            overwritten += 1
        else:
            lost_edits += 1
            lost_examples.append(w)
    later = [o for o in others if o["status"] and o["end"] > w["end"]]
    if w["status"] and not later:  # the last status written to this article
        if any(o["status"] and o["end"] > w["start"] for o in others):
            status_concurrent += 1  # another write was under way: either may be last
        elif article.status != w["status"]:
            lost_status += 1
            lost_examples.append(w)
import re
for article in final.values():
    markers = re.findall(r"负载测试修改[0-9]+", article.body)
    if not markers:
        continue
    found = article.pk in {a.pk for a in search(f'"{markers[-1]}"', per_page=50, facets=False).articles}
    if article.status == "published" and not found:
        marker_missing += 1
    if article.status != "published" and found:
        marker_leaked += 1
report = indexing.verify()
print(json.dumps({
    "writes_acknowledged": len(writes),
    "edits_acknowledged": sum(1 for w in writes if w.get("marker")),
    "lost_status_writes": lost_status, "lost_edits": lost_edits, "lost_examples": lost_examples[:5],
    "edits_saved_over_by_a_concurrent_form": overwritten, "status_writes_concurrent": status_concurrent,
    "edited_published_not_found_by_marker": marker_missing, "edited_unpublished_found_by_marker": marker_leaked,
    "articles": len(rows),
    "published": sum(1 for a in rows if a.status == "published"),
    "phrase_checked": checked, "phrase_skipped": skipped,
    "published_not_found": missing, "unpublished_found": leaked, "not_found_examples": examples[:10],
    "verify": {k: (len(v) if isinstance(v, (list, set, dict)) else v) for k, v in report.items()},
    "queue_left": indexing.queue_length(),
}))
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run([PY, str(ROOT / "manage.py"), *args], env=env, check=True, cwd=ROOT, **kwargs)


def wait_for(url, seconds=60):
    import urllib.request

    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"server at {url} did not come up")


def percentile_rows(stats_csv):
    with open(stats_csv, encoding="utf-8") as fh:
        return {row["Name"]: row for row in csv.DictReader(fh)}


def archive_env(data_dir, workers):
    """The environment of every process of a benchmark archive in ``data_dir``."""
    return {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DJANGO_SECRET_KEY": "load-test-" + "k" * 40,
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "WEB_CONCURRENCY": str(workers),
        "GUNICORN_LOG_LEVEL": "warning",
        "ARCHIVE_RATE_LIMITS": "0",  # the load tests measure speed, not the limits
        "PYTHONWARNINGS": "ignore::SyntaxWarning",
    }


def write_plan(env, editors, plan):
    """Create the editors' accounts and write what the Locust users pick from to ``plan``."""
    manage(
        env,
        "shell",
        "--no-imports",  # Django's notice of its automatic imports went into the JSON on stdout
        "-c",
        (
            "import json; from django.contrib.auth.models import User, Group\n"
            "from archive.models import Article, Park\n"
            f"editors = {editors!r}\n"
            "group = Group.objects.get(name='编辑')\n"
            "for name, pw in editors:\n"
            "    u = User.objects.create_user(name, password=pw, is_staff=True); u.groups.add(group)\n"
            "ids = list(Article.objects.published().values_list('id', flat=True))\n"
            "slugs = list(Park.objects.filter(article_tags__isnull=False).distinct().values_list('slug', flat=True))\n"
            "queries = ['拿地即开工', '张江', '瞪羚企业', '于大勇', '营商环境', '高新区', '\"知识价值信用贷款\"',\n"
            "           '京', '4191.83', 'SMC', '創新', '园区 -营商', '佛山 OR 郑州', '一件事一次办']\n"
            f"json.dump({{'article_ids': ids, 'park_slugs': slugs, 'queries': queries, 'editors': editors}},"
            f" open({str(plan)!r}, 'w'), ensure_ascii=False)\n"
        ),
    )


def start_server(env, port, log):
    """gunicorn as ``make run`` starts it (gunicorn.conf.py: preloaded workers plus the index writer)."""
    server = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "archive.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", seconds=600)  # a busy machine: minutes to preload and warm
    except BaseException:
        server.kill()
        raise
    return server


def run_locust(env, plan, port, users, seconds, prefix, locustfile="locustfile.py", extra_env=None):
    """Locust headless until ``seconds`` have passed; its CSV files start with ``prefix``.
    ``extra_env``: LOAD_HOSTS (several hosts) and LOAD_EDITS (acknowledged writes), see locustfile.py."""
    # LOCUST: a locust of another environment (it needs only its own package and the plan).
    locust = os.environ.get("LOCUST") or str(Path(PY).parent / "locust")
    command = [locust, "-f", str(ROOT / "bench" / locustfile), "--headless", "-u", str(users)]
    command += ["-r", str(max(1, users // 5)), "-t", f"{seconds}s", "--host", f"http://127.0.0.1:{port}"]
    command += ["--csv", str(prefix), "--only-summary", "--stop-timeout", "10"]
    subprocess.run(command, env={**env, "LOAD_PLAN": str(plan), **(extra_env or {})}, check=False, cwd=ROOT)


def agreement(env, edits=None):
    """Apply what is left in the queue, then compare index and database (see VERIFY); with
    ``edits`` (the writes the servers acknowledged, one JSON line each) also check none was lost."""
    manage(env, "index_worker", "--once", "--verify-every", "0", "-v0")
    extra = [str(edits)] if edits is not None and Path(edits).exists() else []
    check = subprocess.run([PY, "-c", VERIFY, *extra], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(check.stdout.strip().splitlines()[-1])


def request_stats(prefix):
    """Counts and latency percentiles from Locust's CSV files."""
    stats = percentile_rows(f"{prefix}_stats.csv")
    total = stats["Aggregated"]
    failures_csv = Path(f"{prefix}_failures.csv")
    failures = list(csv.DictReader(open(failures_csv, encoding="utf-8"))) if failures_csv.exists() else []
    return {
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "http_5xx": sum(int(f["Occurrences"]) for f in failures if "50" in f["Error"]),
        "rps": round(float(total["Requests/s"]), 1),
        "latency_ms": {p: total[f"{p}%"] for p in ("50", "95", "99")},
        "by_endpoint": {
            name: {"n": row["Request Count"], "p50": row["50%"], "p95": row["95%"], "p99": row["99%"]}
            for name, row in stats.items()
            if name != "Aggregated"
        },
        "failure_samples": failures[:5],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300, help="generated pages on top of the fixtures")
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--editors", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per host")
    parser.add_argument("--hosts", type=int, default=1, help="gunicorn instances on one database (PostgreSQL)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import iter_pages

    work = Path(tempfile.mkdtemp(prefix="load-test-"))
    data_dir, pages_dir = work / "data", work / "pages"
    pages_dir.mkdir()
    for name, text in iter_pages(args.pages, seed=11):
        (pages_dir / name).write_text(text, encoding="utf-8")
    env = archive_env(data_dir, args.workers)
    manage(env, "setup_archive", "-v0")
    manage(env, "import_pages", "--publish", str(pages_dir), "-v0")
    manage(env, "search_rebuild", "-v0")
    plan = work / "plan.json"
    write_plan(env, [(f"editor{i}", f"Load-test-pass-{i}-x7") for i in range(args.editors)], plan)

    servers, logs, ports = [], [], []
    edits = work / "edits.jsonl"
    try:
        for n in range(args.hosts):
            host_env = env if n == 0 else {**env, "ARCHIVE_DATA_DIR": str(work / f"data{n + 1}")}
            if n:
                manage(host_env, "setup_archive", "-v0")  # its own data dir: static files; the database is shared
            ports.append(free_port())
            logs.append(open(work / f"gunicorn{n + 1}.log", "w"))
            servers.append(start_server(host_env, ports[-1], logs[-1]))
        args.out.mkdir(parents=True, exist_ok=True)
        prefix = args.out / "load"
        hosts = ",".join(f"http://127.0.0.1:{port}" for port in ports)
        started = time.time()
        run_locust(
            env, plan, ports[0], args.readers + args.editors, args.seconds, prefix,
            extra_env={"LOAD_HOSTS": hosts, "LOAD_EDITS": str(edits)},
        )  # fmt: skip
        elapsed = time.time() - started
        time.sleep(10)  # the writer polls every 0.5 s; give it time to drain the last edits
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server, log in zip(servers, logs, strict=True):
            server.wait(timeout=60)
            log.close()

    server_log = "".join(
        (work / f"gunicorn{n + 1}.log").read_text(encoding="utf-8", errors="replace") for n in range(args.hosts)
    )
    stats = request_stats(prefix)
    result = {
        "seconds": round(elapsed, 1),
        "users": {"readers": args.readers, "editors": args.editors},
        "hosts": args.hosts,
        "gunicorn_workers_per_host": args.workers,
        "database": "postgresql" if os.environ.get("DATABASE_URL", "").startswith(("postgres", "pgsql")) else "sqlite",
        "search_backend": os.environ.get("SEARCH_BACKEND", "whoosh"),
        "loadavg_after": os.getloadavg(),
        **{k: v for k, v in stats.items() if k != "failure_samples"},
        "lock_errors_in_log": server_log.count("LockError"),
        "tracebacks_in_log": server_log.count("Traceback"),
        "agreement": agreement(env, edits),
        "failure_samples": stats["failure_samples"],
    }
    (args.out / "load_result.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

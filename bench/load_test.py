"""Bounded load test on loopback: readers and editors at once, then index/database agreement.

    .venv/bin/pip install -r requirements-bench.txt
    .venv/bin/python bench/load_test.py [--pages 300] [--seconds 120] [--readers 20] [--editors 2] [--workers 4]

1. builds a fresh archive in a temporary data dir: the fixture pages plus ``--pages``
   generated pages, all published, and the search index;
2. serves it with gunicorn (``--workers``, preloaded, plus the single index writer from
   gunicorn.conf.py);
3. runs Locust headless for ``--seconds`` (it stops by itself): readers on search, article
   and park pages while editors publish, unpublish and edit through the admin;
4. stops the load, lets the index writer drain its queue, stops gunicorn, and checks that
   the index agrees with the database exactly: every published article is found by a
   phrase unique to it, no unpublished article is found, and ``search.indexing.verify``
   reports no difference;
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
report = indexing.verify()
print(json.dumps({
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


def run_locust(env, plan, port, users, seconds, prefix, locustfile="locustfile.py"):
    """Locust headless until ``seconds`` have passed; its CSV files start with ``prefix``."""
    # LOCUST: a locust of another environment (it needs only its own package and the plan).
    locust = os.environ.get("LOCUST") or str(Path(PY).parent / "locust")
    command = [locust, "-f", str(ROOT / "bench" / locustfile), "--headless", "-u", str(users)]
    command += ["-r", str(max(1, users // 5)), "-t", f"{seconds}s", "--host", f"http://127.0.0.1:{port}"]
    command += ["--csv", str(prefix), "--only-summary", "--stop-timeout", "10"]
    subprocess.run(command, env={**env, "LOAD_PLAN": str(plan)}, check=False, cwd=ROOT)


def agreement(env):
    """Apply what is left in the queue, then compare index and database (see VERIFY)."""
    manage(env, "index_worker", "--once", "--verify-every", "0", "-v0")
    check = subprocess.run([PY, "-c", VERIFY], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
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
    parser.add_argument("--workers", type=int, default=4)
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

    port = free_port()
    log_path = work / "gunicorn.log"
    log = open(log_path, "w")
    server = start_server(env, port, log)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        prefix = args.out / "load"
        started = time.time()
        run_locust(env, plan, port, args.readers + args.editors, args.seconds, prefix)
        elapsed = time.time() - started
        time.sleep(10)  # the writer polls every 0.5 s; give it time to drain the last edits
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        log.close()

    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    stats = request_stats(prefix)
    result = {
        "seconds": round(elapsed, 1),
        "users": {"readers": args.readers, "editors": args.editors},
        "gunicorn_workers": args.workers,
        **{k: v for k, v in stats.items() if k != "failure_samples"},
        "lock_errors_in_log": server_log.count("LockError"),
        "tracebacks_in_log": server_log.count("Traceback"),
        "agreement": agreement(env),
        "failure_samples": stats["failure_samples"],
    }
    (args.out / "load_result.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

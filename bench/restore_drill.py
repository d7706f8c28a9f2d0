"""Restore drill: back up an archive while it serves, restore it into a new data dir, and
check that the restored archive answers the same searches.

    .venv/bin/python bench/restore_drill.py --archive DIR [--work DIR] [--workers 2]

1. serves ``--archive`` with gunicorn (gunicorn.conf.py: its workers and the index writer)
   while a reader requests search pages, the search API and the articles it finds;
2. times ``backup_archive`` into ``WORK/backup`` during that reading (the reader's answers
   are counted: every one must be a 200);
3. stops the server and times the restore into a new data dir, ``WORK/restored``, in the
   two steps of ``restore_archive`` (putting the database in place, then ``search_rebuild``);
4. runs the same searches in both archives (``search.query.search``: the count and the ids
   of the first 50, in order) and compares them.

The archive is only read (``--archive``, or ``--compare-with``, another copy of its database,
must hold a current search index when the searches are compared: check with ``search_verify``). Prints a JSON report; exits 1 if any search differs.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import PY, ROOT, archive_env, free_port, start_server  # noqa: E402

QUERIES = [
    "高新区", "张江", "营商环境", "瞪羚企业", "拿地即开工", "于大勇", '"知识价值信用贷款"', "京", "4191.83",
    "SMC", "創新", "园区 -营商", "佛山 OR 郑州", "一件事一次办", "集成电路", "科技创新 人才", "zhongguancun",
    "北京经开区", '"高新技术企业"', "新能源汽车 OR 生物医药",
]  # fmt: skip

SEARCHES = r"""
import json, sys
import django
django.setup()
from search.query import search

answers = {}
for q in json.loads(sys.argv[1]):
    found = search(q, per_page=50, facets=False)
    answers[q] = {"count": found.count, "ids": [a.pk for a in found.articles]}
print(json.dumps(answers, ensure_ascii=False))
"""


class Reader(threading.Thread):
    """One reader, as fast as the server answers: a search page, the API, an article found."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.base, self.statuses, self.done = f"http://127.0.0.1:{port}", Counter(), threading.Event()

    def get(self, path):
        try:
            with urllib.request.urlopen(self.base + path, timeout=120) as response:
                self.statuses[response.status] += 1
                return response.read()
        except urllib.error.HTTPError as error:
            self.statuses[error.code] += 1
        except OSError as error:
            self.statuses[type(error).__name__] += 1
        return None

    def run(self):
        n = 0
        while not self.done.is_set():
            q = urllib.parse.quote(QUERIES[n % len(QUERIES)])
            self.get(f"/search/?q={q}")
            found = self.get(f"/api/search/?q={q}")
            for result in json.loads(found)["results"][:2] if found else []:
                self.get(result["url"])
            n += 1


def timed(env, *args):
    started = time.perf_counter()
    subprocess.run([PY, "manage.py", *args], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return round(time.perf_counter() - started, 1)


def answers(env):
    run = subprocess.run([PY, "-c", SEARCHES, json.dumps(QUERIES)], env=env, cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(run.stderr)
    return json.loads(run.stdout.strip().splitlines()[-1])


def size_mb(path):
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return round(sum(f.stat().st_size for f in files) / 2**20, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True, help="the data dir to back up (only read)")
    parser.add_argument("--work", type=Path, help="where the backup and the restored data dir go (a new folder)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--compare-with",
        type=Path,
        help="the data dir whose searches the restored one must answer alike (default: --archive); another "
        "copy of the same database, e.g. one whose index is being rebuilt while this one is backed up",
    )
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="restore-drill-"))
    work.mkdir(parents=True, exist_ok=True)
    source_env = archive_env(args.archive, args.workers)
    restored_env = archive_env(work / "restored", args.workers)
    report = {
        "archive": str(args.archive),
        "compared_with": str(args.compare_with or args.archive),
        "database_mb": size_mb(args.archive / "archive.sqlite3"),
    }

    port = free_port()
    with open(work / "gunicorn.log", "w") as log:
        server = start_server(source_env, port, log)
        reader = Reader(port)
        try:
            reader.start()
            time.sleep(5)  # the reader is reading before the backup starts
            report["backup_while_serving_s"] = timed(source_env, "backup_archive", str(work / "backup"))
            reader.done.set()
            reader.join()
        finally:
            server.terminate()
            server.wait(timeout=60)
    report["reader_during_backup"] = dict(reader.statuses)
    report["backup_mb"] = size_mb(work / "backup")
    report["manifest"] = {
        k: v
        for k, v in json.loads((work / "backup" / "manifest.json").read_text()).items()
        if k in ("pages", "articles", "published")
    }

    report["restore_database_s"] = timed(restored_env, "restore_archive", "--no-index", str(work / "backup"))
    report["restore_index_s"] = timed(restored_env, "search_rebuild", "-v0")
    report["restored_verify"] = subprocess.run(
        [PY, "manage.py", "search_verify"], env=restored_env, cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()

    before = answers(archive_env(args.compare_with or args.archive, args.workers))
    after = answers(restored_env)
    differing = [q for q in QUERIES if before[q] != after[q]]
    report["searches"] = {
        "queries": len(QUERIES),
        "same_count_and_ids": len(QUERIES) - len(differing),
        "differing": {q: {"source": before[q], "restored": after[q]} for q in differing},
        "results_compared": sum(len(a["ids"]) for a in before.values()),
        "counts": {q: before[q]["count"] for q in QUERIES},
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()

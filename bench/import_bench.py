"""Import benchmark: parse + store N generated pages into a fresh archive.

    .venv/bin/python bench/import_bench.py --pages 20000 [--seed 1] [--keep DIR]
        [--tree CHECKOUT] [--without-figures] [--jobs N]

The archive's database is SQLite in the data dir, or the (empty) database that
``DATABASE_URL`` names (then ``db_mb`` is ``pg_database_size`` and ``server_cpu_s`` the
PostgreSQL server's CPU time during the import, read from /proc when it runs here).

Generates the pages with bench/corpus.py into a temporary folder, migrates a fresh data
dir, loads the gazetteer, then times ``import_pages DIR`` (reading, decoding, parsing,
storing, with the progress bar) and reports pages/s, articles/s and peak memory (max RSS).
With ``--keep DIR`` the data dir is kept (a ready-made archive for the search and page
benchmarks).

``import_cpu_s`` is the import's own CPU time (user + system of the command and its parser
processes), steadier than wall time on a shared machine. For paired comparisons
(``farm-bench --vs``): ``--tree`` runs another checkout's ``manage.py`` (an older commit
in a git worktree) on the same generated pages; ``--without-figures`` imports with the
key-figures stage left out (``bench/import_without_figures.py``), to measure that stage.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="data dir to create and keep (must not exist)")
    parser.add_argument("--publish", action="store_true", help="import as published (for later benchmarks)")
    parser.add_argument("--jobs", type=int, default=None, help="import_pages --jobs (default: its default, the CPUs)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose manage.py imports (default: this one)")
    parser.add_argument(
        "--without-figures", action="store_true", help="leave the key-figures stage out (measures its cost)"
    )
    args = parser.parse_args()
    tree = args.tree.resolve()

    from corpus import iter_pages

    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    pages_dir = work / "pages"
    pages_dir.mkdir()
    data_dir = args.keep or work / "data"
    t0 = time.perf_counter()
    for name, text in iter_pages(args.pages, args.seed):
        (pages_dir / name).write_text(text, encoding="utf-8")
    gen_s = time.perf_counter() - t0

    os.environ["ARCHIVE_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    env = dict(os.environ)
    env["IMPORT_BENCH_TREE"] = str(tree)
    manage = [sys.executable, str(tree / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], check=True, env=env)
    subprocess.run([*manage, "load_parks", "-v0"], check=True, env=env)

    importer = (
        [sys.executable, str(ROOT / "bench" / "import_without_figures.py")]
        if args.without_figures
        else [
            *manage,
            "import_pages",
        ]
    )
    cmd = [*importer, str(pages_dir)] + (["--publish"] if args.publish else [])
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    from dbsize import server_cpu_s

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server0 = server_cpu_s()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    import_s = time.perf_counter() - t0
    server_s = server_cpu_s() - server0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = after.ru_maxrss
    import_cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        print(proc.stdout, proc.stderr, file=sys.stderr)
        sys.exit(proc.returncode)

    sys.path.insert(0, str(tree))
    import django

    django.setup()
    from dbsize import database_mb

    from archive.models import Article

    articles = Article.objects.count()
    result = {
        "pages": args.pages,
        "jobs": args.jobs or os.cpu_count(),
        "seed": args.seed,
        "articles": articles,
        "generate_s": round(gen_s, 2),
        "import_s": round(import_s, 2),
        "import_cpu_s": round(import_cpu_s, 2),
        "tree": str(tree),
        "without_figures": args.without_figures,
        "pages_per_s": round(args.pages / import_s, 1),
        "articles_per_s": round(articles / import_s, 1),
        "server_cpu_s": round(server_s, 1),
        "load_avg": os.getloadavg(),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "db_mb": database_mb(),
        "summary": proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "",
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    # The generated pages and, without --keep, the data dir: ~300 MB a 1,000-page run.
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

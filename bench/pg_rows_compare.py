"""The PostgreSQL engine's index rows, another checkout's code against this one's, paired.

Loads ``search/backends/postgres/documents.py`` of ``--old`` (e.g. a worktree of main)
beside this checkout's, prepares a sample of the published articles once
(``ArticleIndex.full_prepare``), and reports how many rows differ (plus a few made to
take the careful path: quotes and backslashes, over 16,383 positions, over 256
positions of a lexeme, an empty text) and the CPU of ``documents.row`` an article, old
then new, ``--rounds`` times in one process (both use this checkout's analyzer, whose
defaults are the old numbering):

    DATABASE_URL=postgres://… SEARCH_BACKEND=postgres \\
      .venv/bin/python bench/pg_rows_compare.py --old /path/to/main --articles 2000 --step 30
"""

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

import django  # noqa: E402

django.setup()

from search import analysis  # noqa: E402
from search.backends.postgres import documents as new  # noqa: E402
from search.search_indexes import ArticleIndex  # noqa: E402

ODD = [
    {"headline": "it's a \\ test 张江 " * 3, "text": "张江 创新 it's \\x " * 3000, "chars": "a'b \\ 京" * 3000},
    {"headline": "张江", "text": "张江" * 400 + "x" * 2000, "chars": "京" * 20000},
    {"headline": "", "text": "发展" * 300, "chars": "ab" * 10},
    {"headline": "发展创新", "text": "", "chars": ""},
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the checkout whose documents.py is the 'old' code")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--step", type=int, default=30, help="every step-th published article")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location(
        "old_documents", Path(args.old) / "search/backends/postgres/documents.py"
    )
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    analysis.refresh_dictionary()
    analysis.warm_up()
    queryset = ArticleIndex().index_queryset()
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))[:: args.step][: args.articles]
    index = ArticleIndex()
    prepared = []
    for start in range(0, len(ids), 500):
        chunk = queryset.filter(pk__in=ids[start : start + 500]).order_by("pk")
        prepared += [(index.full_prepare(a), a.pk) for a in chunk]
    sample = prepared + [(p, -n) for n, p in enumerate(ODD, 1)]
    differing = sum(old.row(p, pk) != new.row(p, pk) for p, pk in sample)
    print(f"rows differing: {differing} of {len(sample)} ({len(prepared)} articles, {len(ODD)} made up)")
    for n in range(args.rounds):
        for name, module in (("old", old), ("new", new)):
            started = time.process_time()
            for p, pk in prepared:
                module.row(p, pk)
            ms = (time.process_time() - started) * 1000 / len(prepared)
            print(f"round {n + 1} {name}: {ms:.2f} ms of CPU an article (load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

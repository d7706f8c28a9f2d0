"""Suggestion latency: ``/api/suggest/`` through Django's full request path.

    .venv/bin/python bench/suggest_bench.py --archive DIR [--reps 20]

DIR is a data dir holding a published archive (read only: nothing is written to it but
the cache). Times the first build of the name table and of the phrase list (what a web
process does once, or gunicorn's master before it forks), then every prefix of a mix of
characters, pinyin and initials, ``--reps`` times each, through the test client (URL
routing, form, lookup, JSON). Prints one JSON object; not a test.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TYPED = ["上海张江", "包头", "中关村", "zhangjiang", "zhang", "zj", "baotou", "sz", "创新", "营商环境", "刘", "liu"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=20)
    args = parser.parse_args()
    from search_bench import env_for, pct

    os.environ.update(env_for(args.archive, DJANGO_ALLOWED_HOSTS="testserver"))
    import django

    django.setup()
    from django.test import Client

    from archive.models import Article, Reporter
    from search import names, suggest

    t = time.perf_counter()
    table = names.table()
    names_s = time.perf_counter() - t
    t = time.perf_counter()
    phrase_list = suggest.phrases()
    phrases_s = time.perf_counter() - t
    client = Client()
    prefixes = [word[:i] for word in TYPED for i in range(1, len(word) + 1)]
    samples, cpu = [], []
    for _ in range(args.reps):
        for prefix in prefixes:
            t, c = time.perf_counter(), time.process_time()
            response = client.get("/api/suggest/", {"q": prefix})
            samples.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            assert response.status_code == 200
    out = {
        "articles": Article.objects.published().count(),
        "reporters": Reporter.objects.count(),
        "name_keys": len(table.keys),
        "phrases": len(phrase_list.phrases),
        "build_names_s": round(names_s, 2),
        "build_phrases_s": round(phrases_s, 2),
        "requests": len(samples),
        "wall_ms": {
            "p50": pct(samples, 50),
            "p95": pct(samples, 95),
            "p99": pct(samples, 99),
            "max": pct(samples, 100),
        },
        "cpu_ms": {"p50": pct(cpu, 50), "p95": pct(cpu, 95), "p99": pct(cpu, 99)},
    }
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Time a full Whoosh index build and digest what it wrote, for paired A/B runs (issue 15).

For each ``--code`` checkout (main's worktree for the baseline, a branch's for the change),
in the order given and ``--rounds`` times over, builds an index of the first ``--limit``
published articles of ``--archive`` (a data dir; its database is only read, its own index
is left alone: the build goes to a temporary ``HAYSTACK_PATH``) with that checkout's
``search_rebuild`` code (``WhooshBackend.rebuild``, ``--procs`` processes), and reports the
build's CPU (the process and its forked children, ``getrusage``), wall time, the peak RSS
of the parent and of the largest child, and the load average before and after. With
``--digest``, the built index is then digested (not timed): a sha256 over every field's
terms and postings as Whoosh reads them (each posting keyed by the article's stored id, so
a different document order or segmentation digests the same), every document's stored
fields and field lengths, and the ``article_id`` column.

    .venv/bin/python bench/whoosh_build_bench.py --archive /work/build16-data --limit 10000 \\
        --code /work/main --code . --rounds 2 --digest --out build.json
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, os, resource, sys, time
import django
django.setup()
from archive.models import Article
from search.backends import get_backend
from search.indexing import refresh_dictionary

limit, procs = int(sys.argv[1]), int(sys.argv[2])
refresh_dictionary()
ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))[:limit]
backend = get_backend()
load = os.getloadavg()[0]
t0, c0 = time.monotonic(), os.times()
backend.rebuild(ids, procs=procs)
t1, c1 = time.monotonic(), os.times()
cpu = (c1.user + c1.system + c1.children_user + c1.children_system) - (
    c0.user + c0.system + c0.children_user + c0.children_system
)
print(json.dumps({
    "articles": len(ids), "procs": procs, "wall_s": round(t1 - t0, 2), "cpu_s": round(cpu, 2),
    "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "peak_rss_child_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    "load_before": load, "load_after": os.getloadavg()[0],
}))
"""


def env_for(archive, index_path):
    env = dict(os.environ)
    env.update(
        ARCHIVE_DATA_DIR=str(archive),
        HAYSTACK_PATH=str(index_path),
        SEARCH_BACKEND="whoosh",
        DJANGO_SETTINGS_MODULE="archive.settings",
        DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "whoosh-build-bench"),
    )
    return env


def build(code, archive, index_path, limit, procs):
    python = Path(code) / ".venv" / "bin" / "python"
    done = subprocess.run(
        ["nice", "-n", "5", str(python), "-c", CHILD, str(limit), str(procs)],
        cwd=code,
        env=env_for(archive, index_path),
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"build with {code} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def digest(archive, index_path):
    """sha256 of what the index at ``index_path`` holds, as Whoosh reads it (with this
    checkout's code: packed blocks unpickle ``search.backends.whoosh.blocks`` classes)."""
    import django

    os.environ.update(env_for(archive, index_path))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    django.setup()
    from whoosh.index import open_dir

    ix = open_dir(str(index_path))
    sha = hashlib.sha256()
    postings = 0
    with ix.searcher() as searcher:
        reader = searcher.reader()
        key = [str(reader.stored_fields(n).get("id")) for n in range(reader.doc_count_all())]
        for n in sorted(range(len(key)), key=key.__getitem__):
            stored = reader.stored_fields(n)
            sha.update(repr(sorted(stored.items())).encode())
            lengths = [(f, reader.doc_field_length(n, f)) for f in sorted(ix.schema.scorable_names())]
            sha.update(repr(lengths).encode())
        if reader.has_column("article_id"):
            column = reader.column_reader("article_id")
            sha.update(repr(sorted((key[n], column[n]) for n in range(len(key)))).encode())
        for fieldname, tbytes in reader.all_terms():
            rows = []
            matcher = reader.postings(fieldname, tbytes)
            while matcher.is_active():
                rows.append((key[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
            rows.sort()
            postings += len(rows)
            sha.update(repr((fieldname, tbytes, rows)).encode())
    return {"sha256": sha.hexdigest(), "postings": postings, "documents": len(key)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True, help="data dir whose database is read")
    parser.add_argument("--code", action="append", required=True, help="checkout to build with (repeatable)")
    parser.add_argument("--limit", type=int, default=10_000, help="first N published articles")
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--digest", action="store_true", help="digest each checkout's first build")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    runs = []
    digested = set()
    for round_ in range(args.rounds):
        for code in args.code:
            with tempfile.TemporaryDirectory(dir=args.archive) as tmp:
                index_path = Path(tmp) / "whoosh_index"
                run = {"code": code, "round": round_, **build(code, args.archive, index_path, args.limit, args.procs)}
                if args.digest and code not in digested:
                    digested.add(code)
                    run["digest"] = digest(args.archive, index_path)
            print(json.dumps(run), flush=True)
            runs.append(run)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps({"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": runs}, indent=1)
        )


if __name__ == "__main__":
    sys.exit(main())

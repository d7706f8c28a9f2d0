"""Where an import's CPU goes between the storer and the parser processes, and within
the storer: ``import_pages --publish`` run in this process on a copy of a migrated data
dir, with the storer's steps timed (CPU of the storing thread, ``time.thread_time``).

    .venv/bin/python bench/import_split.py PAGES_DIR TEMPLATE_DATA_DIR WORK_DATA_DIR
        [--tree CHECKOUT] [--without-figures] [--pragma "cache_size=-65536"] [--jobs N]

``TEMPLATE_DATA_DIR`` is a data dir after ``migrate`` and ``load_parks`` (copied to
``WORK_DATA_DIR`` first, which is replaced). Prints one JSON line: wall, the storer
process's CPU (``storer_cpu``, its threads included: the parser results are received by a
thread of it), the parser processes' (``parsers_cpu``), pages/s, the load; then the
storer's steps, CPU seconds, largest first. ``--pragma`` runs a SQLite PRAGMA on every new
connection (to try settings without changing the code); ``--without-figures`` leaves the
key-figures stage out as ``bench/import_without_figures.py`` does.
"""

import collections
import functools
import io
import json
import os
import resource
import time

import import_copy

STEPS = collections.Counter()


def _timed(module, name, key=None):
    function = getattr(module, name)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            STEPS[key(args) if key else name] += time.thread_time() - start

    setattr(module, name, timed)


def _time_the_storer():
    from archive.pipeline import runner, store, store_figures

    by_model = lambda prefix: lambda args: f"{prefix}.{args[0].__name__}"  # noqa: E731
    for module in (store, store_figures):
        _timed(module, "insert_rows", by_model("insert_rows"))
        _timed(module, "copy_creation_history", by_model("history"))
    for name in ("_insert_articles", "enqueue_for_index", "create_extracted", "create_articles", "join_pending"):
        _timed(store, name)
    _timed(store_figures, "count_new_figures")
    _timed(runner, "store_batch")
    _timed(runner, "load_tagger")
    from django.db.backends.base.base import BaseDatabaseWrapper

    _timed(BaseDatabaseWrapper, "_commit")


def main():
    parser = import_copy.arguments(__doc__)
    parser.add_argument("--without-figures", action="store_true")
    parser.add_argument("--pragma", action="append", default=[])
    parser.add_argument("--jobs", type=int)
    args = parser.parse_args()
    import_copy.django_on_copy(args)
    from django.core.management import call_command

    if args.pragma:
        from django.db.backends.signals import connection_created

        def pragmas(sender, connection, **kwargs):
            with connection.cursor() as cursor:
                for pragma in args.pragma:
                    cursor.execute(f"PRAGMA {pragma}")

        connection_created.connect(pragmas, weak=False)
    if args.without_figures:
        from archive.pipeline import prepare, store

        def nothing(parsed_article, gazetteer):
            return prepare.Extracted()

        prepare.extract = store.extract = nothing
    _time_the_storer()

    own0, children0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    options = ["--jobs", str(args.jobs)] if args.jobs else []
    call_command("import_pages", str(args.pages), "--publish", *options, stdout=io.StringIO(), verbosity=0)
    wall = time.perf_counter() - start
    own1, children1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    storer = own1.ru_utime - own0.ru_utime + own1.ru_stime - own0.ru_stime
    parsers = children1.ru_utime - children0.ru_utime + children1.ru_stime - children0.ru_stime
    pages = sum(1 for p in args.pages.rglob("*") if p.is_file())
    result = {
        "tree": str(args.tree),
        "without_figures": args.without_figures,
        "pragmas": args.pragma,
        "wall_s": round(wall, 2),
        "storer_cpu_s": round(storer, 2),
        "parsers_cpu_s": round(parsers, 2),
        "cpu_s": round(storer + parsers, 2),
        "pages_per_s": round(pages / wall, 1),
        "load_avg": os.getloadavg(),
    }
    print(json.dumps(result, ensure_ascii=False))
    for step, seconds in STEPS.most_common():
        print(f"  {seconds:8.3f}  {step}")


if __name__ == "__main__":
    main()

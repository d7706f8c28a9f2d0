"""When an import's storer works and when it waits: ``import_pages --publish`` run in this
process (jobs as the command's default) on a copy of a migrated data dir, with times
marked at the start, around the tagger's load, at the first batch and every fifth stored,
and at the end; then how long the storer waited for its parser processes' results, the
CPU the cyclic collector took in the storer process (``gc.callbacks``) and the parser
processes' CPU.

    .venv/bin/python bench/import_timeline.py PAGES_DIR TEMPLATE_DATA_DIR WORK_DATA_DIR [--tree CHECKOUT]

``TEMPLATE_DATA_DIR`` is a data dir after ``migrate`` and ``load_parks``; it is copied to
``WORK_DATA_DIR`` (replaced) first.
"""

import concurrent.futures
import gc
import io
import os
import resource
import time

import import_copy

START = time.perf_counter()
MARKS = []
WAITED = [0.0]
COLLECTOR = {"cpu": 0.0, "started": 0.0}


def mark(name):
    MARKS.append((name, time.perf_counter() - START, time.process_time()))


def _waiting(result):
    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return result(self, *args, **kwargs)
        finally:
            WAITED[0] += time.perf_counter() - started

    return timed


def _collector(phase, info):
    if phase == "start":
        COLLECTOR["started"] = time.process_time()
    else:
        COLLECTOR["cpu"] += time.process_time() - COLLECTOR["started"]


def main():
    args = import_copy.arguments(__doc__).parse_args()
    import_copy.django_on_copy(args)
    from django.core.management import call_command

    from archive.pipeline import runner

    load_tagger, store_batch, stored = runner.load_tagger, runner.store_batch, [0]

    def marked_load():
        mark("tagger loading")
        load_tagger()
        mark("tagger loaded")

    def marked_store(*a, **k):
        if not stored[0]:
            mark("first batch in")
        outcomes = store_batch(*a, **k)
        stored[0] += 1
        if stored[0] % 5 == 0 or stored[0] == 1:
            mark(f"batch {stored[0]} stored")
        return outcomes

    runner.load_tagger, runner.store_batch = marked_load, marked_store
    concurrent.futures.Future.result = _waiting(concurrent.futures.Future.result)
    gc.callbacks.append(_collector)
    mark("set up")
    call_command("import_pages", str(args.pages), "--publish", stdout=io.StringIO(), verbosity=0)
    mark("end")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    for name, wall, cpu in MARKS:
        print(f"{name:18s} wall {wall:7.2f} s   storer CPU {cpu:7.2f} s")
    print(f"storer waited for results {WAITED[0]:.2f} s, collector CPU {COLLECTOR['cpu']:.2f} s")
    print(f"parser processes CPU {children.ru_utime + children.ru_stime:.2f} s, load {os.getloadavg()}")


if __name__ == "__main__":
    main()

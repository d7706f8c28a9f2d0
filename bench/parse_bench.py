"""CPU time of the parser alone: ``parse_page`` over the five fixture pages and the
generated pages of the golden test (``corpus.iter_pages(N, seed=7)``), in-process, best
of ``--reps`` passes.

    .venv/bin/python bench/parse_bench.py [--pages 300] [--reps 3] [--root DIR]

``--root`` parses with another checkout's ``archive/pipeline`` (a baseline exported with
``git archive``), so two commits are compared in turns on the same machine:

    for i in 1 2 3 4; do
        .venv/bin/python bench/parse_bench.py --root /tmp/base; .venv/bin/python bench/parse_bench.py
    done
"""

import argparse
import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--root", type=Path, default=HERE, help="the checkout whose parser is timed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.root))
    from archive.pipeline.parks import Gazetteer
    from archive.pipeline.parse import parse_page

    spec = importlib.util.spec_from_file_location("bench_corpus", HERE / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    gazetteer = Gazetteer.from_csv(HERE / "fixtures" / "parks.csv")
    pages = [p.read_text(encoding="utf-8") for p in sorted((HERE / "fixtures" / "pages").glob("*.txt"))]
    pages += [text for _, text in corpus.iter_pages(args.pages, seed=7)]
    best = float("inf")
    for _ in range(args.reps):
        start = time.process_time()
        for text in pages:
            parse_page(text, gazetteer=gazetteer)
        best = min(best, time.process_time() - start)
    print(
        f"{args.root.name}: {len(pages)} pages, best of {args.reps}: {best:.2f} s CPU, {1000 * best / len(pages):.2f} ms/page"
    )


if __name__ == "__main__":
    main()

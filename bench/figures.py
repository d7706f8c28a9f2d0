"""Time the key-figures and companies stages per article over the fixture pages.

    .venv/bin/python bench/figures.py [--repeat N]

Prints ms per article for figures (with the gazetteer, as at import), companies, both,
and for comparison the parse stage per article; the numbers are in docs/figures.md.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.pipeline.companies import extract_companies  # noqa: E402
from archive.pipeline.figures import article_figures, article_text  # noqa: E402
from archive.pipeline.parks import Gazetteer  # noqa: E402
from archive.pipeline.parse import parse_page  # noqa: E402


def interleaved(fns, repeat):
    """Best and median seconds of each function, run in turn so a busy machine slows all alike."""
    times = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return {name: (min(ts), statistics.median(ts)) for name, ts in times.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    gazetteer = Gazetteer.from_csv(ROOT / "fixtures" / "parks.csv")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*.txt"))]
    pages = [parse_page(t, gazetteer=gazetteer) for t in texts]
    articles = [a for page in pages for a in page.articles]
    n = len(articles)
    chars = sum(len(article_text(a.blocks)) for a in articles)
    figures = sum(len(article_figures(a, gazetteer)) for a in articles)  # also warms caches

    def run_figures():
        for a in articles:
            article_figures(a, gazetteer)

    def run_companies():
        for a in articles:
            extract_companies(article_text(a.blocks))

    def run_parse():
        for t in texts:
            parse_page(t, gazetteer=gazetteer)

    print(f"{len(texts)} pages, {n} articles, {chars} body characters, {figures} figures")
    results = interleaved({"figures": run_figures, "companies": run_companies, "parse": run_parse}, args.repeat)
    for name, (best, median) in results.items():
        ratio = best / results["parse"][0]
        print(f"{name:10} {best / n * 1000:.3f} ms/article best, {median / n * 1000:.3f} median, {ratio:.2f} x parse")


if __name__ == "__main__":
    main()

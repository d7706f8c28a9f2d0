"""CPU time of the parse and key-figure stages over the fixture pages and generated pages,
for one checkout; run it for two checkouts in turn to compare them (A/B interleaved).

    python bench/corpus.py --pages 300 --seed 1 --out /tmp/corpus
    for i in 1 2 3; do
        .venv/bin/python bench/figure_cpu.py --tree /tmp/main-export --corpus /tmp/corpus
        .venv/bin/python bench/figure_cpu.py --tree . --corpus /tmp/corpus
    done

Pages are parsed once (untimed warm-up of caches), then parsed again and the figures of
every article extracted, each stage's CPU time (``time.process_time``) summed over
``--repeat`` rounds; the best round is printed with a digest of all figures (value, unit,
metric, class, year, span), so two trees giving the same figures show the same digest.
"""

import argparse
import hashlib
import sys
import time
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--corpus", type=Path, help="a folder of generated pages (bench/corpus.py)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tree = args.tree.resolve()
    sys.path.insert(0, str(tree))
    from archive.pipeline.figures import article_figures, article_text
    from archive.pipeline.parks import Gazetteer
    from archive.pipeline.parse import parse_page

    gazetteer = Gazetteer.from_csv(tree / "fixtures" / "parks.csv")
    paths = sorted((tree / "fixtures" / "pages").glob("*.txt"))
    if args.corpus:
        paths += sorted(args.corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pages = [parse_page(t, gazetteer=gazetteer) for t in texts]
    articles = [a for page in pages for a in page.articles]
    bodies = [article_text(a.blocks) for a in articles]
    digest = hashlib.sha256()
    count = 0
    for a, body in zip(articles, bodies, strict=True):
        for f in article_figures(a, gazetteer, body):
            count += 1
            digest.update(repr((f.value, f.unit, f.metric, f.metric_class, f.year, f.start, f.end)).encode())
    best_parse = best_figures = float("inf")
    for _ in range(args.repeat):
        t = time.process_time()
        for text in texts:
            parse_page(text, gazetteer=gazetteer)
        best_parse = min(best_parse, time.process_time() - t)
        t = time.process_time()
        for a, body in zip(articles, bodies, strict=True):
            article_figures(a, gazetteer, body)
        best_figures = min(best_figures, time.process_time() - t)
    print(
        f"{tree.name}: {len(texts)} pages, {len(articles)} articles, {count} figures, "
        f"digest {digest.hexdigest()[:12]}; CPU s (best of {args.repeat}): parse {best_parse:.3f}, "
        f"figures {best_figures:.3f} ({1000 * best_figures / len(articles):.3f} ms an article, "
        f"{best_figures / best_parse:.2f} x parse)"
    )


if __name__ == "__main__":
    main()

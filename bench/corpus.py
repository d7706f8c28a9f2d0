"""A seeded generator of synthetic newspaper pages for benchmarks.

It recombines the fixture pages' headlines, bylines and paragraphs with parks drawn from
the gazetteer, in the fixture layouts: markdown headings, plain headlines, and narrow
columns with every headline collected at the end of the page. Same (n, seed) -> same
pages, byte for byte.

    python bench/corpus.py --pages 20000 --seed 1 --out var/corpus
"""

import argparse
import csv
import random
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
PARKS = ROOT / "fixtures" / "parks.csv"

PARK_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(高新区|经开区)")
SENTENCE_END = tuple("。！？”…")


@cache
def pools():
    """Headlines, bylines and paragraphs harvested from the fixture pages (not page 004's narrow columns)."""
    headlines, bylines, paragraphs = [], [], []
    for path in sorted(PAGES.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        if sum(1 for line in lines if line) and max(len(line) for line in lines) < 40:
            continue  # narrow-column page: lines are fragments, not paragraphs
        for line in lines:
            if not line:
                continue
            text = line.lstrip("#").strip()
            if line.startswith(("▶", "◎")):
                bylines.append(text.lstrip("▶◎").strip())
            elif line.startswith("#") or (6 <= len(text) <= 32 and not text.endswith(SENTENCE_END + ("，", ","))):
                if not text.startswith(("图片来源", "编者按")) and not text.endswith("摄"):
                    headlines.append(text)
            elif len(text) >= 60 and text.endswith(SENTENCE_END):
                paragraphs.append(text)
    return sorted(set(headlines)), sorted(set(bylines)), sorted(set(paragraphs))


@cache
def park_names():
    with open(PARKS, encoding="utf-8", newline="") as fh:
        return sorted({row["short_name"] for row in csv.DictReader(fh) if row["short_name"]})


GENERIC = ("国家高新区", "全国高新区", "国家经开区", "各地高新区")


def _with_park(text, park):
    def swap(match):
        return match.group(0) if match.group(0).endswith(GENERIC) else park

    return PARK_NAME.sub(swap, text)


def _article(rng):
    headlines, bylines, paragraphs = pools()
    park = rng.choice(park_names())
    headline = _with_park(rng.choice(headlines), park)
    if park not in headline:
        headline = f"{park}{rng.choice(['：', ':', ''])}{headline}"
    byline = rng.choice(bylines) if rng.random() < 0.7 else ""
    body = [_with_park(p, park) for p in rng.sample(paragraphs, rng.randint(4, 9))]
    if not byline:
        body[0] = "本报讯 " + body[0]
    captions = [f"图片来源:{park}"] if rng.random() < 0.3 else []
    return headline, byline, body, captions


def _markdown(articles, rng):
    out = []
    for headline, byline, body, captions in articles:
        out.append(f"## {headline}")
        if byline:
            out.append(f"▶ {byline}")
        for i, para in enumerate(body):
            if captions and i == len(body) // 2:
                cut = len(para) // 2
                out += [para[:cut], "", captions[0], "", para[cut:]]
            else:
                out.append(para)
    return "\n\n".join(out) + "\n"


def _plain(articles, rng):
    out = []
    for headline, byline, body, captions in articles:
        if len(headline) > 20 and rng.random() < 0.5:
            cut = rng.randint(8, len(headline) - 6)
            out.append(f"{headline[:cut]}\n{headline[cut:]}")
        else:
            out.append(headline)
        if byline:
            out.append(f"▶ {byline}")
        out.extend(body)
        out.extend(captions)
    return "\n\n".join(out) + "\n"


def _narrow(articles, rng):
    width = rng.randint(16, 20)
    lines, heads = [], []
    for headline, byline, body, _captions in articles:
        heads.append(headline)
        if byline:
            lines.append(f" ▶ {byline}")
        for para in body:
            lines.extend(para[i : i + width] for i in range(0, len(para), width))
    return "\n\n".join(lines + heads) + "\n"


LAYOUTS = [_markdown, _plain, _narrow]


def iter_pages(n, seed=1):
    """Yield ``(file_name, text)`` for ``n`` synthetic pages, deterministically from ``seed``."""
    rng = random.Random(seed)
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        articles = [_article(rng) for _ in range(rng.randint(4, 6))]
        yield f"synthetic_{seed}_{i:06d}.txt", layout(articles, rng)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in iter_pages(args.pages, args.seed):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {args.pages} pages to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

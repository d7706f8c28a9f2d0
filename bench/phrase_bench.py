"""Relevance at scale: a phrase taken from an article finds that article.

    .venv/bin/python bench/phrase_bench.py --archive DIR [--samples 1000] [--seed 1] [--work DIR]

DIR is a data dir holding a published archive (``bench/import_bench.py --publish --keep``).
Its database is copied into a work dir (``--work``, or a temporary one) and indexed there
with ``search_rebuild`` unless the work dir already has an index. Then, for ``--samples``
published articles drawn with the seed, a phrase of 10-14 characters is cut from one of
its paragraphs (no punctuation or space inside) and searched quoted and unquoted with
``search.query.matching_ids``, as the search page does.

``--cut units`` (the default) cuts the phrase at the analyser's unit boundaries (a Han
character, a whole run of digits or Latin letters: ``search.analysis.units``), as a
reader copies a phrase: never half a number ("…企业25" out of "…企业2500余家") or half a
Latin word. ``--cut chars`` is the first version's cut, anywhere between two characters
(its numbers in docs/benchmarks.md were measured with it). Per sample and mode:

* ``first``: the article is ranked first;
* ``first_or_tied``: everything ranked above it has the same text (headline and body),
  i.e. it is first among equal-text duplicates;
* ``phrase_first``: everything ranked above it contains the phrase too (the ranking never
  puts an article without the phrase before it; in the generated corpus, whose
  paragraphs are drawn from a small pool, most phrases occur in many articles). "Contains"
  reads the article's printed text as the index holds it: headline, kicker, subtitle,
  column, paragraphs and captions;
* ``phrase_first_body``: the same with the first version's reading, headline and
  paragraphs only (an article with the phrase in its subtitle counted as lacking it).

The first 1,000 ids of a search are read; when the article is not among them, the search
is read as deep as it goes, and those ranked above it past the first 1,000 are checked
against the quoted phrase's result set rather than by their text (``ranked_past_limit``
counts these searches; at 100k a phrase is in ~5,000 articles).

Prints one JSON object: the shares, and for the misses of ``phrase_first`` what they have
in common (how many articles hold the phrase, the target's rank, the first article
without the phrase ranked above it, examples). Not a test.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import copy_archive, env_for  # noqa: E402

RUN = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{10,}")
LIMIT = 1000  # ids read per search; the texts of those ranked above the article are read
# A phrase of the generated corpus is in ~5,000 of 100k articles (its paragraphs come from a
# small pool): when the article is not among the first LIMIT, the search is read as deep as it
# goes (up to DEEP) and those ranked above it past LIMIT are checked against the quoted
# phrase's own result set (the index's reading of "contains the phrase") instead of by text.
DEEP = 100_000


def phrase_of(article, rng, cut="units"):
    runs = [m.group(0) for p in article.paragraphs for m in RUN.finditer(p)]
    if not runs:
        return None
    run = rng.choice(runs)
    if cut == "chars":
        size = rng.randint(10, min(14, len(run)))
        start = rng.randint(0, len(run) - size)
        return run[start : start + size]
    return _cut_at_units(run, rng)


def _cut_at_units(run, rng):
    """10-14 characters of ``run`` that start and end at unit boundaries, or ``None``."""
    from search import analysis

    units = analysis.units(analysis.normalize(run))  # same length: offsets are the run's
    starts = [start for _u, _p, start, _e in units]
    ends = {end for _u, _p, _s, end in units}
    spans = [(s, e) for s in starts for e in range(s + 10, min(s + 14, len(run)) + 1) if e in ends]
    if not spans:
        return None
    start, end = rng.choice(spans)
    return run[start:end]


def measure(args):
    import django

    django.setup()
    from archive.models import Article
    from search import analysis, query

    texts = {}  # id -> normalised text: articles come up again and again

    def text_of(pk):
        text = texts.get(pk)
        if text is None:
            article = Article.objects.only("headline", "body").get(pk=pk)
            text = texts[pk] = analysis.normalize(article.headline + "\n" + "\n".join(article.paragraphs))
        return text

    flats = {}

    def flat_of(pk, printed=True):
        text = flats.get((pk, printed))
        if text is None:
            if printed:
                a = Article.objects.only("headline", "kicker", "subtitle", "column", "body", "captions").get(pk=pk)
                parts = [a.headline, a.kicker, a.subtitle, a.column, *a.paragraphs, *a.caption_list]
                text = analysis.normalize("\n".join(p for p in parts if p))
            else:
                text = text_of(pk)
            text = flats[(pk, printed)] = re.sub(r"\s+", "", text)
        return text

    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
    rng = random.Random(args.seed)
    sample = rng.sample(ids, min(args.samples, len(ids)))
    articles = Article.objects.in_bulk(sample)
    results = {"articles": len(ids), "samples": 0, "quoted": Counter(), "unquoted": Counter()}
    misses = {"quoted": [], "unquoted": []}
    holders_all = []
    for pk in sample:
        article = articles[pk]
        phrase = phrase_of(article, rng, args.cut)
        if phrase is None:
            continue
        results["samples"] += 1
        norm_phrase = re.sub(r"\s+", "", analysis.normalize(phrase))
        target_text = text_of(pk)
        holders = None  # ids of the articles holding the phrase, when a search is read deep
        for mode, q in (("quoted", f'"{phrase}"'), ("unquoted", phrase)):
            count, found = query.matching_ids(q, limit=LIMIT)
            if pk not in found and count > LIMIT:
                count, found = query.matching_ids(q, limit=min(count, DEEP))
            rank = found.index(pk) if pk in found else None
            above = found[:rank] if rank else []
            near, deep = above[:LIMIT], above[LIMIT:]
            if deep and holders is None:
                holders = set(query.matching_ids(f'"{phrase}"', limit=DEEP)[1])
            deep_lacking = [i for i in deep if i not in holders] if deep else []
            results[mode]["deep"] += bool(deep)
            first = rank == 0
            tied = rank is not None and not deep and all(text_of(i) == target_text for i in near)
            lacking = [i for i in near if norm_phrase not in flat_of(i)] + deep_lacking
            phrase_first = rank is not None and not lacking
            lacking_body = [i for i in near if norm_phrase not in flat_of(i, printed=False)] + deep_lacking
            results[mode]["phrase_first_body"] += rank is not None and not lacking_body
            results[mode]["first"] += first
            results[mode]["first_or_tied"] += tied
            results[mode]["phrase_first"] += phrase_first
            if mode == "quoted":
                holders_all.append(count)
            if not phrase_first:
                outranked_by = lacking[0] if lacking else None
                misses[mode].append({"id": pk, "phrase": phrase, "rank": rank, "matches": count, "by": outranked_by})
    n = results["samples"] or 1
    out = {"articles": results["articles"], "samples": results["samples"], "cut": args.cut}
    for mode in ("quoted", "unquoted"):
        shares = ("first", "first_or_tied", "phrase_first", "phrase_first_body")
        out[mode] = {k: round(100 * results[mode][k] / n, 1) for k in shares}
        miss = misses[mode]
        out[mode]["ranked_past_limit"] = results[mode]["deep"]
        out[mode]["misses"] = len(miss)
        out[mode]["misses_not_found"] = sum(1 for m in miss if m["rank"] is None)
        out[mode]["misses_median_matches"] = sorted(m["matches"] for m in miss)[len(miss) // 2] if miss else None
        out[mode]["miss_examples"] = miss[:8]
    holders_all.sort()
    out["phrase_unique_share"] = round(100 * sum(1 for c in holders_all if c == 1) / n, 1)
    out["phrase_matches_median"] = holders_all[len(holders_all) // 2] if holders_all else None
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cut", choices=["units", "chars"], default="units", help="where phrases are cut (see above)")
    parser.add_argument("--work", type=Path, help="work data dir (kept; reused with its index)")
    parser.add_argument("--phase", choices=["measure"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "measure":
        print(json.dumps(measure(args), ensure_ascii=False))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="phrase-bench-")) / "data"
    if not (work / "archive.sqlite3").exists():
        copy_archive(args.archive, work)
    env = env_for(work)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, cwd=ROOT, check=True)
    if not (work / "whoosh_index").exists():
        subprocess.run([*manage, "search_rebuild", "-v0"], env=env, cwd=ROOT, check=True)
    cmd = [sys.executable, __file__, "--phase", "measure", "--archive", str(args.archive)]
    cmd += ["--samples", str(args.samples), "--seed", str(args.seed), "--cut", args.cut]
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    print(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()

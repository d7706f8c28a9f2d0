"""Does ``char_set`` find every article the char field's prefix found? (issue 15, 京 cold)

    .venv/bin/python bench/char_set_agreement.py --old /work/scale100k/whoosh_index \\
        --new /work/char15-100k/whoosh_index --sample 500

``--old``: an index without ``char_set`` (an earlier version's), ``--new``: one with it,
of the same articles. For 京, the most common characters and a seeded sample of the
others in the new index's ``char_set``: the articles (``article_id`` column, live
documents only) of every char term starting with the character in the old index - the
query earlier versions ran - against those of the character's one term in the new, and
the CPU of reading each (first read: nothing cached). Both are only read. Prints one JSON
document.
"""

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def open_snapshot(path):
    from whoosh.filedb.filestore import FileStorage

    from search.backends.whoosh.numpy_engine import Snapshot

    storage = FileStorage(path, supports_mmap=False, readonly=True)
    return Snapshot(storage.open_index().searcher())


def articles(snap, docnums):
    docnums = docnums[snap.live[docnums]]
    return set(snap.column("article_id")[docnums].tolist())


def prefix_docs(snap, char):
    """Documents of every ``chars`` term starting with ``char`` (the old query's matches)."""
    tbytes = char.encode("utf-8")
    terms = list(snap.searcher.reader().expand_prefix("chars", tbytes))
    ids = [snap.postings("chars", t).ids for t in terms]
    return (np.unique(np.concatenate(ids)) if ids else np.zeros(0, dtype=np.int32)), len(terms)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True, help="an index without char_set")
    parser.add_argument("--new", required=True, help="an index with char_set, of the same articles")
    parser.add_argument("--sample", type=int, default=500, help="characters besides 京 and the 20 most common")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from search.backends.whoosh.fields import CHAR_SET_FIELD

    old, new = open_snapshot(args.old), open_snapshot(args.new)
    reader = new.searcher.reader()
    chars = [t.decode("utf-8") for t in reader.lexicon(CHAR_SET_FIELD)]
    by_df = sorted(chars, key=lambda c: -reader.doc_frequency(CHAR_SET_FIELD, c.encode("utf-8")))
    picked = list(
        dict.fromkeys(["京", *by_df[:20], *random.Random(args.seed).sample(chars, min(args.sample, len(chars)))])
    )
    result = {"old": args.old, "new": args.new, "characters": len(chars), "checked": len(picked), "differ": []}
    timing = {}
    for char in picked:
        t0 = time.process_time()
        old_docs, nterms = prefix_docs(old, char)
        t1 = time.process_time()
        new_docs = new.postings(CHAR_SET_FIELD, char.encode("utf-8")).ids
        t2 = time.process_time()
        a, b = articles(old, old_docs), articles(new, new_docs)
        if a != b:
            result["differ"].append({"char": char, "old_only": len(a - b), "new_only": len(b - a)})
        if char == "京" or len(timing) < 21:
            timing[char] = {
                "articles": len(b),
                "prefix_terms": nterms,
                "prefix_ms": round((t1 - t0) * 1000, 1),
                "char_set_ms": round((t2 - t1) * 1000, 1),
            }
    result["first_reads"] = timing
    result["loadavg"] = os.getloadavg()
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

"""What decoding a term's posting list costs: ``postings.read_term`` and the engine's
``Postings``, on an existing archive's index, for common terms (best of ``--reps``, CPU).

    .venv/bin/python bench/decode_bench.py --archive DIR [--reps 5] [--term chars:质量 ...]

Run it from the tree whose reading code is to be measured, on an index that tree's
build wrote (the block layout is the build's).
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TERMS = [
    "text:企业",
    "text:发展",
    "text:张江",
    "chars:营商",
    "chars:商环",
    "chars:环境",
    "chars:高质",
    "chars:质量",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--term", action="append", help="field:term (default: common words and bigrams)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 50)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    import django

    django.setup()
    from whoosh import index as whoosh_index

    from search.backends.whoosh.postings import Postings, read_term

    ix = whoosh_index.open_dir(str(args.archive / "whoosh_index"))
    segments = [segment for segment, _offset in ix.reader().leaf_readers()]
    results = {}
    for spec in args.term or DEFAULT_TERMS:
        fieldname, term = spec.split(":", 1)
        positional = ix.schema[fieldname].format.supports("positions")
        best, postings = float("inf"), 0
        for _ in range(args.reps):
            t0 = time.process_time()
            postings = 0
            for segment in segments:
                read = read_term(segment, fieldname, term.encode("utf-8"), positional)
                if read is None:
                    continue
                ids, weights, values = read
                Postings.from_positions(ids, weights, values) if positional else Postings(ids, weights)
                postings += len(ids)
            best = min(best, time.process_time() - t0)
        results[spec] = {"postings": postings, "cpu_ms": round(best * 1000, 1)}
        print(spec, json.dumps(results[spec]), flush=True)
    print(json.dumps({"archive": str(args.archive), "loadavg": os.getloadavg(), "terms": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()

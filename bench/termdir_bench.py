"""What finding a term in every segment costs: Whoosh's hashed term table against the term
directory a rebuild writes beside each segment (``search/backends/whoosh/termdir.py``),
for a random sample of the terms of one field (CPU per segment lookup, best of ``--reps``).

    .venv/bin/python bench/termdir_bench.py --archive DIR [--field text] [--sample 5000]

Both ways are timed in the same process on the same terms, alternately. The index must
have been rebuilt by a tree that writes term directories (else only Whoosh's is timed).
"""

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--field", default="text")
    parser.add_argument("--sample", type=int, default=5000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 50)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    import django

    django.setup()
    from whoosh.filedb.filestore import FileStorage

    from search.backends.whoosh.postings import term_directory

    storage = FileStorage(str(args.archive / "whoosh_index"))
    storage.supports_mmap = False  # as the site reads it (haystack_backend: MMAP off by default)
    reader = storage.open_index().reader()
    segments = [segment for segment, _offset in reader.leaf_readers()]
    terms = sorted({t for segment in segments[:1] for t in segment.lexicon(args.field)})
    sample = random.Random(args.seed).sample(terms, min(args.sample, len(terms)))
    directories = [term_directory(segment, args.field) for segment in segments]

    def whoosh():
        for tbytes in sample:
            for segment in segments:
                segment.doc_frequency(args.field, tbytes)

    def directory():
        for tbytes in sample:
            for found in directories:
                found.find(tbytes)

    ways = {"whoosh": whoosh}
    if all(directories):
        ways["directory"] = directory
    best = {}
    for _ in range(args.reps):
        for name, run in ways.items():
            start = time.process_time()
            run()
            per = (time.process_time() - start) / (len(sample) * len(segments)) * 1e6
            best[name] = min(best.get(name, per), per)
    print(
        json.dumps(
            {
                "field": args.field,
                "segments": len(segments),
                "with_directory": sum(1 for d in directories if d),
                "terms_sampled": len(sample),
                "cpu_us_per_segment_lookup": {name: round(v, 2) for name, v in best.items()},
                "load": os.getloadavg()[0],
            }
        )
    )


if __name__ == "__main__":
    main()

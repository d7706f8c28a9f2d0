"""Every layout of ``test_layouts`` over all widths 10-40 (5 pages x 31 widths x marks x
indents = 620), not only the suite's six widths: which give other articles than the
original page (``layouts.differences``, with the joints), and what differs.

    .venv/bin/python -m tests.pipeline.all_widths [--pages 000,003] [--widths 10-40] [-q]

``-q`` prints only the ids and the count. Also checks what the suite checks at every
width: every character placed once and every article's text kept (reported if not).
"""

import argparse

from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import ROOT, page_text
from .layouts import article_texts, differences
from .test_layouts import PAGES, layout_id, relaid


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default=",".join(PAGES))
    ap.add_argument("--widths", default="10-40")
    ap.add_argument("-q", action="store_true")
    args = ap.parse_args(argv)
    from archive.pipeline.parks import Gazetteer

    gazetteer = Gazetteer.from_csv(ROOT / "fixtures" / "parks.csv")
    pages = args.pages.split(",")
    lo, hi = (int(x) for x in args.widths.split("-"))
    parsed = {p: parse_page(page_text(p), gazetteer=gazetteer) for p in PAGES}
    total = differing = broken = 0
    for prefix in pages:
        for width in range(lo, hi + 1):
            for marks in (True, False):
                for indent in (False, True):
                    total += 1
                    joints = set()
                    text = relaid(parsed, prefix, width, marks, indent, joints)
                    page = parse_page(text, gazetteer=gazetteer)
                    raw, placed = accounted_chars(text, page)
                    if raw != placed or article_texts(page) != article_texts(parsed[prefix]):
                        broken += 1
                        print(f"TEXT {layout_id(prefix, width, marks, indent)}")
                    diff = differences(parsed[prefix], page, joints)
                    if diff:
                        differing += 1
                        print(layout_id(prefix, width, marks, indent))
                        if not args.q:
                            print("\n".join("    " + d for d in diff))
    print(f"{differing} of {total} layouts differ; {broken} lose or move text")


if __name__ == "__main__":
    main()

"""The same page typed differently comes out the same: half- or full-width punctuation,
tabs, runs of spaces, trailing spaces. (Re-wrapped columns and line endings are in
``test_nothing_lost``; random ones in ``test_properties``.)"""

import re

import pytest

from archive.pipeline.parse import parse_page

from .conftest import page_text

PAGES = ["000", "001", "002", "003", "004"]
FULL, HALF = "：（），；！？", ":(),;!?"


def loose(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(str.maketrans(FULL, HALF))).strip()


def structure(page):
    """What a reader sees, with punctuation widths and spacing folded."""
    return [
        (
            loose(a.headline),
            loose(a.kicker),
            loose(a.subtitle),
            loose(a.column),
            loose(a.byline),
            [(c.name, c.role) for c in a.credits],
            [b.kind for b in a.blocks],
            [loose(b.text) for b in a.blocks],
            len(a.captions),
            sorted(a.flags),
            [(m.name, m.primary) for m in a.parks],
        )
        for a in page.articles
    ]


VARIANTS = {
    "half-width punctuation": lambda t: t.translate(str.maketrans(FULL, HALF)),
    "full-width punctuation": lambda t: t.translate(str.maketrans(HALF, FULL)),
    "tabs": lambda t: t.replace(" ", "\t"),
    "runs of spaces": lambda t: "\n".join("  " + line.replace(" ", "   ") + " \t " for line in t.split("\n")),
    "trailing spaces": lambda t: "\n".join(line + "   " for line in t.split("\n")),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("prefix", PAGES)
def test_it_cuts_a_retyped_page_the_same_way(parsed, gazetteer, prefix, variant):
    text = VARIANTS[variant](page_text(prefix))
    assert structure(parse_page(text, gazetteer=gazetteer)) == structure(parsed[prefix])


def test_it_finds_the_park_in_a_plain_headline_with_either_colon(gazetteer):
    for colon in ":：":
        text = (
            f"济宁高新区{colon}减税降费持续发力 企业跑出“加速度”\n\n本报讯 近日，济宁高新区税务局推出多项便民措施。\n"
        )
        (a,) = parse_page(text, gazetteer=gazetteer).articles
        assert a.headline == f"济宁高新区{colon}减税降费持续发力 企业跑出“加速度”"
        assert [m.name for m in a.parks if m.primary] == ["济宁高新技术产业开发区"]

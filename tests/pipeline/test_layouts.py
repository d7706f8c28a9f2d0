"""The fixture pages re-set in other layouts (``layouts.relayout``: column widths 10–40,
a blank line after every line, with and without ``#`` marks, with and without paragraph
indents, in every encoding and line ending the importer reads) give the articles the
original page gives: at six widths every layout, at any width 10-40 a property.

The combinations that still differ are listed in ``DIFFERENT_HEADS`` / ``DIFFERENT`` /
``DIFFERENT_TEXT`` (strict xfails: fixing one fails the test until it is taken off the
list); a failure prints each difference.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.pipeline.decode import decode_page
from archive.pipeline.lines import ends_sentence
from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import page_text
from .layouts import _joint, article_texts, differences, relayout, wrap

PAGES = ["000", "001", "002", "003", "004"]
WIDTHS = [10, 15, 17, 21, 30, 40]
INDENT = "\u3000\u3000"
ENCODINGS = [("utf-8", "\n"), ("gb18030", "\r\n"), ("utf-16", "\r")]
LAYOUTS = [
    (prefix, width, marks, indent)
    for prefix in PAGES
    for width in WIDTHS
    for marks in (True, False)
    for indent in (False, True)
]


# Headlines or bylines differ: none left.
DIFFERENT_HEADS: set[str] = set()

# Some paragraph, subhead, title part or article differs. Where a page has no indents, a
# full line that ends a sentence shows no paragraph break: the re-set page reads the same
# with or without one there (``layouts._joint``), so there two paragraphs count as one in
# either parse. None left.
DIFFERENT: set[str] = set()

# The article text (each article's words, whitespace ignored) differs: none left.
DIFFERENT_TEXT: set[str] = set()


def layout_id(prefix, width, marks, indent):
    return f"{prefix}-w{width}-{'marks' if marks else 'plain'}-{'indent' if indent else 'flush'}"


def relaid(parsed, prefix, width, marks, indent, joints=None):
    """The page re-set, as the importer receives it: encoded and with the line endings of
    one of ``ENCODINGS`` (each page and width in turn), and decoded."""
    text = relayout(
        page_text(prefix), parsed[prefix], width, marks=marks, indent=INDENT if indent else "", joints=joints
    )
    encoding, newline = ENCODINGS[(PAGES.index(prefix) + width) % len(ENCODINGS)]
    data = text.replace("\n", newline).encode(encoding)
    if encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    return decode_page(data)[0]


def cases(known):
    return [
        pytest.param(
            *case, id=layout_id(*case), marks=[pytest.mark.xfail(strict=True)] if layout_id(*case) in known else []
        )
        for case in LAYOUTS
    ]


@pytest.mark.parametrize(("prefix", "width", "marks", "indent"), LAYOUTS, ids=[layout_id(*c) for c in LAYOUTS])
def test_every_character_of_a_relaid_page_is_placed_exactly_once(gazetteer, parsed, prefix, width, marks, indent):
    text = relaid(parsed, prefix, width, marks, indent)
    raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
    assert raw == placed, (raw - placed, placed - raw)


@pytest.mark.parametrize(("prefix", "width", "marks", "indent"), cases(DIFFERENT_HEADS))
def test_a_relaid_page_gives_the_same_headlines_and_bylines(gazetteer, parsed, prefix, width, marks, indent):
    page = parse_page(relaid(parsed, prefix, width, marks, indent), gazetteer=gazetteer)
    got = [(a.headline, a.byline) for a in page.articles]
    assert got == [(a.headline, a.byline) for a in parsed[prefix].articles]


@pytest.mark.parametrize(("prefix", "width", "marks", "indent"), cases(DIFFERENT))
def test_a_relaid_page_gives_the_same_articles(gazetteer, parsed, prefix, width, marks, indent):
    joints = set()
    page = parse_page(relaid(parsed, prefix, width, marks, indent, joints), gazetteer=gazetteer)
    diff = differences(parsed[prefix], page, joints)
    assert not diff, "\n".join(diff)


@pytest.mark.parametrize(("prefix", "width", "marks", "indent"), cases(DIFFERENT_TEXT))
def test_a_relaid_page_gives_the_same_article_text(gazetteer, parsed, prefix, width, marks, indent):
    page = parse_page(relaid(parsed, prefix, width, marks, indent), gazetteer=gazetteer)
    assert article_texts(page) == article_texts(parsed[prefix]), "\n".join(differences(parsed[prefix], page))


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PAGES), width=st.integers(10, 40), marks=st.booleans(), indent=st.booleans())
def test_any_width_gives_the_same_article_text(gazetteer, parsed, prefix, width, marks, indent):
    page = parse_page(relaid(parsed, prefix, width, marks, indent), gazetteer=gazetteer)
    assert article_texts(page) == article_texts(parsed[prefix]), "\n".join(differences(parsed[prefix], page))


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PAGES), width=st.integers(10, 40), marks=st.booleans(), indent=st.booleans())
def test_any_width_gives_the_same_articles(gazetteer, parsed, prefix, width, marks, indent):
    # (All 620 layouts of widths 10-40: ``python -m tests.pipeline.all_widths``.)
    joints = set()
    page = parse_page(relaid(parsed, prefix, width, marks, indent, joints), gazetteer=gazetteer)
    diff = differences(parsed[prefix], page, joints)
    assert not diff, "\n".join(diff)


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PAGES), width=st.integers(10, 40), marks=st.booleans(), indent=st.booleans())
def test_any_width_places_every_character_exactly_once(gazetteer, parsed, prefix, width, marks, indent):
    text = relaid(parsed, prefix, width, marks, indent)
    raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
    assert raw == placed, (raw - placed, placed - raw)


def test_a_joint_is_exactly_where_a_paragraph_break_does_not_show(parsed):
    # The yardstick of ``differences``: two paragraphs (the first ending a sentence) set
    # flush meet at a joint if and only if they are set line for line as one paragraph.
    checked = joints = 0
    for page in parsed.values():
        for a in page.articles:
            paras = [b.text for b in a.blocks if b.kind == "p"]
            for p, q in zip(paras, paras[1:], strict=False):
                if not ends_sentence(p):
                    continue
                for width in range(10, 41):
                    apart, whole = wrap(p, width) + wrap(q, width), wrap(p + q, width)
                    joint = _joint(wrap(p, width)[-1], wrap(q, width)[0], width, indent=False)
                    assert (joint is not None) == (apart == whole), (p[-12:], q[:12], width)
                    assert _joint(wrap(p, width)[-1], wrap(q, width)[0], width, indent=True) is None
                    checked += 1
                    joints += joint is not None
    assert checked > 1000 and joints > 20


def test_a_paragraph_whose_rest_is_elsewhere_on_the_page_is_reset_as_one_column_fragment(parsed):
    # Page 003 prints ``疫情期间…困境。稀土高新区企业`` and ``服务管理局…帮助企`` as two lines of
    # one paragraph (its rest is above, after a jump): re-set together, as a column that
    # breaks there prints them, with no short line under ``…困境。``.
    lines = [s for s in relayout(page_text("003"), parsed["003"], 32).split("\n") if s.strip()]
    k = lines.index("疫情期间，包头市伊利乳业受疫情影响，面临运输不畅、物料短缺等困境。")
    assert lines[k + 1 : k + 3] == [
        "稀土高新区企业服务管理局积极发挥绿色通道专项服务功能，帮助企业联",
        "系库房、托盘，并协调交管大队帮助企",
    ]

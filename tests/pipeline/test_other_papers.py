"""Pages in other newspapers' habits (``other_papers``): bylines opening the first
paragraph or on a line of their own in many forms, articles with no reporter, traditional
characters, narrow columns. Every article is found with its headline and reporters, and
its text as printed."""

import pytest

from archive.pipeline.lines import squash
from archive.pipeline.parse import accounted_chars, parse_page

from .other_papers import END_MARK, OWN_LINE, in_traditional, page, stories

WIDTHS = [None, 12, 17, 24]
IDS = ["paragraph-a-line", "w12", "w17", "w24"]


def found(parsed_page):
    return [(a.headline, [c.name for c in a.credits if c.role != "photo"]) for a in parsed_page.articles]


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
def test_every_article_is_found_with_its_headline_and_reporters(gazetteer, parsed, width):
    items = stories(parsed)
    got = parse_page(page(items, width), gazetteer=gazetteer)
    assert found(got) == [(s.headline, s.names) for s in items]


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
def test_a_page_in_traditional_characters_gives_the_same_articles_as_printed(gazetteer, parsed, width):
    items = in_traditional(stories(parsed))
    got = parse_page(page(items, width), gazetteer=gazetteer)
    # Headlines and text as printed; reporters' names in simplified characters (one
    # reporter, one name, whichever script the paper used).
    assert found(got) == [(s.headline, s.names) for s in items]
    assert [squash("".join(b.text for b in a.blocks)) for a in got.articles] == [
        squash("".join(_text_after_lead(s))) for s in items
    ]


def _text_after_lead(story):
    """The paragraphs without the dateline and credits (据…报道 stays: it is the sentence's)."""
    first = story.paragraphs[0]
    if story.lead[:1] in "据據":
        first = story.lead + first
    return [first, *story.paragraphs[1:]]


def _byline(story):
    """The byline as printed: the dateline and credits that opened the paragraph, the line
    under the headline, or the credits closing the text (without the end mark)."""
    lead = "" if story.lead.startswith("据") else story.lead.strip()
    return lead or story.byline.lstrip("■") or story.end.removesuffix(END_MARK)


def test_the_dateline_and_credits_leave_the_first_paragraph_and_the_text_stays_whole(gazetteer, parsed):
    items = stories(parsed)
    got = parse_page(page(items), gazetteer=gazetteer)
    assert [[b.text for b in a.blocks] for a in got.articles] == [_text_after_lead(s) for s in items]
    assert [a.byline for a in got.articles] == [_byline(s) for s in items]
    assert [e["text"] for e in got.furniture] == [END_MARK for s in items if s.end.endswith(END_MARK)]


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
def test_every_character_of_a_page_in_other_forms_is_placed_once(gazetteer, parsed, width):
    for text in (page(stories(parsed), width), page(in_traditional(stories(parsed)), width)):
        raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
        assert raw == placed, (raw - placed, placed - raw)


def test_a_reporter_never_takes_the_first_words_of_the_text(gazetteer):
    text = "潍坊高新区创新服务手段\n本报讯 记者王明近日从潍坊高新区获悉，科技局全力助力企业科研攻关。\n"
    (article,) = parse_page(text, gazetteer=gazetteer).articles
    assert article.credits == []
    assert article.byline == "本报讯"
    assert article.blocks[0].text == "记者王明近日从潍坊高新区获悉，科技局全力助力企业科研攻关。"


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_byline_form_on_a_line_of_its_own_is_the_byline_and_the_text_stays_whole(gazetteer, parsed, width, script):
    # 本报讯（记者 X）, （X）, 据X报道, 新华社…电(记者 X Y) under the headline, as other papers
    # set them; ``据新华社报道`` alone on its line is the attribution, not the text's start.
    items = stories(parsed, OWN_LINE)
    items = in_traditional(items) if script == "traditional" else items
    got = parse_page(page(items, width), gazetteer=gazetteer)
    assert found(got) == [(s.headline, s.names) for s in items]
    assert [a.byline for a in got.articles] == [s.byline for s in items]
    assert [squash("".join(b.text for b in a.blocks)) for a in got.articles] == [
        squash("".join(s.paragraphs)) for s in items
    ]


@pytest.mark.parametrize("width", [None, 17], ids=["paragraph-a-line", "w17"])
def test_a_page_in_traditional_characters_is_tagged_with_the_same_parks(gazetteer, parsed, width):
    # 烏魯木齊高新區, 鄭州高新區…: the parks are found through the t2s reading of the page.
    items = stories(parsed)
    simplified = parse_page(page(items, width), gazetteer=gazetteer)
    traditional = parse_page(page(in_traditional(items), width), gazetteer=gazetteer)
    parks = [[p.name for p in a.parks] for a in simplified.articles]
    assert sum(1 for names in parks if names) > len(items) // 2
    assert [[p.name for p in a.parks] for a in traditional.articles] == parks

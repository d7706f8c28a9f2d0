"""Helpers for tests that parse a short page of their own: parse it with nothing lost, and find
an article by the opening of its first paragraph."""

from archive.pipeline.parse import accounted_chars, parse_page


def parsed_whole(text, gazetteer):
    """The parse of ``text``, checked to place every character exactly once."""
    page = parse_page(text, gazetteer=gazetteer)
    raw, placed = accounted_chars(text, page)
    assert raw == placed
    return page


def opening_with(page, start: str):
    """The article whose first paragraph begins with ``start``."""
    return next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith(start))

"""A headline stack's kicker against its headline, by where a clause is left open (``headings``).

- **A line ending in 的 ends no headline.** ``一家“老国企”的`` / ``数字化转身``: the 的 waits for
  its noun on the next line; the two lines, in one type, are one headline joined with nothing
  (never a headline and a column's name under it).
- **A short line of nouns over a headline that opens with its park's name is its kicker.**
  Set tight (``专精特新`` / ``洛阳高新区“小巨人”扎堆成长``): a headline broken over lines names its
  park on its first line, and a short line with no verb, no figure, no punctuation and no park
  above such a longer line is no opening of its clause; it is the kicker.
- **A clause broken over two lines is the headline, the whole line over it the kicker.** On a
  plain page (no type to go by), a park's clause (``济南高新区深化产学研合作``) over two lines
  that are one clause the width broke - the first left open at its end (``让科技成果从“书架”``:
  a 从 phrase waiting for its verb, a word that goes on) and the second saying nothing of its
  own (``走上“货架”``) - is the kicker: a subtitle is set in a smaller type and says something
  of its own; the lines broken by the column's width are the largest type's, the headline's.
"""

import re

from .head_clauses import (
    ADVERB_PREDICATE_RE,
    HEAD_VERB_RE,
    NO_QUOTES,
    OPEN_COUNT_END_RE,
    PARK_OPENING,
    PUNCT_RE,
    joined_lines,
    park_names,
    same_type,
)
from .open_clauses import says_its_own
from .reflow import SUBTITLE_DASHES, Item

# A line left open at its end: a 的 waiting for its noun, a word that goes on (与, 和, 把…), or
# a 从 phrase whose verb (到, 走上, 迈向) is still to come.
_OPEN_END_RE = re.compile(r"(?:[的之与和及在对把让为从向将以于、]|从[^，,。：:\s]{1,8})\Z")
# A short kicker: a few characters of nouns (专精特新, 产业观察).
_SHORT_KICKER_MAX = 6
# A count or an ordinal waiting for its noun (全国首个, 又一批): a headline's opening, no kicker.
_COUNT_END_RE = re.compile(r"[个家批项座条所次位名款件类种]\Z")


def join_open_de(heads: list[Item]) -> list[Item]:
    """``heads`` with a line ending in 的 joined (with nothing) to the line under it in its type."""
    out: list[Item] = []
    for item in heads:
        prev = out[-1] if out else None
        if (
            prev is not None
            and same_type(prev, item)
            and prev.text.endswith("的")
            and not item.text.startswith(SUBTITLE_DASHES)
        ):
            out[-1] = joined_lines(prev, item, main=prev.main)
        else:
            out.append(item)
    return out


def short_kicker_over_park(first: str, rest: list[str], gazetteer) -> bool:
    """Is ``first``, set tight over ``rest``, a short kicker of nouns over a headline that opens
    with its park's name and holds its verb?"""
    text = first.strip()
    return bool(
        rest
        and 2 <= len(text) <= _SHORT_KICKER_MAX
        and not re.search(r"[\s\d]", text)
        and not _COUNT_END_RE.search(text)
        and not OPEN_COUNT_END_RE.search(text)
        and not PUNCT_RE.search(text.translate(NO_QUOTES))
        and not HEAD_VERB_RE.search(text)
        and not ADVERB_PREDICATE_RE.search(text)
        and not park_names(text, gazetteer)
        and park_names(rest[0][:PARK_OPENING], gazetteer)
        and len(rest[0]) > len(text) + 2
    )


def headline_broken_under(heads: list[Item], h: int, gazetteer) -> tuple[list[Item], int]:
    """(heads, the headline's index): the two lines under ``heads[h]``, a park's clause, joined
    into the headline when they are one clause the width broke (``heads[h]`` then its kicker)."""
    if len(heads) != h + 3 or any(x.kind != "cand" or x.main for x in heads[h:]):
        return heads, h
    top, first, second = heads[h], heads[h + 1], heads[h + 2]
    if not (same_type(first, second) and same_type(top, first)):
        return heads, h
    if (
        park_names(top.text[:PARK_OPENING], gazetteer)
        and HEAD_VERB_RE.search(top.text)
        and not first.text.startswith(SUBTITLE_DASHES)
        and not second.text.startswith(SUBTITLE_DASHES)
        and _OPEN_END_RE.search(first.text.strip())
        and not PUNCT_RE.search(first.text.translate(NO_QUOTES))
        and not park_names(first.text[:PARK_OPENING], gazetteer)
        and not says_its_own(second.text, gazetteer)
    ):
        return heads[: h + 1] + [joined_lines(first, second)], h + 1
    return heads, h

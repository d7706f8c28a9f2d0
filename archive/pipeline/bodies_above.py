"""A story whose text starts above its headline (``parse``, before ``assemble``): the page sets
the headline, its subtitle and its byline in the middle of the column, and the paragraphs
above them are that story's. The park tells it: the paragraphs at the end of the story above
each name a park the headline below names, while that story's headline and its text before
them name other parks and never that one, and the paragraphs never name the story above's
park. Those paragraphs are put after the headline's cluster, in their order, so they open its
story; a sentence the inset headline cut (``…企业数量已`` / headline / byline / ``突破120家…``)
is joined with nothing. Pure functions on ``reflow`` items."""

import dataclasses

from .head_clauses import park_names
from .lines import ends_sentence, join_fragments
from .reflow import Item

_HEADS = ("cand", "md")
_CLUSTER = _HEADS + ("byline",)


def _parks(items: list[Item], gazetteer) -> set:
    return set().union(set(), *(park_names(it.text, gazetteer) for it in items))


def bodies_above_headlines(items: list[Item], gazetteer) -> list[Item]:
    """The items with the paragraphs printed above a mid-column headline (and its byline)
    moved under it."""
    if gazetteer is None:
        return items
    out = list(items)
    i = 0
    while i < len(out):
        if out[i].kind not in _HEADS:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].kind in _CLUSTER:
            j += 1
        moved = _run_above(out, i, j, gazetteer)
        if moved:
            k = i - moved
            run, cluster = out[k:i], out[i:j]
            after = out[j]
            if not ends_sentence(run[-1].text) and not (after.opens or after.lead):
                # (the inset headline cut a sentence: its two halves are one paragraph)
                joined = dataclasses.replace(
                    after, text=join_fragments(run[-1].text, after.text), lines=run[-1].lines + after.lines
                )
                out[k : j + 1] = cluster + run[:-1] + [joined]
            else:
                out[k:j] = cluster + run
        i = j
    return out


def _starts_story(it: Item) -> bool:
    return it.kind == "byline" or it.kind == "para" and bool(it.opens or it.lead)


def _run_above(out: list[Item], i: int, j: int, gazetteer) -> int:
    """How many paragraphs right above the headline cluster ``out[i:j]`` are its story's."""
    cluster = out[i:j]
    if j >= len(out) or out[j].kind != "para" or not any(c.kind == "byline" for c in cluster):
        return 0
    parks = _parks([c for c in cluster if c.kind in _HEADS], gazetteer)
    if not parks:
        return 0
    k = i
    while k > 0 and out[k - 1].kind == "para" and not (out[k - 1].opens or out[k - 1].lead):
        if not parks & park_names(out[k - 1].text, gazetteer):
            break
        k -= 1
    # The story above: back to its byline or its opening paragraph (本报讯…), and its headline
    # over that; its subheads and captions on the way are its text.
    h = k
    while h > 0 and not _starts_story(out[h - 1]):
        h -= 1
    g = h - 1
    while g > 0 and out[g - 1].kind in _CLUSTER:
        g -= 1
    if k == i or g < 0 or not any(it.kind == "para" for it in out[g:k]):
        return 0
    above = _parks(out[g:k], gazetteer)
    if not above or above & parks or above & _parks(out[k:i], gazetteer):
        return 0
    return i - k

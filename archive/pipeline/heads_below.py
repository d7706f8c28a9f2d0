"""A page that prints each headline BELOW its story (a local evening paper's district page,
held-out probe p21 07): the page opens with a story's text, its dateline first, and ends with
a headline; between them each story's text is followed by its headline. Read top down, each
headline looked like the next story's, so every story from the second on got the headline of
the one above it, and the last headline became a subhead.

The signal, all of it required, so a page of headlines over their stories is never turned:
the page's items alternate story text and headline clusters, two clusters at least, the
first item a story's text and the last a headline; every run of text opens a story (a
dateline or a byline) and ends a sentence; and every headline names a park the story above
it names (in any paragraph: a dateline broken over lines may leave its opening paragraph a
fragment). Each headline cluster is then put over that story.
Pure functions on ``reflow`` items (``parse``, before ``assemble``)."""

from .head_clauses import park_names
from .lines import ends_sentence
from .reflow import Item

_HEADS = ("cand", "md")


def headlines_below(items: list[Item], gazetteer) -> list[Item]:
    """``items`` with each headline printed below its story put over it, when the page is
    set so (above); else ``items`` as they are."""
    if gazetteer is None or len(items) < 4 or items[0].kind in _HEADS or items[-1].kind not in _HEADS:
        return items
    stories: list[tuple[list[Item], list[Item]]] = []
    body: list[Item] = []
    heads: list[Item] = []
    for it in items:
        if it.kind in _HEADS:
            heads.append(it)
            continue
        if heads:
            stories.append((body, heads))
            body, heads = [], []
        body.append(it)
    stories.append((body, heads))
    if len(stories) < 2 or not all(_headed_below(body, heads, gazetteer) for body, heads in stories):
        return items
    return [it for body, heads in stories for it in heads + body]


def _headed_below(body: list[Item], heads: list[Item], gazetteer) -> bool:
    """Is ``heads`` the headline of the story ``body`` right above it?"""
    paras = [it for it in body if it.kind == "para"]
    if not paras or not _opens_story(body[0]) or not ends_sentence(paras[-1].text):
        return False
    named = set().union(*(park_names(h.text, gazetteer) for h in heads))
    return any(named & park_names(p.text, gazetteer) for p in paras)


def _opens_story(it: Item) -> bool:
    return it.kind == "byline" or (it.kind == "para" and bool(it.opens or it.lead))

"""Sets of matching documents with scores, combined with numpy.

A query's matches are ``Hits``: sorted unique global document numbers and their scores.
Boolean queries are set operations on them; large sets are combined through arrays over
every document number (``maxdoc``), which is linear, small ones through sorting and
binary search. Nothing here knows Whoosh.
"""

import numpy as np

EMPTY_IDS = np.zeros(0, dtype=np.int64)
EMPTY_SCORES = np.zeros(0, dtype=np.float64)


class Hits:
    """Sorted unique global document numbers and their scores."""

    __slots__ = ("ids", "scores")

    def __init__(self, ids, scores):
        self.ids = ids
        self.scores = scores

    def __len__(self):
        return len(self.ids)


EMPTY = Hits(EMPTY_IDS, EMPTY_SCORES)


def _dense_enough(n, maxdoc):
    return maxdoc is not None and n * 16 > maxdoc


def union(parts, maxdoc=None):
    parts = [p for p in parts if len(p)]
    if not parts:
        return EMPTY
    if len(parts) == 1:
        return parts[0]
    if _dense_enough(sum(map(len, parts)), maxdoc):
        scores = np.zeros(maxdoc)
        seen = np.zeros(maxdoc, dtype=bool)
        for p in parts:
            scores[p.ids] += p.scores
            seen[p.ids] = True
        ids = np.flatnonzero(seen)
        return Hits(ids, scores[ids])
    ids, inverse = np.unique(np.concatenate([p.ids for p in parts]), return_inverse=True)
    return Hits(ids, np.bincount(inverse, weights=np.concatenate([p.scores for p in parts]), minlength=len(ids)))


def member(a, b, maxdoc=None):
    """Mask of the values of sorted ``a`` that are in sorted ``b`` (both unique; below
    ``maxdoc`` if given)."""
    if not len(b) or not len(a):
        return np.zeros(len(a), dtype=bool)
    if _dense_enough(len(a) + len(b), maxdoc):
        seen = np.zeros(maxdoc, dtype=bool)
        seen[b] = True
        return seen[a]
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    return b[at] == a


def _scores_at(hits, ids, maxdoc):
    """Scores of ``hits`` for ``ids`` (all of which are in ``hits``)."""
    if _dense_enough(len(hits) + len(ids), maxdoc):
        dense = np.zeros(maxdoc)
        dense[hits.ids] = hits.scores
        return dense[ids]
    return hits.scores[np.searchsorted(hits.ids, ids)]


def intersect(parts, maxdoc=None):
    if not parts or any(not len(p) for p in parts):
        return EMPTY
    parts = sorted(parts, key=len)
    ids, scores = parts[0].ids, parts[0].scores
    for p in parts[1:]:
        keep = member(ids, p.ids, maxdoc)
        ids = ids[keep]
        scores = scores[keep] + _scores_at(p, ids, maxdoc)
        if not len(ids):
            return EMPTY
    return Hits(ids, scores)


def maybe(required, optional, maxdoc=None):
    if not len(required) or not len(optional):
        return required
    mine = np.flatnonzero(member(required.ids, optional.ids, maxdoc))
    scores = required.scores.copy()
    scores[mine] += _scores_at(optional, required.ids[mine], maxdoc)
    return Hits(required.ids, scores)


def exclude(positive, negative, maxdoc=None):
    if not len(positive) or not len(negative):
        return positive
    keep = ~member(positive.ids, negative.ids, maxdoc)
    return Hits(positive.ids[keep], positive.scores[keep])

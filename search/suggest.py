"""Suggestions as one types: parks (with kind and province), reporters, places and the
frequent phrases of headlines, by a prefix of their characters or pinyin.

Everything is looked up in small sorted lists kept in memory (``search.names`` for names,
``phrases()`` here): a suggestion is a binary search and a short scan, well under a
millisecond at any archive size. The phrase list is built from the newest
``PHRASE_HEADLINES`` headlines once per ``PHRASE_TTL`` and shared through the cache
(seconds of CPU, docs/benchmarks.md), or ahead of time by ``warm()``.
"""

import bisect
import threading
import time
from collections import Counter
from dataclasses import dataclass

import rjieba
from django.core.cache import cache

from archive.models import Article
from search import analysis, names

PHRASE_HEADLINES = 20000
PHRASE_TTL = 60 * 60
MIN_PHRASE_COUNT = 2
MAX_PHRASES = 5000
MAX_QUERY_CHARS = 40


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "park", "reporter", "place", "phrase"
    label: str
    detail: str = ""
    url: str = ""  # a page of its own, else the search for ``label``


class PhraseList:
    """Frequent headline words (2+ Han characters), by characters and by pinyin."""

    def __init__(self, counts):
        self.phrases = [w for w, _n in counts.most_common(MAX_PHRASES)]
        rank = {w: i for i, w in enumerate(self.phrases)}
        keys = []
        for word in self.phrases:
            keys.append((word, rank[word]))
            full, _initials = names.spell(word)
            keys.append((full, rank[word]))
        self.keys = sorted(keys)
        self._first = [k for k, _r in self.keys]

    def lookup(self, prefix, limit):
        start = bisect.bisect_left(self._first, prefix)
        found = set()
        for key, rank in self.keys[start : start + 500]:
            if not key.startswith(prefix):
                break
            found.add(rank)
        return [self.phrases[r] for r in sorted(found)[:limit]]


def headline_counts(limit=PHRASE_HEADLINES):
    """Counter of the words of the newest published headlines."""
    counts = Counter()
    headlines = Article.objects.published().order_by("-published_on", "-pk").values_list("headline", flat=True)
    for headline in headlines[:limit]:
        words = {w for w in rjieba.cut(analysis.normalize(headline), False) if len(w) >= 2}
        counts.update(w for w in words if analysis.is_han_word(w))
    return Counter({w: n for w, n in counts.items() if n >= MIN_PHRASE_COUNT})


_lock = threading.Lock()
_phrases = {"list": None, "built": 0.0}
PHRASES_KEY = "search:suggest:phrases"


def phrases():
    """The ``PhraseList``: this process's, else the one another process left in the cache,
    else built now (and left there)."""
    current = _phrases["list"]
    if current is not None and time.monotonic() - _phrases["built"] < PHRASE_TTL:
        return current
    with _lock:
        shared = cache.get(PHRASES_KEY)
        if shared is None:
            shared = PhraseList(headline_counts())
            cache.set(PHRASES_KEY, shared, PHRASE_TTL)
        _phrases.update(list=shared, built=time.monotonic())
        return shared


def warm():
    """Build the name table and the phrase list now (e.g. before gunicorn forks)."""
    names.table()
    phrases()


def suggest(text, limit=8):
    """Up to ``limit`` suggestions for what has been typed so far: names first (exact
    keys, then the most written about), then phrases."""
    text = (text or "").strip()[:MAX_QUERY_CHARS]
    key = names.pinyin_key(text) or analysis.normalize(text).strip()
    if not key:
        return []
    out = [Suggestion(e.kind, e.label, e.detail, e.url) for e in names.table().lookup(key, limit)]
    seen = {s.label for s in out}
    for phrase in phrases().lookup(key, limit):
        if len(out) >= limit:
            break
        if phrase not in seen:
            out.append(Suggestion("phrase", phrase, "常见词"))
            seen.add(phrase)
    return out[:limit]

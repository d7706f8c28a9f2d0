"""Names as readers write them: parks, reporters and places, in characters or pinyin.

One small table, built from the gazetteer and the reporters (a few thousand names), kept
per process and rebuilt when a park or reporter changes (``invalidate()``, called by
``search.signals``, or a bulk change seen by ``signature()``). Nothing here knows an engine:

* ``expand()`` rewrites a ``ParsedQuery`` before any backend compiles it: a term in pinyin
  (zhangjiang, zhāng jiāng, zhang1jiang1) becomes, as an alternative, the characters it
  spells (张江); a term that is a park's or a reporter's name (any of its names, or a name
  derived from its city, ``archive.models.parks.derive_names``) also matches the articles
  tagged with that park or reporter (``Term.also``), which engines rank first.
* ``lookup()`` serves suggestions: names by a prefix of their characters, of their pinyin
  or (for parks and reporters) of their initials (zj).
* ``closest()`` offers names near a query that found nothing.
"""

import bisect
import difflib
import functools
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.db.models import Count, Max

from archive.models import Article, ArticlePark, Byline, Park, Reporter, derive_names, pinyin_syllables
from search import analysis
from search.language import Term

KIND_ORDER = {"park": 0, "reporter": 1, "place": 2}
MAX_AGE = 60  # seconds between looks at the database's signature of the names
GENERATION_KEY = "search:names:generation"
# Latin letters and the marks pinyin is written with: tone marks (combining after NFD),
# tone numbers after a syllable, apostrophes between syllables (xi'an), ü as v or u.
_PINYIN_TEXT = re.compile(r"^[a-z]+(?:[1-5]?'?[a-z]+)*[1-5]?$")
_PLACE_SUFFIXES = ("市", "省")
_KIND_SUFFIXES = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "园区")


def pinyin_key(text):
    """Pinyin as a lookup key (letters only: zhāng jiāng, Zhang1Jiang1 -> zhangjiang), or
    ``None`` when ``text`` is not written in Latin letters."""
    text = unicodedata.normalize("NFD", analysis.normalize(text or "")).replace("ü", "v")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\s\-·]+", "", text.lower())
    if not text or not _PINYIN_TEXT.match(text):
        return None
    return re.sub(r"[1-5']", "", text)


@functools.lru_cache(maxsize=50000)
def spell(name):
    """``(full, initials)`` pinyin keys of a Chinese name: 张江 -> (zhangjiang, zj). Spelled
    with ``archive.models.pinyin``'s tables, not pypinyin (~55 MB in every web worker)."""
    syllables = [s.lower() for s in pinyin_syllables(name)]
    syllables = [re.sub(r"[^a-z0-9]", "", s.replace("ü", "v")) for s in syllables]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


@dataclass(frozen=True)
class Entry:
    """A park, reporter or place as suggestions show it."""

    kind: str  # "park", "reporter", "place"
    label: str
    detail: str = ""
    url: str = ""
    weight: int = 0  # ties of a prefix: the better known first


@dataclass
class NameTable:
    entries: list = field(default_factory=list)
    # normalised name -> (facet key, value) pairs: a term that is a name matches its tags
    tags: dict = field(default_factory=dict)
    # pinyin key -> the characters it spells (several where names sound alike)
    spelled: dict = field(default_factory=dict)
    # sorted (key, entry index): prefixes of characters, pinyin and initials
    keys: list = field(default_factory=list)
    labels: list = field(default_factory=list)  # every name, for closest()

    def add(self, entry, names, tag=None, initials=True, pinyin_of=()):
        index = len(self.entries)
        self.entries.append(entry)
        for name in dict.fromkeys(n for n in names if n):
            norm = analysis.normalize(name).strip()
            if len(norm) < 2:
                continue
            self.labels.append(name)
            self.keys.append((norm, index))
            if tag is not None:
                self.tags.setdefault(norm, set()).add(tag)
        for text in dict.fromkeys(t for t in (*names, *pinyin_of) if t):
            full, short = spell(text)
            if len(full) >= 4 and full != text:
                self.spelled.setdefault(full, set()).add(analysis.normalize(text))
                self.keys.append((full, index))
                if initials and len(short) >= 2:
                    self.keys.append((short, index))

    def finish(self):
        self.keys = sorted(set(self.keys))
        self._first = [k for k, _i in self.keys]
        return self

    def lookup(self, prefix, limit=10):
        """Entries with a key starting with ``prefix`` (normalised, or a pinyin key),
        exact keys first, then parks, reporters, places, each the most written about
        first; at most one per entry."""
        prefix = pinyin_key(prefix) or analysis.normalize(prefix).strip()
        if not prefix:
            return []
        start = bisect.bisect_left(self._first, prefix)
        found = {}
        for key, index in self.keys[start : start + 2000]:
            if not key.startswith(prefix):
                break
            entry = self.entries[index]
            rank = (key != prefix, KIND_ORDER.get(entry.kind, 9), -entry.weight, len(key))
            if index not in found or rank < found[index]:
                found[index] = rank
        return [self.entries[i] for i in sorted(found, key=found.get)[:limit]]


def core_name(park):
    """The distinctive part of a park's name: 上海张江高新区 -> 张江 (empty if none)."""
    name = park.short_name or park.name
    for suffix in _KIND_SUFFIXES:
        name = name.removesuffix(suffix)
    for place in (park.city, park.province):
        for form in (place, place.removesuffix("市").removesuffix("省")):
            if form and name.startswith(form):
                name = name[len(form) :]
    return name if len(name) >= 2 else ""


def build():
    """The table from the database (a few hundred parks, the reporters)."""
    table = NameTable()
    parks = list(Park.objects.all())
    derived = derive_names(parks)
    places = {}
    counts = _published_counts(ArticlePark, "park_id")
    for park in parks:
        if not (park.verified or counts.get(park.pk)):
            continue  # as the park pages: a park found in text only once it has a published article
        detail = " · ".join(p for p in (park.get_kind_display(), park.province) if p)
        entry = Entry("park", str(park), detail, park.get_absolute_url(), counts.get(park.pk, 0))
        names = [*park.all_names, *derived.get(park.pk, [])]
        core = core_name(park)
        table.add(entry, names, tag=("park", park.slug), pinyin_of=[core] if core else [])
        for place in (park.city, park.province):
            if place:
                places[place] = places.get(place, 0) + 1
    for place, n in places.items():
        short = place
        for suffix in _PLACE_SUFFIXES:
            short = short.removesuffix(suffix)
        table.add(Entry("place", place, "地区", "", n), [place, short], initials=False)
    bylines = _published_counts(Byline, "reporter_id")
    for reporter in Reporter.objects.filter(pk__in=list(bylines)):
        entry = Entry("reporter", reporter.name, "记者", reporter.get_absolute_url(), bylines.get(reporter.pk, 0))
        table.add(entry, [reporter.name], tag=("reporter", reporter.slug))
    return table.finish()


def _published_counts(relation, key):
    """``{park or reporter id: published articles}`` (only those with one)."""
    published = relation.objects.filter(article__status=Article.Status.PUBLISHED)
    return dict(published.values_list(key).annotate(n=Count("article_id", distinct=True)))


_lock = threading.Lock()
_cached = {"table": None, "generation": None, "signature": None, "checked": 0.0}


def signature():
    """What changes when parks or reporters are added or removed in bulk (no signals)."""
    parks = Park.objects.aggregate(n=Count("pk"), last=Max("pk"))
    reporters = Reporter.objects.aggregate(n=Count("pk"), last=Max("pk"))
    bylines = Byline.objects.aggregate(last=Max("pk"))
    return (parks["n"], parks["last"], reporters["n"], reporters["last"], bylines["last"])


def invalidate():
    """A park or reporter changed: every process rebuilds its table on its next use."""
    cache.set(GENERATION_KEY, time.time_ns(), None)


def table():
    """This process's ``NameTable``, rebuilt when a park or reporter changed (signals:
    ``invalidate``; bulk changes: ``signature``, looked at every ``MAX_AGE`` seconds)."""
    generation = cache.get(GENERATION_KEY)
    current = _cached["table"]
    if current is not None and generation == _cached["generation"]:
        if time.monotonic() - _cached["checked"] < MAX_AGE:
            return current
        _cached["checked"] = time.monotonic()
        if signature() == _cached["signature"]:
            return current
    with _lock:
        now_signature = signature()
        _cached.update(table=build(), generation=generation, signature=now_signature, checked=time.monotonic())
        return _cached["table"]


# --- query expansion -------------------------------------------------------------------


def expand(parsed, names=None):
    """``parsed`` with pinyin terms also spelled in characters and name terms also matching
    their tags. A query of several pinyin words that together spell one name (zhang jiang)
    becomes that name. Adds a note to say what was searched."""
    names = names or table()
    if parsed.is_empty:
        return parsed
    groups = [list(g) for g in parsed.groups]
    notes = list(parsed.notes)
    singles = [g[0] for g in groups if len(g) == 1]
    if len(groups) > 1 and len(singles) == len(groups) and not any(t.phrase for t in singles):
        spelled = names.spelled.get(pinyin_key("".join(t.text for t in singles)) or "")
        if spelled:
            groups = [[Term(text) for text in sorted(spelled)]]
            notes.append(f"按拼音“{' '.join(t.text for t in singles)}”搜索了：{'、'.join(sorted(spelled))}。")
    out = []
    for group in groups:
        alternatives = []
        for term in group:
            alternatives.append(term)
            key = None if term.phrase else pinyin_key(term.text)
            spelled = sorted(names.spelled.get(key, ())) if key else []
            if spelled:
                alternatives.extend(Term(text) for text in spelled)
                notes.append(f"按拼音“{term.text}”也搜索了：{'、'.join(spelled)}。")
        out.append([_tagged(t, names) for t in dict.fromkeys(alternatives)])
    return replace(parsed, groups=out, notes=notes)


def _tagged(term, names):
    tags = names.tags.get(analysis.normalize(term.text).strip())
    return replace(term, also=tuple(sorted(tags))) if tags else term


def closest(texts, limit=5):
    """Entries whose names are closest to any of ``texts`` (for a search that found
    nothing): by pinyin, else by likeness of the characters."""
    names = table()
    normalised = {}
    out = []
    for text in texts:
        key = pinyin_key(text)
        text = analysis.normalize(text).strip()
        if key:
            near = [e.label for e in names.lookup(key, limit)]
        elif len(text) >= 2:
            normalised = normalised or {analysis.normalize(n): n for n in names.labels}
            near = difflib.get_close_matches(text, list(normalised), n=limit, cutoff=0.6)
            near += [n for n in normalised if text in n or n in text]
        else:
            near = []
        for name in near:
            for entry in names.lookup(name, 1):
                if entry not in out:
                    out.append(entry)
    return out[:limit]

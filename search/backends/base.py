"""What a search backend does for the archive, declared once (as wagtail's
``search/backends/base.py`` does).

``search.query`` (the search page, the API, the feed, related articles, park and reporter
pages) and ``search.indexing`` (the queue's one writer, rebuilds, verification) use a
backend only through ``SearchBackend``; each engine is a package beside this module that
implements it (``search.backends.whoosh``), chosen by ``settings.SEARCH_BACKEND``.

Also declared here, for every backend: the filter and facet fields (``FACETS``, with
``Filters``: a new one is added here and as a field of the index document,
``search.search_indexes``), the sort orders, and the answer of a search (``Found``).
"""

import fcntl
import threading
import time
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from django.conf import settings

SORTS = ("relevance", "newest", "oldest")

# Proximity: an unquoted term of several character terms (拿地即开工, 经开区净增高新技术企业)
# matches wherever an article has all of them, but an article that has them in a row - the
# term as the reader typed it - scores this on top, more than the text scores differ
# between articles that share the words (on both engines), less than a tagged park or
# reporter (the engines' TAGGED_BOOST, 1000): so it ranks before articles that only have
# the words scattered. A multiple of the term's own score was too weak: on PostgreSQL the
# words' rank outweighs the characters' by ~100x (docs/benchmarks.md, "A phrase from an
# article finds it").
PROXIMITY_BONUS = 100.0


@dataclass(frozen=True)
class Facet:
    """A field that searches filter on and count by.

    ``key``: its name in URLs, the API and ``SearchResults.facets``; ``field``: the index
    document's field (``search.search_indexes.ArticleIndex``); ``filter``: the attribute
    of ``Filters`` holding the values asked for; ``label``: what readers see.
    """

    key: str
    field: str
    filter: str
    label: str


FACETS = (
    Facet("park", "park_slugs", "parks", "园区"),
    Facet("province", "provinces", "provinces", "省份"),
    Facet("reporter", "reporter_slugs", "reporters", "记者"),
    Facet("year", "year", "years", "年份"),
    Facet("newspaper", "newspaper_slugs", "newspapers", "报纸"),
    Facet("company", "company_slugs", "companies", "公司"),
)


@dataclass
class Filters:
    """Restrictions of a search: every facet value given (``FACETS``) and a date range."""

    parks: list = field(default_factory=list)
    provinces: list = field(default_factory=list)
    reporters: list = field(default_factory=list)
    years: list = field(default_factory=list)
    newspapers: list = field(default_factory=list)
    companies: list = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None

    def values(self, facet):
        return getattr(self, facet.filter)

    @property
    def is_empty(self):
        return not (any(self.values(f) for f in FACETS) or self.date_from or self.date_to)


@dataclass
class Found:
    """A backend's answer: the number of matches, the article ids of the page asked for
    (in order), and ``{facet key: [(value, count)]}`` (most frequent first)."""

    count: int
    ids: list
    facets: dict = field(default_factory=dict)


class IndexState(StrEnum):
    CURRENT = "current"
    MISSING = "missing"  # never built: ``search_rebuild``
    OUTDATED = "outdated"  # written by an earlier version in another format: ``search_rebuild``


class IndexOutdated(RuntimeError):
    """The index on disk is in a format this code does not read: it must be rebuilt
    (``manage.py search_rebuild``). Raised instead of answering from it."""


class SearchBackend(ABC):
    """One search engine over the index of published articles.

    Readers (any process) call the first group; writers - only ever the one index writer
    (``search.indexing``, which holds ``writer_lock()``) - the second.
    """

    name = None  # the value of settings.SEARCH_BACKEND that selects it

    @classmethod
    def check(cls):
        """Raise ``ImproperlyConfigured`` if this backend can't work with this
        installation; run at start-up (``SearchConfig.ready``)."""
        return None

    # --- reading -------------------------------------------------------------------------

    @abstractmethod
    def compile(self, parsed, filters):
        """This backend's own query for a ``search.language.ParsedQuery`` and ``Filters``,
        or ``None`` when nothing can match."""

    @abstractmethod
    def run(self, compiled, *, sort="relevance", offset=0, limit=20, facets=True, facet_limit=30):
        """``Found`` for a compiled query: ``limit`` ids from ``offset`` in ``sort`` order
        (one of ``SORTS``; date order breaks ties by article id, newest first by the
        higher id, as ``Article.objects.newest_first()``), and with ``facets`` the counts
        of the ``facet_limit`` most frequent values of every facet among all matches."""

    def search(self, parsed, filters, **options):
        """``run(compile(parsed, filters), **options)``."""
        return self.run(self.compile(parsed, filters), **options)

    @abstractmethod
    def more_like(self, words, parks=(), *, exclude=None, limit=5):
        """Ids of up to ``limit`` articles sharing most of ``words`` (in their text) and of
        the park slugs ``parks`` (which count double), best first, without ``exclude``."""

    @abstractmethod
    def key_terms(self, text, numterms=8):
        """The ``numterms`` words of ``text`` that say most about it against the index
        (high tf-idf, leaving out words in a large share of the archive)."""

    def generation(self):
        """A token of the index's content: it changes with every change written to the
        index (``apply_changes``, ``rebuild``, ``clear``) and differs between two indexes,
        so that an answer filed under it (``search.backends.results``) is never read
        after the index has changed. ``None``: the engine can't say, and every search is
        worked out afresh."""
        return None

    @abstractmethod
    def doc_count(self):
        """The number of articles in the index."""

    @abstractmethod
    def indexed_versions(self):
        """``{article id: its updated time as stored (ISO text), or None}`` of every article
        in the index: what ``search_verify`` compares with the database."""

    # --- writing (the one writer only) ---------------------------------------------------

    @abstractmethod
    def apply_changes(self, articles, remove_ids=()):
        """In one commit: remove the articles with ids ``remove_ids``, then index
        ``articles`` (published ``Article`` objects, relations loaded, as
        ``ArticleIndex.index_queryset()`` gives them)."""

    @abstractmethod
    def rebuild(self, ids, *, procs=None, batch_size=500, progress=None, **options):
        """Replace the index with one of the published articles ``ids``, built aside and
        swapped in (searches keep working meanwhile). ``progress(n)`` after every ``n``
        articles; ``options`` are the backend's own (see ``search_rebuild --help``)."""

    @abstractmethod
    def clear(self):
        """Remove every document."""

    # --- the index itself ----------------------------------------------------------------

    @abstractmethod
    def index_state(self):
        """The ``IndexState`` of the index: built by this version, missing or outdated."""

    def reset(self):
        """Forget open readers (the index was replaced or cleared by another process)."""
        return None

    def warm(self):
        """Read now what every search needs, e.g. in gunicorn's master before it forks."""
        return None

    @property
    def lock_path(self):
        return Path(settings.DATA_DIR) / "search-writer.lock"

    def writer_lock(self, timeout=None, shared=False):
        """Hold the index writer lock. ``shared``: for queue workers, which claim distinct
        changes (several may hold it at once where the engine allows several writers);
        rebuilds hold it alone. Here an OS file lock, always exclusive: one writer."""
        return writer_lock(self.lock_path, timeout)


_lock_state = threading.local()


@contextmanager
def writer_lock(path, timeout=None):
    """Hold the file lock at ``path`` (re-entrant within a thread). Blocks until it is
    free, or raises ``TimeoutError`` after ``timeout`` seconds."""
    depth = getattr(_lock_state, "depth", 0)
    if depth:
        _lock_state.depth += 1
        try:
            yield
        finally:
            _lock_state.depth -= 1
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline else 0))
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError("the search index writer lock is held by another process") from None
                time.sleep(0.1)
        _lock_state.depth = 1
        try:
            yield
        finally:
            _lock_state.depth = 0
            fcntl.flock(fh, fcntl.LOCK_UN)

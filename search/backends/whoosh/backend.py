"""``SearchBackend`` on a Whoosh index in the data dir (``SEARCH_BACKEND = "whoosh"``).

Queries never walk the index posting by posting in Python: ``compiler`` makes Whoosh
query objects, ``numpy_engine`` runs them on arrays that ``postings`` reads from Whoosh's
files. Writes go through haystack's backend (``haystack_backend``) and Whoosh's writer
with our faster segment writers (``writing``); full rebuilds write whole segments in
parallel (``rebuild``).

One instance per process (``search.backends.get_backend()``) keeps an open searcher,
refreshed when the index changes, and the arrays read from its segments.
"""

import threading
from math import log

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from haystack import connections
from haystack.constants import DJANGO_ID
from haystack.utils import get_identifier
from whoosh.filedb.filestore import FileStorage
from whoosh.index import exists_in

from archive.models import Article
from search import analysis
from search.backends.base import FACETS, Found, IndexOutdated, IndexState, SearchBackend
from search.backends.whoosh import compiler, postings, rebuild
from search.backends.whoosh.haystack_backend import ArchiveWhooshEngine, lock_path
from search.backends.whoosh.numpy_engine import MISSING_DATE, Snapshot
from search.backends.whoosh.postings import SegmentStore
from search.positions import word_positions

HAYSTACK_ENGINE = f"{ArchiveWhooshEngine.__module__}.{ArchiveWhooshEngine.__qualname__}"
TEXT_FIELDS = (*(name for name, _boost in compiler.WORD_FIELDS), compiler.CHAR_FIELD)


class WhooshBackend(SearchBackend):
    name = "whoosh"

    @classmethod
    def check(cls):
        postings.check_whoosh_version()
        engine = settings.HAYSTACK_CONNECTIONS.get("default", {}).get("ENGINE")
        if engine != HAYSTACK_ENGINE:
            raise ImproperlyConfigured(
                f"SEARCH_BACKEND 'whoosh' needs HAYSTACK_CONNECTIONS['default']['ENGINE'] = {HAYSTACK_ENGINE!r} "
                f"(got {engine!r}): queries, facets and related articles run on it."
            )

    def __init__(self, alias="default"):
        self.alias = alias
        options = settings.HAYSTACK_CONNECTIONS[alias]
        self.haystack = ArchiveWhooshEngine.backend(alias, **options)
        # zlib level of the text fields' posting blocks written by full rebuilds (0: none).
        self.postings_compression = int(options.get("POSTINGS_COMPRESSION", 3))
        self._segment_store = SegmentStore(int(options.get("POSTINGS_CACHE_MB", 32)) * 1024 * 1024)
        self._searcher = None
        self._snapshot = None
        self._read_lock = threading.RLock()

    # --- the index -------------------------------------------------------------------------

    @property
    def path(self):
        return self.haystack.path

    @property
    def schema(self):
        self._setup()
        return self.haystack.schema

    @property
    def lock_path(self):
        return lock_path(self.path)

    def _setup(self):
        if not self.haystack.setup_complete:
            self.haystack.setup()

    def index_state(self):
        path = self.path
        if not path or not exists_in(path):
            return IndexState.MISSING
        problem = postings.index_format_problem(FileStorage(path), "MAIN", self.schema)
        return IndexState.OUTDATED if problem else IndexState.CURRENT

    def _check_format(self):
        """Refuse to read an index this code would misread (after an upgrade: rebuild it)."""
        if exists_in(self.path):
            problem = postings.index_format_problem(FileStorage(self.path), "MAIN", self.schema)
            if problem:
                raise IndexOutdated(f"the search index at {self.path} can't be used: {problem}; run search_rebuild")

    def searcher(self):
        """A searcher kept open per process and refreshed when the index has changed."""
        with self._read_lock:
            if self._searcher is None:
                self._setup()
                self._check_format()
                self.haystack.index = self.haystack.index.refresh()
                self._searcher = self.haystack.index.searcher()
            elif not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
            return self._searcher

    def snapshot(self):
        """The ``numpy_engine.Snapshot`` of the current searcher (new after any change)."""
        searcher = self.searcher()
        with self._read_lock:
            snap = self._snapshot
            if snap is None or snap.searcher is not searcher:
                snap = self._snapshot = Snapshot(searcher, self._segment_store)
            return snap

    def reset(self):
        with self._read_lock:
            self._searcher = None
            self._snapshot = None
            self.haystack.setup_complete = False

    def close_readers(self):
        """Close the open searcher's files (kept: the arrays read from its segments)."""
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._snapshot = None

    def warm(self):
        """Read what every search needs - field lengths, dates, facet values - into the
        segment store, then close the index files. Run in gunicorn's master before it
        forks: the workers share these arrays and open their own files. Posting lists
        read so far (``search.query.warm``'s fixed query: ~5 MB at 100,000 articles) are
        let go: they would only be in every worker's memory for that query's sake."""
        snap = self.snapshot()
        for fieldname in TEXT_FIELDS:
            snap.field_lengths(fieldname)
        snap.column(compiler.DATE_FIELD)
        if "article_id" in snap.schema:
            snap.column("article_id")
        for facet in FACETS:
            snap.facet(facet.field)
        self._segment_store.forget_postings()
        self.close_readers()

    # --- reading ---------------------------------------------------------------------------

    def generation(self):
        return self.snapshot().token

    def doc_count(self):
        return self.searcher().doc_count()

    def indexed_versions(self):
        out = {}
        for fields in self.searcher().all_stored_fields():
            out[int(fields[DJANGO_ID])] = fields.get("updated")
        return out

    def compile(self, parsed, filters):
        return compiler.compile_query(parsed, filters)

    def run(self, compiled, *, sort="relevance", offset=0, limit=20, facets=True, facet_limit=30):
        if compiled is None:
            return Found(0, [], {})
        snap = self.snapshot()
        hits = snap.run(compiled)
        page = snap.top(hits, offset, limit, sort=sort)
        facet_counts = {}
        if facets and len(hits):
            facet_counts = {f.key: snap.facet_counts(hits, f.field, facet_limit) for f in FACETS}
        return Found(len(hits), self._article_ids(snap, page), facet_counts)

    def _article_ids(self, snap, docnums):
        """The article ids of ``docnums``, from the ``article_id`` column (read by ``warm``
        and shared by the workers): Whoosh's stored fields would first read each segment's
        table of offsets, ~25 ms a segment in a fresh worker at 100,000 articles. A document
        without the column (none is written so) is looked up in its stored fields."""
        if not docnums:
            return []
        column = snap.column("article_id")[docnums]
        return [
            int(value) if 0 < value < MISSING_DATE else int(snap.searcher.stored_fields(d)[DJANGO_ID])
            for d, value in zip(docnums, column.tolist(), strict=True)
        ]

    def more_like(self, words, parks=(), *, exclude=None, limit=5):
        q = compiler.more_like_query(words, parks, exclude=exclude)
        if q is None:
            return []
        snap = self.snapshot()
        return self._article_ids(snap, snap.top(snap.run(q), 0, limit))

    def key_terms(self, text, numterms=8, candidates=60):
        """Only the ``candidates`` most frequent words of ``text`` are looked up, and in an
        archive of 1,000 articles or more, words in over 5 % of all articles are left
        out: they say little about what an article is about and cost the most to match."""
        snap = self.snapshot()
        poses = word_positions(analysis.normalize(text))
        ranked = sorted(((len(p), len(w), w) for w, p in poses.items() if len(w) >= 2), reverse=True)
        n = snap.maxdoc
        max_df = n // 20 if n >= 1000 else n
        scored = []
        for tf, _length, word in ranked[:candidates]:
            df = snap.doc_frequency("text", word.encode("utf-8"))
            if 0 < df <= max_df:
                scored.append((tf * (log(n / (df + 1)) + 1), word))
        scored.sort(reverse=True)
        return [w for _s, w in scored[:numterms]]

    # --- writing ---------------------------------------------------------------------------

    def article_index(self):
        """haystack's ``ArticleIndex`` instance (the index document)."""
        return connections[self.alias].get_unified_index().get_index(Article)

    def apply_changes(self, articles, remove_ids=()):
        remove = [get_identifier(f"archive.article.{pk}") for pk in remove_ids]
        self.haystack.apply_changes(self.article_index(), list(articles), remove_ids=remove)

    def clear(self):
        self.haystack.clear()
        with self._read_lock:
            self._searcher = None
            self._snapshot = None

    def rebuild(self, ids, *, procs=None, batch_size=500, progress=None, segment_docs=25_000):
        rebuild.rebuild(self, ids, procs=procs, batch_size=batch_size, segment_docs=segment_docs, progress=progress)
        self.reset()

"""Run Whoosh query objects over a Whoosh index with numpy, one posting block at a time.

Whoosh's own matchers walk every posting in Python (~10 µs per document and term); exact
counts and four facets need every match, so at 100,000 articles one common word took
about a second. Here a term's posting list is read block by block - Whoosh's W3 codec
stores 128 postings per block as a zlib'd pickle of delta-coded ids and weights - and
becomes two numpy arrays; boolean queries are set operations on sorted id arrays,
scores are BM25F computed on whole arrays (the same formula, parameters and statistics
as ``whoosh.scoring.BM25F``, so rankings agree), facets are one ``bincount`` per field.

Nothing here writes: the index on disk is Whoosh's, written by Whoosh's writer.

Supported query objects are the ones ``search.backends`` compiles: ``Term``, ``And``,
``Or``, ``AndMaybe``, ``AndNot``, ``Phrase`` (adjacent terms), ``Prefix``,
``DateRange`` (on the ``published_on`` column) and ``Every``.
"""

import threading
from collections import OrderedDict
from datetime import datetime
from itertools import chain
from math import log
from pickle import loads

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.reading import MultiReader, TermNotFound
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length
from whoosh.util.times import datetime_to_long

B = 0.75  # whoosh.scoring.BM25F defaults, as haystack uses them
K1 = 1.2

_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)
# Whoosh stores field lengths as one byte; this is its decoding table.
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
# The date sort key of an article without a date; haystack indexes a missing date as
# 9000-01-01, which counts as missing too.
MISSING_DATE = np.iinfo(np.int64).max
_NO_DATE = datetime_to_long(datetime(9000, 1, 1))


class Hits:
    """Sorted unique global document numbers and their scores."""

    __slots__ = ("ids", "scores")

    def __init__(self, ids, scores):
        self.ids = ids
        self.scores = scores

    def __len__(self):
        return len(self.ids)


EMPTY = Hits(_EMPTY_IDS, _EMPTY_SCORES)


class Postings:
    """One term's postings across all segments: ids (global, sorted), weights, and for
    positional lookups the encoded position lists."""

    __slots__ = ("ids", "weights", "values", "nbytes")

    def __init__(self, ids, weights, values=None):
        self.ids = ids
        self.weights = weights
        self.values = values
        self.nbytes = ids.nbytes + weights.nbytes + (sum(map(len, values)) + 40 * len(values) if values else 0)


def _read_leaf(matcher, offset, with_values):
    """``(ids, weights, values)`` of one segment's posting list, a block at a time."""
    ids, weights, values = [], [], []
    if isinstance(matcher, W3LeafMatcher):
        while True:
            matcher._read_data()
            block_ids, block_weights, block_values = matcher._data
            n = matcher._blocklength
            ids.append(np.cumsum(np.asarray(block_ids, dtype=np.int64)))
            if block_weights is None:
                weights.append(np.ones(n, dtype=np.float64))
            elif isinstance(block_weights, float):
                weights.append(np.full(n, block_weights, dtype=np.float64))
            else:
                weights.append(np.asarray(block_weights, dtype=np.float64))
            if with_values:
                values.extend(block_values)
            if matcher._lastblock:
                break
            matcher._goto(matcher._nextoffset)
    else:  # inline postings (a list matcher)
        block_ids, block_weights = [], []
        while matcher.is_active():
            block_ids.append(matcher.id())
            block_weights.append(matcher.weight())
            if with_values:
                values.append(matcher.value())
            matcher.next()
        ids.append(np.asarray(block_ids, dtype=np.int64))
        weights.append(np.asarray(block_weights, dtype=np.float64))
    out_ids = np.concatenate(ids) if ids else _EMPTY_IDS
    if offset:
        out_ids += offset
    return out_ids, (np.concatenate(weights) if weights else _EMPTY_SCORES), values


def decode_positions(values):
    """Positions of many Whoosh ``Positions`` values: ``(flat positions, counts)``."""
    lists = [loads(v[_INT_SIZE:]) for v in values]
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    deltas = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    cums = np.cumsum(deltas)
    starts = np.cumsum(counts) - counts
    before = np.where(starts > 0, cums[np.maximum(starts - 1, 0)], 0)
    return cums - np.repeat(before, counts), counts


class Snapshot:
    """What queries need from one open searcher: segments, live documents, field lengths,
    dates, facet arrays and a bounded cache of decoded posting lists.

    Built lazily, one per searcher generation; a new generation (any index change) makes
    a new snapshot, so nothing cached here is ever stale.
    """

    def __init__(self, searcher, cache_bytes=32 * 1024 * 1024):
        self.searcher = searcher
        reader = searcher.reader()
        if isinstance(reader, MultiReader):
            segments = list(zip(reader.readers, reader.doc_offsets, strict=True))
        else:
            segments = [(reader, 0)]
        # An empty index has an EmptyReader: no segments at all.
        self.segments = [(r, offset) for r, offset in segments if hasattr(r, "_terms")]
        self.maxdoc = reader.doc_count_all()
        self.live = np.ones(self.maxdoc, dtype=bool)
        for segment, offset in self.segments:
            deleted = list(segment._perdoc.deleted_docs()) if segment.has_deletions() else []
            if deleted:
                self.live[np.asarray(deleted, dtype=np.int64) + offset] = False
        self.schema = searcher.schema
        self._lengths = {}
        self._columns = {}
        self._facets = {}
        self._avg = {}
        self._cache = OrderedDict()
        self._cache_bytes = 0
        self._cache_limit = cache_bytes
        self._lock = threading.RLock()

    # --- per-document arrays ---

    def field_lengths(self, fieldname):
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            parts = []
            for segment, _offset in self.segments:
                n = segment.doc_count_all()
                column = segment._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
                if column is None:
                    parts.append(np.zeros(n, dtype=np.uint8))
                else:
                    raw = np.frombuffer(bytes(column[i] for i in range(n)), dtype=np.uint8)
                    parts.append(raw)
            lengths = self._lengths[fieldname] = _BYTE_TO_LENGTH[np.concatenate(parts)] if parts else _EMPTY_SCORES
        return lengths

    def avg_field_length(self, fieldname):
        avg = self._avg.get(fieldname)
        if avg is None:
            avg = self._avg[fieldname] = self.searcher.avg_field_length(fieldname) or 1.0
        return avg

    def column(self, fieldname, missing=MISSING_DATE):
        """A sortable column as int64 (raw Whoosh values; ``missing`` where none)."""
        values = self._columns.get(fieldname)
        if values is None:
            parts = []
            for segment, _offset in self.segments:
                n = segment.doc_count_all()
                if segment.has_column(fieldname):
                    raw = segment.column_reader(fieldname, translate=False)
                    parts.append(
                        np.fromiter(
                            (missing if v is None or v >= _NO_DATE else v for v in raw), dtype=np.int64, count=n
                        )
                    )
                else:
                    parts.append(np.full(n, missing, dtype=np.int64))
            values = self._columns[fieldname] = np.concatenate(parts) if parts else _EMPTY_IDS
        return values

    def facet(self, fieldname):
        """``(values, pair_docs, pair_values)``: every (document, value) of a keyword field."""
        facet = self._facets.get(fieldname)
        if facet is None:
            values, docs, codes = [], [], []
            if fieldname in self.schema:
                for tbytes in self.searcher.reader().lexicon(fieldname):
                    ids = self.postings(fieldname, tbytes, cache=False).ids
                    codes.append(np.full(len(ids), len(values), dtype=np.int32))
                    docs.append(ids)
                    values.append(tbytes.decode("utf-8"))
            facet = self._facets[fieldname] = (
                values,
                np.concatenate(docs) if docs else _EMPTY_IDS,
                np.concatenate(codes) if codes else np.zeros(0, dtype=np.int32),
            )
        return facet

    # --- postings ---

    def postings(self, fieldname, tbytes, with_values=False, cache=True):
        key = (fieldname, tbytes, with_values)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
            if not with_values:
                found = self._cache.get((fieldname, tbytes, True))
                if found is not None:
                    return found
            ids, weights, values = [], [], []
            if fieldname in self.schema:
                fmt = self.schema[fieldname].format
                for segment, offset in self.segments:
                    try:
                        matcher = segment._terms.matcher(fieldname, tbytes, fmt)
                    except (KeyError, TermNotFound):
                        continue
                    i, w, v = _read_leaf(matcher, offset, with_values)
                    ids.append(i)
                    weights.append(w)
                    values.extend(v)
            found = Postings(
                np.concatenate(ids) if ids else _EMPTY_IDS,
                np.concatenate(weights) if weights else _EMPTY_SCORES,
                values if with_values else None,
            )
            if cache:
                self._cache[key] = found
                self._cache_bytes += found.nbytes
                while self._cache_bytes > self._cache_limit and len(self._cache) > 1:
                    _key, old = self._cache.popitem(last=False)
                    self._cache_bytes -= old.nbytes
            return found

    def term_scores(self, fieldname, tbytes, postings, boost=1.0, rows=None):
        """BM25F scores of a term's postings (``rows``: a subset of them)."""
        weights = postings.weights if rows is None else postings.weights[rows]
        ids = postings.ids if rows is None else postings.ids[rows]
        field = self.schema[fieldname]
        if not field.scorable:
            return weights * boost
        df = self.searcher.doc_frequency(fieldname, tbytes)
        idf = log(self.searcher.doc_count_all() / (df + 1)) + 1
        lengths = self.field_lengths(fieldname)[ids]
        avgfl = self.avg_field_length(fieldname)
        return boost * idf * (weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl))

    # --- evaluation ---

    def run(self, q):
        """``Hits`` of the live documents matching query object ``q``."""
        hits = self.evaluate(q)
        if len(hits):
            keep = self.live[hits.ids]
            if not keep.all():
                hits = Hits(hits.ids[keep], hits.scores[keep])
        return hits

    def evaluate(self, q):
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Phrase):
            return self._phrase(q.fieldname, q.words, q.boost)
        if isinstance(q, wq.Prefix):
            return self._prefix(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.AndMaybe):
            return maybe(self.evaluate(q.a), self.evaluate(q.b))
        if isinstance(q, wq.AndNot):
            return exclude(self.evaluate(q.a), self.evaluate(q.b))
        if isinstance(q, wq.And):
            return intersect([self.evaluate(sub) for sub in q.subqueries])
        if isinstance(q, wq.Or):
            return union([self.evaluate(sub) for sub in q.subqueries])
        if isinstance(q, wq.DateRange):
            return self._date_range(q.fieldname, q.startdate, q.enddate)
        if isinstance(q, wq.Every):
            ids = np.flatnonzero(self.live).astype(np.int64)
            return Hits(ids, np.ones(len(ids)))
        raise TypeError(f"search.engine can't run {type(q).__name__}")

    def _tbytes(self, fieldname, text):
        if isinstance(text, bytes):
            return text
        if fieldname in self.schema:
            return self.schema[fieldname].to_bytes(text)
        return text.encode("utf-8")

    def _term(self, fieldname, text, boost):
        tbytes = self._tbytes(fieldname, text)
        postings = self.postings(fieldname, tbytes)
        if not len(postings.ids):
            return EMPTY
        return Hits(postings.ids, self.term_scores(fieldname, tbytes, postings, boost))

    def _prefix(self, fieldname, text, boost):
        if fieldname not in self.schema:
            return EMPTY
        prefix = self._tbytes(fieldname, text)
        parts = []
        for tbytes in self.searcher.reader().expand_prefix(fieldname, prefix):
            ids = self.postings(fieldname, tbytes).ids
            parts.append(Hits(ids, np.full(len(ids), float(boost))))
        hits = union(parts)
        # A prefix scores its boost once per document, however many terms matched.
        return Hits(hits.ids, np.full(len(hits.ids), float(boost)))

    def _phrase(self, fieldname, words, boost):
        """Documents where ``words`` occur at consecutive positions."""
        tbytes = [self._tbytes(fieldname, w) for w in words]
        postings = [self.postings(fieldname, t, with_values=True) for t in tbytes]
        if any(not len(p.ids) for p in postings):
            return EMPTY
        # Candidates: documents with every word; then positions, rarest words first, so
        # each later word is decoded only for documents still in the running.
        order = sorted(range(len(words)), key=lambda i: len(postings[i].ids))
        candidates = postings[order[0]].ids
        for i in order[1:]:
            candidates = np.intersect1d(candidates, postings[i].ids, assume_unique=True)
            if not len(candidates):
                return EMPTY
        keys = None
        for i in order:
            p = postings[i]
            rows = np.searchsorted(p.ids, candidates)
            positions, counts = decode_positions([p.values[r] for r in rows])
            docs = np.repeat(candidates, counts)
            # Key: document and where the phrase would start if this word is its i-th.
            these = np.unique((docs << 32) + (positions - i + (1 << 20)))
            keys = these if keys is None else np.intersect1d(keys, these, assume_unique=True)
            if not len(keys):
                return EMPTY
            candidates = np.unique(keys >> 32)
        scores = np.zeros(len(candidates))
        for t, p in zip(tbytes, postings, strict=True):
            rows = np.searchsorted(p.ids, candidates)
            scores += self.term_scores(fieldname, t, p, 1.0, rows=rows)
        return Hits(candidates, scores * boost)

    def _date_range(self, fieldname, start, end):
        values = self.column(fieldname)
        mask = values != MISSING_DATE
        if start is not None:
            mask &= values >= datetime_to_long(start)
        if end is not None:
            mask &= values <= datetime_to_long(end)
        ids = np.flatnonzero(mask).astype(np.int64)
        return Hits(ids, np.zeros(len(ids)))

    # --- ordering and counting ---

    def top(self, hits, offset, limit, sort="relevance", datefield="published_on"):
        """Document numbers of one page of ``hits``, ordered by ``sort``."""
        n = len(hits)
        end = min(offset + limit, n)
        if offset >= end:
            return []
        if sort in ("newest", "oldest"):
            dates = self.column(datefield)[hits.ids]
            if sort == "newest":  # newest first, undated last; ties: later document first
                order = np.lexsort((-hits.ids, -np.where(dates == MISSING_DATE, -1, dates)))
            else:
                order = np.lexsort((hits.ids, dates))
            return hits.ids[order[offset:end]].tolist()
        scores = hits.scores
        if n > 4 * end:
            # Only documents scoring at least the end-th best can be on the page.
            threshold = np.partition(scores, n - end)[n - end]
            rows = np.flatnonzero(scores >= threshold)
        else:
            rows = np.arange(n)
        order = rows[np.lexsort((hits.ids[rows], -scores[rows]))]
        return hits.ids[order[offset:end]].tolist()

    def facet_counts(self, hits, fieldname, limit):
        values, docs, codes = self.facet(fieldname)
        if not values or not len(hits):
            return []
        hit = np.zeros(self.maxdoc, dtype=bool)
        hit[hits.ids] = True
        counts = np.bincount(codes[hit[docs]], minlength=len(values))
        nonzero = np.flatnonzero(counts)
        pairs = sorted(((values[i], int(counts[i])) for i in nonzero), key=lambda vc: (-vc[1], vc[0]))
        return pairs[:limit]


# --- set operations on Hits ------------------------------------------------------------------


def union(parts):
    parts = [p for p in parts if len(p)]
    if not parts:
        return EMPTY
    if len(parts) == 1:
        return parts[0]
    ids, inverse = np.unique(np.concatenate([p.ids for p in parts]), return_inverse=True)
    return Hits(ids, np.bincount(inverse, weights=np.concatenate([p.scores for p in parts]), minlength=len(ids)))


def intersect(parts):
    if not parts or any(not len(p) for p in parts):
        return EMPTY
    parts = sorted(parts, key=len)
    ids, scores = parts[0].ids, parts[0].scores
    for p in parts[1:]:
        ids, mine, theirs = np.intersect1d(ids, p.ids, assume_unique=True, return_indices=True)
        scores = scores[mine] + p.scores[theirs]
        if not len(ids):
            return EMPTY
    return Hits(ids, scores)


def maybe(required, optional):
    if not len(required) or not len(optional):
        return required
    _common, mine, theirs = np.intersect1d(required.ids, optional.ids, assume_unique=True, return_indices=True)
    scores = required.scores.copy()
    scores[mine] += optional.scores[theirs]
    return Hits(required.ids, scores)


def exclude(positive, negative):
    if not len(positive) or not len(negative):
        return positive
    keep = ~np.isin(positive.ids, negative.ids, assume_unique=True)
    return Hits(positive.ids[keep], positive.scores[keep])

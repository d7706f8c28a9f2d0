"""Run Whoosh query objects over a Whoosh index with numpy, one posting block at a time.

Whoosh's own matchers walk every posting in Python (~10 µs per document and term); exact
counts and four facets need every match, so at 100,000 articles one common word took
about a second. Here a term's posting list is read with one read and decoded a block at a
time - Whoosh's W3 codec stores 128 postings per block as a (zlib'd) pickle of
delta-coded ids, weights and values - into numpy arrays; boolean queries are set operations on sorted id arrays,
scores are BM25F computed on whole arrays (the same formula, parameters and statistics
as ``whoosh.scoring.BM25F``, so rankings agree), facets are one ``bincount`` per field.

Nothing here writes: the index on disk is Whoosh's, written by Whoosh's writer (updates)
or ``search.bulkwrite`` (full rebuilds, the same W3 files).

Supported query objects are the ones ``search.backends`` compiles: ``Term``, ``And``,
``Or``, ``AndMaybe``, ``AndNot``, ``Phrase`` (adjacent terms), ``Prefix``,
``DateRange`` (on the ``published_on`` column) and ``Every``.
"""

import io
import pickle
import struct
import threading
import zlib
from collections import OrderedDict
from datetime import datetime
from itertools import chain
from math import log

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.columns import NumericColumn
from whoosh.reading import MultiReader, TermNotFound
from whoosh.util.numeric import byte_to_length
from whoosh.util.times import datetime_to_long

B = 0.75  # whoosh.scoring.BM25F defaults, as haystack uses them
K1 = 1.2

_INT = struct.Struct("!i")
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
    """One term's postings: document numbers (sorted), weights and, for positional
    lookups, every posting's positions - ``positions[starts[i]:starts[i + 1]]``."""

    __slots__ = ("ids", "weights", "positions", "starts", "nbytes")

    def __init__(self, ids, weights, positions=None, starts=None):
        # Kept compact (they sit in the cache): 32-bit ids, weights and positions.
        self.ids = ids.astype(np.int32, copy=False)
        self.weights = weights.astype(np.float32, copy=False)
        self.positions = positions.astype(np.int32, copy=False) if positions is not None else None
        self.starts = starts
        self.nbytes = ids.nbytes + weights.nbytes + (positions.nbytes + starts.nbytes if starts is not None else 0)

    @classmethod
    def from_values(cls, ids, weights, values):
        """From ``ArrayPositions`` values (raw uint32 arrays), decoded all at once."""
        counts = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // 4
        starts = np.zeros(len(values) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        positions = np.frombuffer(b"".join(values), dtype=np.uint32).view(np.int32)
        return cls(ids, weights, positions, starts)

    def positions_of(self, rows):
        """``(positions, counts)`` of the postings at ``rows``, concatenated in order."""
        first = self.starts[rows]
        counts = self.starts[rows + 1] - first
        total = int(counts.sum())
        # Index of every wanted position: first[row] + 0, 1, ... counts[row] - 1.
        offsets = np.repeat(first - (np.cumsum(counts) - counts), counts) + np.arange(total)
        return self.positions[offsets], counts


def _read_term(terms_reader, fieldname, tbytes, with_values):
    """``(ids, weights, values)`` of a term's posting list in one segment, or ``None``.

    The whole extent is fetched with one read and its blocks (``W3PostingsWriter``: a
    4-byte length, negative for the last block; a pickled info tuple; the zlib'd pickle
    of delta-coded ids, weights and values) are decoded from memory.
    """
    try:
        terminfo = terms_reader.term_info(fieldname, tbytes)
    except (KeyError, TermNotFound):
        return None
    if terminfo.is_inlined():
        ids, weights, values = terminfo.inlined_postings()
        return (
            np.asarray(ids, dtype=np.int64),
            np.asarray(weights, dtype=np.float64),
            list(values) if with_values else [],
        )
    start, length = terminfo.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it as unpack()'s 1-tuple
        length = length[0]
    buf = terms_reader._postfile.get(start, length)
    if buf[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a W3 posting list: {fieldname}:{tbytes!r}")
    stream = io.BytesIO(buf)
    pos = 4
    ids, weights, values = [], [], []
    while True:
        (blocklength,) = _INT.unpack_from(buf, pos)
        end = pos + 4 + abs(blocklength)
        stream.seek(pos + 4)
        count, _maxid, _maxweight, compression, _minlen, _maxlen = pickle.load(stream)
        data = buf[stream.tell() : end]
        block_ids, block_weights, block_values = pickle.loads(zlib.decompress(data) if compression else data)
        ids.append(block_ids)
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:
            weights.append(np.asarray(block_weights, dtype=np.float64))
        if with_values:
            values.extend(block_values)
        if blocklength < 0:
            break
        pos = end
    flat = np.fromiter(chain.from_iterable(ids), dtype=np.int64)
    # Ids are delta-coded from 0 within each block.
    lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    sums = np.cumsum(flat)
    block_starts = np.cumsum(lengths) - lengths
    before = np.where(block_starts > 0, sums[np.maximum(block_starts - 1, 0)], 0)
    return sums - np.repeat(before, lengths), np.concatenate(weights), values


def _numeric_column(reader, n):
    """All ``n`` values of a Whoosh column reader as an array: one read for a numeric
    column (big-endian fixed-size values, the default after the last written one)."""
    if isinstance(reader, NumericColumn.Reader):
        count = min(reader._count, n)
        dtype = np.dtype(">" + reader._typecode)
        values = np.full(n, reader._default, dtype=dtype.newbyteorder("="))
        values[:count] = np.frombuffer(reader._dbfile.get(reader._basepos, count * reader._fixedlen), dtype=dtype)
        return values
    return np.array([reader[i] for i in range(n)])


def _segment_key(segment):
    seg = segment._segment
    return (seg.indexname, seg.segid)


class SegmentStore:
    """Arrays read from segments, kept across index generations: a segment's files never
    change once written (deletions live in the TOC and are applied per snapshot), so after
    an incremental commit only the new small segment is read. Posting lists sit in a
    least-recently-used cache of ``cache_bytes``."""

    def __init__(self, cache_bytes=32 * 1024 * 1024):
        self._arrays = {}  # (segment key, kind, fieldname) -> array or tuple
        self._postings = OrderedDict()
        self._postings_bytes = 0
        self._df = {}  # (segment key, fieldname, tbytes) -> document frequency
        self.cache_bytes = cache_bytes
        self.lock = threading.RLock()

    def forget_except(self, keys):
        """Drop what belongs to segments not in ``keys`` (merged away or replaced)."""
        with self.lock:
            for key in [k for k in self._arrays if k[0] not in keys]:
                del self._arrays[key]
            for key in [k for k in self._postings if k[0] not in keys]:
                self._postings_bytes -= self._postings.pop(key).nbytes
            self._df = {k: v for k, v in self._df.items() if k[0] in keys}

    def _array(self, segment, kind, fieldname, make):
        key = (_segment_key(segment), kind, fieldname)
        with self.lock:
            value = self._arrays.get(key)
            if value is None:
                value = self._arrays[key] = make()
            return value

    def lengths(self, segment, fieldname):
        def make():
            n = segment.doc_count_all()
            column = segment._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                return np.zeros(n)
            return _BYTE_TO_LENGTH[_numeric_column(column, n)]

        return self._array(segment, "lengths", fieldname, make)

    def column(self, segment, fieldname):
        def make():
            n = segment.doc_count_all()
            if not segment.has_column(fieldname):
                return np.full(n, MISSING_DATE, dtype=np.int64)
            values = _numeric_column(segment.column_reader(fieldname, translate=False), n)
            values = values.astype(np.int64)
            values[values >= _NO_DATE] = MISSING_DATE
            return values

        return self._array(segment, "column", fieldname, make)

    def facet(self, segment, fieldname):
        """``(values, docs, codes)``: every (document, value) pair of a keyword field."""

        def make():
            values, docs, codes = [], [], []
            if fieldname in segment.schema and fieldname in segment.indexed_field_names():
                for tbytes in segment.lexicon(fieldname):
                    ids = self.postings(segment, fieldname, tbytes, cache=False).ids
                    codes.append(np.full(len(ids), len(values), dtype=np.int32))
                    docs.append(ids)
                    values.append(tbytes.decode("utf-8"))
            return (
                values,
                np.concatenate(docs) if docs else _EMPTY_IDS,
                np.concatenate(codes) if codes else _EMPTY_IDS,
            )

        return self._array(segment, "facet", fieldname, make)

    def doc_frequency(self, segment, fieldname, tbytes):
        key = (_segment_key(segment), fieldname, tbytes)
        with self.lock:
            df = self._df.get(key)
            if df is None:
                if len(self._df) > 100_000:  # ~20 MB
                    self._df.clear()
                df = self._df[key] = segment.doc_frequency(fieldname, tbytes)
            return df

    def postings(self, segment, fieldname, tbytes, with_values=False, cache=True):
        """A term's ``Postings`` in one segment (local document numbers)."""
        seg = _segment_key(segment)
        key = (seg, fieldname, tbytes, with_values)
        with self.lock:
            found = self._postings.get(key)
            if found is None and not with_values:
                found = self._postings.get((seg, fieldname, tbytes, True))
            if found is not None:
                self._postings.move_to_end(key if key in self._postings else (seg, fieldname, tbytes, True))
                return found
            read = _read_term(segment._terms, fieldname, tbytes, with_values)
            if read is None:
                found = Postings(
                    _EMPTY_IDS, _EMPTY_SCORES, *((_EMPTY_IDS, np.zeros(1, np.int64)) if with_values else ())
                )
            else:
                ids, weights, values = read
                found = Postings.from_values(ids, weights, values) if with_values else Postings(ids, weights)
            if cache:
                self._postings[key] = found
                self._postings_bytes += found.nbytes
                while self._postings_bytes > self.cache_bytes and len(self._postings) > 1:
                    _key, old = self._postings.popitem(last=False)
                    self._postings_bytes -= old.nbytes
            return found


class Snapshot:
    """What queries need from one open searcher: its segments and live documents, with
    field lengths, dates, facets and posting lists from the shared ``SegmentStore``.
    One per searcher generation: nothing here is ever stale.
    """

    def __init__(self, searcher, store=None):
        self.searcher = searcher
        self.store = store or SegmentStore()
        reader = searcher.reader()
        if isinstance(reader, MultiReader):
            segments = list(zip(reader.readers, reader.doc_offsets, strict=True))
        else:
            segments = [(reader, 0)]
        # An empty index has an EmptyReader: no segments at all.
        self.segments = [(r, offset) for r, offset in segments if hasattr(r, "_terms")]
        self.store.forget_except({_segment_key(r) for r, _offset in self.segments})
        self.maxdoc = reader.doc_count_all()
        self.live = np.ones(self.maxdoc, dtype=bool)
        for segment, offset in self.segments:
            deleted = list(segment._perdoc.deleted_docs()) if segment.has_deletions() else []
            if deleted:
                self.live[np.asarray(deleted, dtype=np.int64) + offset] = False
        self.schema = searcher.schema
        self._concat = {}
        self._avg = {}

    def _joined(self, kind, fieldname, part):
        value = self._concat.get((kind, fieldname))
        if value is None:
            parts = [part(segment, fieldname) for segment, _offset in self.segments]
            value = self._concat[(kind, fieldname)] = np.concatenate(parts) if parts else _EMPTY_IDS
        return value

    # --- per-document arrays ---

    def field_lengths(self, fieldname):
        return self._joined("lengths", fieldname, self.store.lengths)

    def avg_field_length(self, fieldname):
        avg = self._avg.get(fieldname)
        if avg is None:
            avg = self._avg[fieldname] = self.searcher.avg_field_length(fieldname) or 1.0
        return avg

    def column(self, fieldname):
        """A sortable column as int64 (raw Whoosh values; ``MISSING_DATE`` where none)."""
        return self._joined("column", fieldname, self.store.column)

    def facet(self, fieldname):
        """``(values, docs, codes)``: every (document, value) pair of a keyword field."""
        facet = self._concat.get(("facet", fieldname))
        if facet is None:
            index, docs, codes = {}, [], []
            for segment, offset in self.segments:
                values, seg_docs, seg_codes = self.store.facet(segment, fieldname)
                if not values:
                    continue
                mapping = np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int32)
                docs.append(seg_docs + offset)
                codes.append(mapping[seg_codes])
            facet = self._concat[("facet", fieldname)] = (
                list(index),
                np.concatenate(docs) if docs else _EMPTY_IDS,
                np.concatenate(codes) if codes else _EMPTY_IDS,
            )
        return facet

    # --- postings ---

    def doc_frequency(self, fieldname, tbytes):
        """Documents with the term (deleted ones included, as Whoosh counts for idf)."""
        if fieldname not in self.schema:
            return 0
        return sum(self.store.doc_frequency(segment, fieldname, tbytes) for segment, _offset in self.segments)

    def postings(self, fieldname, tbytes, with_values=False):
        """A term's ``Postings`` over all segments (global document numbers)."""
        parts = []
        if fieldname in self.schema:
            for segment, offset in self.segments:
                p = self.store.postings(segment, fieldname, tbytes, with_values)
                if len(p.ids):
                    parts.append((p, offset))
        if len(parts) == 1 and not parts[0][1]:
            return parts[0][0]
        ids = np.concatenate([p.ids + offset for p, offset in parts]) if parts else _EMPTY_IDS
        weights = np.concatenate([p.weights for p, _offset in parts]) if parts else _EMPTY_SCORES
        if not with_values:
            return Postings(ids, weights)
        if not parts:
            return Postings(ids, weights, _EMPTY_IDS, np.zeros(1, dtype=np.int64))
        positions = np.concatenate([p.positions for p, _offset in parts])
        bases = np.cumsum([0] + [len(p.positions) for p, _offset in parts[:-1]])
        starts = np.concatenate(
            [p.starts[:-1] + base for (p, _offset), base in zip(parts, bases, strict=True)] + [[len(positions)]]
        )
        return Postings(ids, weights, positions, starts)

    def term_scores(self, fieldname, tbytes, postings, boost=1.0, rows=None):
        """BM25F scores of a term's postings (``rows``: a subset of them)."""
        weights = (postings.weights if rows is None else postings.weights[rows]).astype(np.float64)
        ids = postings.ids if rows is None else postings.ids[rows]
        field = self.schema[fieldname]
        if not field.scorable:
            return weights * boost
        idf = log(self.maxdoc / (self.doc_frequency(fieldname, tbytes) + 1)) + 1
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
            return maybe(self.evaluate(q.a), self.evaluate(q.b), self.maxdoc)
        if isinstance(q, wq.AndNot):
            return exclude(self.evaluate(q.a), self.evaluate(q.b), self.maxdoc)
        if isinstance(q, wq.And):
            return intersect([self.evaluate(sub) for sub in q.subqueries], self.maxdoc)
        if isinstance(q, wq.Or):
            return union([self.evaluate(sub) for sub in q.subqueries], self.maxdoc)
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
        hits = union(parts, self.maxdoc)
        # A prefix scores its boost once per document, however many terms matched.
        return Hits(hits.ids, np.full(len(hits.ids), float(boost)))

    def _phrase(self, fieldname, words, boost):
        """Documents where ``words`` occur at consecutive positions."""
        tbytes = [self._tbytes(fieldname, w) for w in words]
        postings = [self.postings(fieldname, t, with_values=True) for t in tbytes]
        if any(not len(p.ids) for p in postings):
            return EMPTY
        # Candidates: documents with every word; then positions, rarest words first, each
        # narrowing the documents whose positions the next word must line up with.
        order = sorted(range(len(words)), key=lambda i: (int(postings[i].starts[-1]), len(postings[i].ids)))
        candidates = postings[order[0]].ids
        for i in order[1:]:
            candidates = candidates[member(candidates, postings[i].ids, self.maxdoc)]
            if not len(candidates):
                return EMPTY
        keys = None
        for i in order:
            p = postings[i]
            positions, counts = p.positions_of(np.searchsorted(p.ids, candidates))
            # Key: document, and where the phrase starts if this word is its i-th (sorted:
            # documents ascend, positions ascend within a document).
            these = (np.repeat(candidates.astype(np.int64), counts) << 32) + (
                positions.astype(np.int64) - i + (1 << 20)
            )
            keys = these if keys is None else keys[member(keys, these)]
            if not len(keys):
                return EMPTY
            docs = keys >> 32
            candidates = docs[np.concatenate(([True], docs[1:] != docs[:-1]))]
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
            # Ties by article id where the index has it (as the database orders lists),
            # else by document number.
            ties = self.column("article_id")[hits.ids] if "article_id" in self.schema else hits.ids
            if sort == "newest":  # newest first, undated last; ties: higher id first
                order = np.lexsort((-ties, -np.where(dates == MISSING_DATE, -1, dates)))
            else:
                order = np.lexsort((ties, dates))
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


# Sorted unique id arrays. Large ones are combined through arrays over every document
# number (``maxdoc``), which is linear; small ones through sorting and binary search.


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

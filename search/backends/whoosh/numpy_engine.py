"""The numpy engine: Whoosh query objects run over a Whoosh index as array operations.

Exact counts and four facets need every match, so at 100,000 articles one common word
took about a second with Whoosh's matchers. Here each term's posting list comes from
``postings`` as numpy arrays; boolean queries are set operations (``hits``), scores are
BM25F computed on whole arrays (the formula, parameters and statistics of
``whoosh.scoring.BM25F``, so rankings agree: tests/search/whoosh/test_engine.py), facets
are one ``bincount`` per field, date order and ranges use the column of dates.

Supported query objects are the ones ``compiler`` makes: ``Term``, ``And``, ``Or``,
``AndMaybe``, ``AndNot``, ``Phrase`` (adjacent terms), ``DateRange`` (on a date column),
``ConstantScoreQuery`` and ``Every``. Nothing here writes, and nothing here touches
Whoosh's private names: what is read from its files is read by ``postings``.
"""

from datetime import datetime
from math import log

import numpy as np
from whoosh import query as wq
from whoosh.util.times import datetime_to_long

from search.backends.whoosh import postings
from search.backends.whoosh.hits import EMPTY, EMPTY_IDS, EMPTY_SCORES, Hits, exclude, intersect, maybe, member, union
from search.backends.whoosh.postings import Postings, SegmentStore

B = 0.75  # whoosh.scoring.BM25F defaults, as haystack uses them
K1 = 1.2

# The date sort key of an article without a date; haystack indexes a missing date as
# 9000-01-01, which counts as missing too.
MISSING_DATE = np.iinfo(np.int64).max
_NO_DATE = datetime_to_long(datetime(9000, 1, 1))


class Snapshot:
    """What queries need from one open searcher: its segments and live documents, with
    field lengths, dates, facets and posting lists from the shared ``SegmentStore``.
    One per searcher generation: nothing here is ever stale.
    """

    def __init__(self, searcher, store=None):
        self.searcher = searcher
        self.store = store or SegmentStore()
        reader = searcher.reader()
        self.segments = postings.segments_of(reader)
        self.segment_keys = tuple(postings.segment_key(r) for r, _offset in self.segments)
        self.store.forget_except(self.segment_keys)
        self.maxdoc = reader.doc_count_all()
        self.live = np.ones(self.maxdoc, dtype=bool)
        for segment, offset in self.segments:
            deleted = postings.deleted_docs(segment)
            if deleted:
                self.live[np.asarray(deleted, dtype=np.int64) + offset] = False
        self.schema = searcher.schema
        # The generation (every commit, deletions too) and the segments' random ids (two
        # indexes never share them): ``SearchBackend.generation()``.
        self.token = (reader.generation(), self.segment_keys)
        self._avg = {}

    def _joined(self, kind, fieldname, part):
        def make():
            parts = [part(segment, fieldname) for segment, _offset in self.segments]
            if not parts:
                return EMPTY_IDS
            joined = np.concatenate(parts)
            # Each segment's array becomes its slice of the joined one: kept once, not twice.
            bounds = np.cumsum([0] + [len(p) for p in parts])
            for (segment, _offset), start, end in zip(self.segments, bounds[:-1], bounds[1:], strict=True):
                self.store.replace_array(segment, kind, fieldname, joined[start:end])
            return joined

        return self.store.joined(self.segment_keys, kind, fieldname, make)

    # --- per-document arrays ---

    def field_lengths(self, fieldname):
        return self._joined("lengths", fieldname, self._segment_lengths)

    def avg_field_length(self, fieldname):
        avg = self._avg.get(fieldname)
        if avg is None:
            avg = self._avg[fieldname] = self.searcher.avg_field_length(fieldname) or 1.0
        return avg

    def column(self, fieldname):
        """A sortable column as int64 (raw Whoosh values; ``MISSING_DATE`` where none)."""
        return self._joined("column", fieldname, self._segment_column)

    def facet(self, fieldname):
        """A ``FacetColumn``: every (document, value) pair of a keyword field, by document."""

        def make():
            index, docs, codes = {}, [], []
            for segment, offset in self.segments:
                values, seg_docs, seg_codes = self._segment_facet(segment, fieldname)
                if not values:
                    continue
                mapping = np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int32)
                docs.append(seg_docs + offset)
                codes.append(mapping[seg_codes])
            return FacetColumn(
                list(index),
                np.concatenate(docs) if docs else EMPTY_IDS,
                np.concatenate(codes) if codes else EMPTY_IDS,
                self.maxdoc,
            )

        return self.store.joined(self.segment_keys, "facet", fieldname, make)

    # --- per-segment arrays, read once and kept in the store ---

    def _segment_lengths(self, segment, fieldname):
        return self.store.array(segment, "lengths", fieldname, lambda: postings.field_lengths(segment, fieldname))

    def _segment_column(self, segment, fieldname):
        def make():
            n = segment.doc_count_all()
            if not segment.has_column(fieldname):
                return np.full(n, MISSING_DATE, dtype=np.int64)
            values = postings.numeric_column(segment.column_reader(fieldname, translate=False), n).astype(np.int64)
            values[values >= _NO_DATE] = MISSING_DATE
            return values

        return self.store.array(segment, "column", fieldname, make)

    def _segment_facet(self, segment, fieldname):
        """``(values, docs, codes)``: every (document, value) pair of a keyword field in a segment."""

        def make():
            values, docs, codes = [], [], []
            if fieldname in segment.schema and fieldname in segment.indexed_field_names():
                for tbytes in segment.lexicon(fieldname):
                    ids = self.store.postings(segment, fieldname, tbytes, cache=False).ids
                    codes.append(np.full(len(ids), len(values), dtype=np.int32))
                    docs.append(ids)
                    values.append(tbytes.decode("utf-8"))
            return (
                values,
                np.concatenate(docs) if docs else EMPTY_IDS,
                np.concatenate(codes) if codes else EMPTY_IDS,
            )

        return self.store.array(segment, "facet", fieldname, make)

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
        ids = np.concatenate([p.ids + offset for p, offset in parts]) if parts else EMPTY_IDS
        weights = np.concatenate([p.weights for p, _offset in parts]) if parts else EMPTY_SCORES
        if not with_values:
            return Postings(ids, weights)
        if not parts:
            return Postings.empty(with_values=True)
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
        if isinstance(q, wq.ConstantScoreQuery):
            hits = self.evaluate(q.child)
            return Hits(hits.ids, np.full(len(hits.ids), float(q.score)))
        if isinstance(q, wq.Every):
            ids = np.flatnonzero(self.live).astype(np.int64)
            return Hits(ids, np.ones(len(ids)))
        raise TypeError(f"the numpy engine can't run {type(q).__name__}")

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
        """``[(value, n)]`` of the matches' values, most first, ties by value; at most ``limit``."""
        if not len(hits):
            return []
        return self.facet(fieldname).counts(hits.ids, limit)


class FacetColumn:
    """The (document, value) pairs of a keyword field, grouped by document (``indptr``: the
    pairs of document ``d`` are ``codes[indptr[d]:indptr[d + 1]]``), so that counting the
    values of a set of matches reads only their pairs - a park's 300 articles, not the
    index's 300,000 pairs - and of a larger set only the pairs of the documents left out.
    The most frequent values are picked in numpy (``rank``: each value's place in the sorted
    values breaks ties), so a facet with thousands of values (companies) sorts ``limit``."""

    __slots__ = ("values", "indptr", "codes", "rank", "totals")

    def __init__(self, values, docs, codes, maxdoc):
        order = np.argsort(docs, kind="stable")
        self.values = values
        self.codes = codes[order].astype(np.int32, copy=False)
        self.indptr = np.zeros(maxdoc + 1, dtype=np.int64)
        np.cumsum(np.bincount(docs, minlength=maxdoc), out=self.indptr[1:])
        self.rank = np.empty(len(values), dtype=np.int64)
        self.rank[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
        self.totals = np.bincount(self.codes, minlength=len(values))

    def counts(self, ids, limit):
        """The values of documents ``ids`` (unique), counted: see ``Snapshot.facet_counts``."""
        if not self.values:
            return []
        maxdoc = len(self.indptr) - 1
        if 2 * len(ids) <= maxdoc:
            counts = self._counted(ids)
        else:
            left_out = np.ones(maxdoc, dtype=bool)
            left_out[ids] = False
            counts = self.totals - self._counted(np.flatnonzero(left_out))
        nonzero = np.flatnonzero(counts)
        top = nonzero[np.lexsort((self.rank[nonzero], -counts[nonzero]))[:limit]]
        return [(self.values[i], int(counts[i])) for i in top.tolist()]

    def _counted(self, ids):
        starts = self.indptr[ids]
        lengths = self.indptr[ids + 1] - starts
        ends = np.cumsum(lengths)
        # The positions of every pair of ``ids``, run by run: each start, then one more a step.
        at = np.repeat(starts - ends + lengths, lengths) + np.arange(ends[-1] if len(ends) else 0)
        return np.bincount(self.codes[at], minlength=len(self.values))

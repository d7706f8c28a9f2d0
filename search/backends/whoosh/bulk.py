"""Full rebuilds' segment writer, ``BulkSegmentWriter``: faster than Whoosh's, in Whoosh's
own format.

It keeps each Chinese text field's postings (and ``char_set``'s) in flat arrays (term
number, document, weight, encoded positions) instead of Whoosh's pool, orders them with one
numpy sort when the segment is written, and writes W3 posting blocks whose data are packed
buffers (``blocks``: decoded without a Python object per posting) with Whoosh's own
term-info and field writers, and beside the segment each such field's term directory
(``termdir``). Whoosh's writer put every posting through a sorting pool and
``PostingsWriter.add_posting``: most of a 36-minute build of 100,000 articles. Like
``writing``, it sets Whoosh 2.7.4's private fields behind the version check in ``postings``.
"""

from array import array
from itertools import repeat

import numpy as np
from whoosh.system import pack_ushort

from search.backends.whoosh import termdir
from search.backends.whoosh.blocks import BLOCK, write_block
from search.backends.whoosh.fields import ArrayPositions, CharSet, ChineseText
from search.backends.whoosh.writing import FastSegmentWriter
from search.positions import WordTerms


class _TermIds(dict):
    """Term -> consecutive number, assigned on first lookup."""

    def __missing__(self, key):
        value = self[key] = len(self)
        return value


class _FieldPostings:
    """One Chinese text field's postings in flat arrays, in document order: term number and
    frequency per posting, each document's count of postings, and (positional fields)
    every posting's positions one after another in ``positions`` (a posting's count of
    them is its frequency). About 8 bytes a posting plus 4 per position: a list of encoded
    values per posting cost ~50."""

    def __init__(self, positional):
        self.term_ids = _TermIds()
        self.terms = array("I")
        self.doc_postings = array("I")  # postings of document 0, 1, 2, ...
        self.freqs = array("I")
        self.positions = array("I") if positional else None

    def _start_doc(self, docnum, count):
        missing = docnum - len(self.doc_postings)
        if missing:
            self.doc_postings.extend(repeat(0, missing))
        self.doc_postings.append(count)

    def add(self, docnum, terms, positions):
        """A document's postings from its term occurrences (``fields.ChineseText.sequence``):
        grouped by term with one stable numpy sort (positions stay in order), where a dict
        of lists a document cost a Python step per occurrence."""
        if not terms:
            return 0
        ids = np.fromiter(map(self.term_ids.__getitem__, terms), dtype=np.uint32, count=len(terms))
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        firsts = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
        self._start_doc(docnum, len(firsts))
        self.terms.frombytes(ids[firsts].tobytes())
        self.freqs.frombytes(np.diff(firsts, append=len(ids)).astype(np.uint32).tobytes())
        if self.positions is not None:
            self.positions.frombytes(np.asarray(positions, dtype=np.uint32)[order].tobytes())
        return len(terms)

    def add_terms(self, docnum, terms):
        """Postings of frequency 1 (``fields.CharSet``: document numbers only)."""
        self._start_doc(docnum, len(terms))
        self.terms.extend(map(self.term_ids.__getitem__, terms))
        self.freqs.extend(repeat(1, len(terms)))
        return len(terms)

    def docs(self):
        """Each posting's document number."""
        counts = np.frombuffer(self.doc_postings, dtype=np.uint32)
        return np.repeat(np.arange(len(counts), dtype=np.uint32), counts)


INDEXED_KEPT = 20_000  # keyword, date and id values whose postings a bulk writer remembers


class BulkSegmentWriter(FastSegmentWriter):
    """A writer for one new segment, written by ``finish_segment()``; documents are only
    added (never deleted or updated). ``FastSegmentWriter.add_document`` walks each
    document; this class keeps the postings in arrays instead of Whoosh's pool."""

    def __init__(self, ix, compression=3, **kwargs):
        super().__init__(ix, **kwargs)
        # zlib level for the text fields' posting blocks (0: none - faster builds, an
        # index about three times the size).
        self.compression = compression
        self._bulk = {}
        self._other = []  # (fieldname, tbytes, docnum, weight, vbytes) of non-Chinese fields
        self._lengths = {}  # fieldname -> array of per-document lengths
        # fieldname -> the bulk field's terms, their posting lists' starts, lengths and
        # document frequencies, for its term directory (``termdir``)
        self._directory = {}
        self._known_words = WordTerms()
        self._indexed_values = {}

    def _needs_stock_path(self, schema, fieldnames):
        if super()._needs_stock_path(schema, fieldnames):
            # Whoosh's path would fill the pool, which this writer never writes out.
            raise ValueError("BulkSegmentWriter writes no term vectors or separate spelling fields")
        return False

    def _index_field(self, docnum, fieldname, field, value):
        """Keep one field's postings for the flush; return the field's length."""
        if isinstance(field, ChineseText):
            bulk = self._bulk.get(fieldname)
            if bulk is None:
                # Positions are written as ArrayPositions encodes them (raw uint32 bytes).
                assert not field.positional or isinstance(field.format, ArrayPositions)
                bulk = self._bulk[fieldname] = _FieldPostings(field.positional)
            length = bulk.add(docnum, *field.sequence(value, self._known_words))
        elif isinstance(field, CharSet):
            bulk = self._bulk.get(fieldname)
            if bulk is None:
                bulk = self._bulk[fieldname] = _FieldPostings(positional=False)
            length = bulk.add_terms(docnum, field.terms(value))
        else:
            length = 0
            for tbytes, freq, weight, vbytes in self._indexed(fieldname, field, value):
                self._other.append((fieldname, tbytes, docnum, weight, vbytes))
                length += freq
        if length and field.scorable:
            lengths = self._lengths.get(fieldname)
            if lengths is None:
                lengths = self._lengths[fieldname] = array("I")
            if len(lengths) < docnum + 1:
                lengths.extend([0] * (docnum + 1 - len(lengths)))
            lengths[docnum] = length
        return length

    def _indexed(self, fieldname, field, value):
        """``field.index(value)`` (Whoosh's own), remembered: a year, a park, a date recurs
        in thousands of documents. The memory is emptied when it holds ``INDEXED_KEPT``
        values (ids and versions never recur)."""
        key = (fieldname, value)
        try:
            postings = self._indexed_values.get(key)
        except TypeError:  # a value that is not hashable
            return field.index(value)
        if postings is None:
            if len(self._indexed_values) >= INDEXED_KEPT:
                self._indexed_values.clear()
            postings = self._indexed_values[key] = tuple(field.index(value))
        return postings

    def finish_segment(self):
        """Write the segment's files; return the ``Segment`` for the caller's TOC. (The
        temporary storage is shared by all writers of the index: the caller's final
        commit removes it.)"""
        segment = self._finalize_segment()
        for fieldname, columns in sorted(self._directory.items()):
            data = termdir.encode(*columns)
            if data is not None:
                with self.storage.create_file(termdir.filename(segment.segment_id(), fieldname)) as f:
                    f.write(data)
        self._directory = {}
        return segment

    def _doc_lengths(self, fieldname):
        lengths = self._lengths.get(fieldname)
        out = np.zeros(self.docnum, dtype=np.int64)
        if lengths:
            out[: len(lengths)] = np.frombuffer(lengths, dtype=np.uint32)
        return out

    def _flush_segment(self):
        self.perdocwriter.close()
        fw = self.fieldwriter
        other = {}
        for posting in sorted(self._other):
            other.setdefault(posting[0], []).append(posting)
        for fieldname in sorted(set(self._bulk) | set(other)):
            field = self.schema[fieldname]
            lengths = self._doc_lengths(fieldname)
            fw.start_field(fieldname, field)
            if fieldname in self._bulk:
                fw._postwriter._compression = self.compression
                self._write_bulk_field(field, self._bulk.pop(fieldname), lengths)
            else:
                self._write_postings([(p[1], p[2], p[3], p[4]) for p in other[fieldname]], field.scorable and lengths)
            fw.finish_field()
        fw.close()

    def _write_postings(self, postings, lengths):
        """Postings given as sorted ``(tbytes, docnum, weight, vbytes)`` tuples (few)."""
        fw = self.fieldwriter
        last = None
        for tbytes, docnum, weight, vbytes in postings:
            if tbytes != last:
                if last is not None:
                    fw.finish_term()
                fw.start_term(tbytes)
                last = tbytes
            fw.add(docnum, weight, vbytes or b"", int(lengths[docnum]) if lengths is not None else 0)
        if last is not None:
            fw.finish_term()

    def _write_bulk_field(self, field, bulk, lengths):
        fw = self.fieldwriter
        words = list(bulk.term_ids)
        if not words:
            return
        self._directory[fw._fieldname] = ([], [], [], [])
        encoded = [w.encode("utf-8") for w in words]
        # Rank of each term number in byte order: the order Whoosh's term table needs.
        by_bytes = sorted(range(len(encoded)), key=encoded.__getitem__)
        rank = np.empty(len(encoded), dtype=np.uint32)
        rank[by_bytes] = np.arange(len(encoded), dtype=np.uint32)
        # Postings are in document order, so a stable sort by term rank alone puts them in
        # (term, document) order; every array here is 32-bit (a sort key of both and int64
        # orders and offsets made the flush of a 25,000-article segment the build's peak).
        ranks = rank[np.frombuffer(bulk.terms, dtype=np.uint32)]
        bulk.terms = None
        order = np.argsort(ranks, kind="stable").astype(np.uint32)
        ranks = ranks[order]
        docs = bulk.docs()
        bulk.doc_postings = None
        docs = docs[order]
        freqs_in = np.frombuffer(bulk.freqs, dtype=np.uint32)
        freqs = freqs_in[order]
        offsets = positions = None
        if bulk.positions is not None:
            positions = np.frombuffer(bulk.positions, dtype=np.uint32)
            offsets = np.zeros(len(freqs_in), dtype=np.uint32)
            np.cumsum(freqs_in[:-1], out=offsets[1:])
            offsets = offsets[order]
        del order, freqs_in
        bulk.freqs = None
        starts = np.flatnonzero(np.concatenate(([True], ranks[1:] != ranks[:-1])))
        total = len(ranks)
        boost = field.format.field_boost
        # Postings become Python lists a chunk of whole terms at a time, not all at once.
        first = 0
        while first < len(starts):
            last = max(first + 1, int(np.searchsorted(starts, starts[first] + CHUNK, side="right")))
            a = int(starts[first])
            b = int(starts[last]) if last < len(starts) else total
            chunk_docs = docs[a:b].astype(np.int64)
            chunk_freqs = freqs[a:b].astype(np.int64)
            chunk = _Chunk(
                chunk_docs,
                chunk_freqs.astype(np.float64) * boost,
                lengths[chunk_docs] if field.scorable else np.zeros(b - a, dtype=np.int64),
                _gathered(positions, offsets[a:b], chunk_freqs) if positions is not None else None,
            )
            term_starts = starts[first:last]
            term_ranks = ranks[term_starts].tolist()
            term_starts = (term_starts - a).tolist()
            for rank_, start, end in zip(term_ranks, term_starts, [*term_starts[1:], b - a], strict=True):
                self._write_term(fw, encoded[by_bytes[rank_]], chunk, start, end)
            first = last

    def _write_term(self, fw, tbytes, chunk, start, end):
        """One term's posting blocks: the chunk's postings ``start`` to ``end``."""
        fw.start_term(tbytes)
        pw = fw._postwriter
        for s in range(start, end, BLOCK):
            e = min(s + BLOCK, end)
            write_block(
                pw,
                chunk.docs[s:e],
                chunk.weights[s:e],
                chunk.lengths[s:e],
                chunk.positions_of(s, e),
                last=e == end,
            )
        # Whoosh's finish_postings() would write a last block from the buffer: ours are
        # all written, so record the extent here.
        terminfo = pw._terminfo
        length = pw._postfile.tell() - pw._startoffset
        terminfo.set_extent(pw._startoffset, length)
        fw._tindex.add(pack_ushort(fw._fieldid) + fw._btext, terminfo.to_bytes())
        terms, starts, lengths, dfs = self._directory[fw._fieldname]
        terms.append(tbytes)
        starts.append(pw._startoffset)
        lengths.append(length)
        dfs.append(terminfo.doc_frequency())
        pw._terminfo = None


CHUNK = 1 << 18  # postings per chunk of whole terms gathered at once


class _Chunk:
    """A run of whole terms' postings as arrays (document, weight, field length) and, for
    a positional field, ``positions``: every posting's positions in posting order and each
    posting's count of them."""

    __slots__ = ("docs", "weights", "lengths", "positions", "_starts")

    def __init__(self, docs, weights, lengths, positions):
        self.docs, self.weights, self.lengths, self.positions = docs, weights, lengths, positions
        if positions is not None:
            self._starts = np.zeros(len(docs) + 1, dtype=np.int64)
            np.cumsum(positions[1], out=self._starts[1:])

    def positions_of(self, s, e):
        """Postings ``s`` to ``e``'s positions as ``blocks.write_block`` takes them."""
        if self.positions is None:
            return None
        return self.positions[0][self._starts[s] : self._starts[e]], self.positions[1][s:e]


def _gathered(positions, offsets, freqs):
    """Each posting's positions gathered in the postings' order: ``(positions, freqs)``."""
    ends = np.cumsum(freqs)
    begins = ends - freqs
    return positions[np.repeat(offsets - begins, freqs) + np.arange(int(ends[-1]) if len(ends) else 0)], freqs

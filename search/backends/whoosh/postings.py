"""Reading Whoosh's files directly: posting lists, columns, segments - and the checks
that make that safe.

Whoosh's own matchers walk every posting in Python (~10 µs per document and term). Here a
term's posting list is fetched with one read and its blocks decoded into numpy arrays
(the decoding mirrors Whoosh's W3 posting reader); field lengths, dates and facet values
are read as whole columns. That means reading
Whoosh 2.7.4's W3 codec through its private names (``_postfile``, ``_perdoc``, ``_terms``,
a numeric column reader's fields, a segment reader's ``_segment``): they are used in this
module and in ``writing`` and ``blocks``, nowhere else, and only after two checks:

* ``check_whoosh_version()`` - at start-up (``WhooshBackend.check``): the installed Whoosh
  is the pinned one, else the site does not start;
* ``index_format_problem()`` - when the index is first opened: the index was written by
  that Whoosh, in W3 segments, with this code's fields and posting formats, else reading
  stops with ``IndexOutdated`` instead of decoding another format into wrong results.

``tests/search/whoosh/`` compares what is read here with Whoosh's own readers.
"""

import os
import struct
import threading
from collections import OrderedDict

import numpy as np
import whoosh
from django.core.exceptions import ImproperlyConfigured
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3Segment, _lenfield
from whoosh.columns import NumericColumn
from whoosh.index import TOC
from whoosh.reading import MultiReader, TermNotFound
from whoosh.util.numeric import byte_to_length

from search.backends.base import IndexOutdated
from search.backends.whoosh import termdir
from search.backends.whoosh.blocks import decode_blocks, encoded_positions
from search.backends.whoosh.hits import EMPTY_IDS, EMPTY_SCORES

WHOOSH_VERSION = (2, 7, 4)  # requirements.txt pins it; this module and ``writing`` depend on it

_INT = struct.Struct("!i")
# Whoosh stores field lengths as one byte; this is its decoding table.
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


# --- the checks --------------------------------------------------------------------------


def check_whoosh_version():
    """Refuse to start with another Whoosh than the one whose files this code reads."""
    installed = tuple(whoosh.__version__[:3])
    if installed != WHOOSH_VERSION:
        pinned = ".".join(map(str, WHOOSH_VERSION))
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND 'whoosh' reads and writes Whoosh {pinned}'s index files through its "
            f"internals (search/backends/whoosh/postings.py, writing.py), but Whoosh "
            f"{whoosh.versionstring()} is installed: install Whoosh=={pinned} (requirements.txt)."
        )


def index_format_problem(storage, indexname, schema):
    """Why the index in ``storage`` is not in the format this code reads (a sentence), or
    ``None`` when it is: written by the pinned Whoosh, all W3 segments, and the same
    fields with the same posting formats as ``schema``."""
    try:
        toc = TOC.read(storage, indexname)  # unpickles the schema stored with the index
    except Exception as exc:  # a field class of an earlier version that no longer exists
        return f"its schema can't be read ({type(exc).__name__}: {exc})"
    if tuple(toc.release[:3]) != WHOOSH_VERSION:
        return f"it was written by Whoosh {'.'.join(map(str, toc.release))}"
    if not all(isinstance(segment, W3Segment) for segment in toc.segments):
        return "it has segments in another codec than W3"
    stored = toc.schema
    if sorted(stored.names()) != sorted(schema.names()):
        return "its fields differ from this version's"
    changed = [name for name in schema.names() if type(stored[name].format) is not type(schema[name].format)]
    if changed:
        return f"the posting format of {', '.join(sorted(changed))} differs from this version's"
    return None


# --- segments ----------------------------------------------------------------------------


def segments_of(reader):
    """``[(segment reader, first document number)]`` of an open reader. An empty index has
    an ``EmptyReader``: no segments at all."""
    if isinstance(reader, MultiReader):
        segments = list(zip(reader.readers, reader.doc_offsets, strict=True))
    else:
        segments = [(reader, 0)]
    return [(r, offset) for r, offset in segments if hasattr(r, "_terms")]


def segment_key(segment):
    """A segment's identity: its files never change once written."""
    seg = segment._segment
    return (seg.indexname, seg.segid)


def deleted_docs(segment):
    """Local numbers of the documents deleted in a segment (kept in the index's TOC)."""
    return list(segment._perdoc.deleted_docs()) if segment.has_deletions() else []


# --- posting lists -----------------------------------------------------------------------


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
    def empty(cls, with_values=False):
        if with_values:
            return cls(EMPTY_IDS, EMPTY_SCORES, EMPTY_IDS, np.zeros(1, dtype=np.int64))
        return cls(EMPTY_IDS, EMPTY_SCORES)

    @classmethod
    def from_positions(cls, ids, weights, values):
        """From positions as ``blocks.decode_blocks`` returns them: ``(every posting's
        positions end to end, each posting's count of them)``."""
        positions, counts = values
        starts = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        return cls(ids, weights, positions, starts)

    def positions_of(self, rows):
        """``(positions, counts)`` of the postings at ``rows``, concatenated in order."""
        first = self.starts[rows]
        counts = self.starts[rows + 1] - first
        total = int(counts.sum())
        # Index of every wanted position: first[row] + 0, 1, ... counts[row] - 1.
        offsets = np.repeat(first - (np.cumsum(counts) - counts), counts) + np.arange(total)
        return self.positions[offsets], counts


_EMPTY = {False: Postings.empty(), True: Postings.empty(with_values=True)}  # shared: never written to


def read_term(segment, fieldname, tbytes, with_values, directory=None):
    """``(ids, weights, values)`` of a term's posting list in one segment, or ``None``;
    ``values`` as ``blocks.decode_blocks`` gives them (``None`` unless ``with_values``).
    ``directory``: the field's ``termdir.TermDirectory`` in the segment, if it has one.

    The whole extent is fetched with one read and its blocks decoded from memory."""
    terms_reader = segment._terms
    if directory is not None:
        found = directory.find(tbytes)
        if found is None:
            return None
        start, length, _df = found
    else:
        try:
            terminfo = terms_reader.term_info(fieldname, tbytes)
        except (KeyError, TermNotFound):
            return None
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return (
                np.asarray(ids, dtype=np.int64),
                np.asarray(weights, dtype=np.float64),
                encoded_positions(values) if with_values else None,
            )
        start, length = terminfo.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it as unpack()'s 1-tuple
            length = length[0]
    buf = terms_reader._postfile.get(start, length)
    if buf[:4] != WHOOSH3_HEADER_MAGIC:
        raise IndexOutdated(f"not a W3 posting list: {fieldname}:{tbytes!r}")
    return decode_blocks(buf, with_values)


def term_directory(segment, fieldname):
    """The field's ``termdir.TermDirectory`` in a segment, or ``None`` (a segment Whoosh
    wrote itself, or an index in memory)."""
    storage = segment._storage
    storage = getattr(storage, "b", storage)  # a compound segment's OverlayStorage(files, index)
    folder = getattr(storage, "folder", None)
    if folder is None:
        return None
    path = os.path.join(folder, termdir.filename(segment._segment.segment_id(), fieldname))
    try:
        return termdir.TermDirectory(path)
    except FileNotFoundError:
        return None


# --- columns -----------------------------------------------------------------------------


def numeric_column(reader, n):
    """All ``n`` values of a Whoosh column reader as an array: one read for a numeric
    column (big-endian fixed-size values, the default after the last written one)."""
    if isinstance(reader, NumericColumn.Reader):
        count = min(reader._count, n)
        dtype = np.dtype(">" + reader._typecode)
        values = np.full(n, reader._default, dtype=dtype.newbyteorder("="))
        values[:count] = np.frombuffer(reader._dbfile.get(reader._basepos, count * reader._fixedlen), dtype=dtype)
        return values
    return np.array([reader[i] for i in range(n)])


def field_lengths(segment, fieldname):
    """Every document's length of a field in one segment (Whoosh's one-byte encoding decoded)."""
    n = segment.doc_count_all()
    column = segment._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return np.zeros(n)
    return _BYTE_TO_LENGTH[numeric_column(column, n)]


# What one cached term costs beyond its arrays: the key (a tuple, the term's bytes), the
# ``Postings`` object, its arrays' headers and the OrderedDict's link - 490 bytes measured
# with tracemalloc for a one-document posting list. Counting only the arrays' bytes let the
# cache hold 30 times its budget in small and empty lists (a term missing from a segment is
# cached too): the soak of 2026-11-29 saw web workers grow 12 % in 30 minutes.
ENTRY_BYTES = 512
DF_ENTRIES = 20_000  # document frequencies kept: 170 bytes each (measured), about 3.4 MB


class SegmentStore:
    """Arrays read from segments, kept across index generations: a segment's files never
    change once written (deletions live in the TOC and are applied per snapshot), so after
    an incremental commit only the new small segment is read. Posting lists sit in a
    least-recently-used cache of ``cache_bytes``, each counted with its ``ENTRY_BYTES``."""

    def __init__(self, cache_bytes=32 * 1024 * 1024):
        self._arrays = {}  # (segment key, kind, fieldname) -> array or tuple
        # (segment keys in order, kind, fieldname) -> the segments' arrays joined end to end
        self._joined = {}
        self._postings = OrderedDict()
        self._postings_bytes = 0
        self._df = {}  # (segment key, fieldname, tbytes) -> document frequency
        self.cache_bytes = cache_bytes
        self.lock = threading.RLock()

    def forget_except(self, keys):
        """Drop what belongs to segments not in ``keys`` (merged away or replaced), and
        the arrays joined over another list of segments than ``keys`` (in its order)."""
        with self.lock:
            current = tuple(keys)
            self._joined = {k: v for k, v in self._joined.items() if k[0] == current}
            keys = set(keys)
            for key in [k for k in self._arrays if k[0] not in keys]:
                del self._arrays[key]
            for key in [k for k in self._postings if k[0] not in keys]:
                self._postings_bytes -= self._postings.pop(key).nbytes + ENTRY_BYTES
            self._df = {k: v for k, v in self._df.items() if k[0] in keys}

    def array(self, segment, kind, fieldname, make):
        """``make()``, read once per segment and kept under ``(kind, fieldname)``."""
        key = (segment_key(segment), kind, fieldname)
        with self.lock:
            value = self._arrays.get(key)
            if value is None:
                value = self._arrays[key] = make()
            return value

    def replace_array(self, segment, kind, fieldname, value):
        """Keep ``value`` (equal to what is kept, e.g. a view of a joined copy) instead."""
        with self.lock:
            self._arrays[(segment_key(segment), kind, fieldname)] = value

    def forget_postings(self):
        """Empty the cache of posting lists (the arrays stay)."""
        with self.lock:
            self._postings.clear()
            self._postings_bytes = 0

    def joined(self, segment_keys, kind, fieldname, make):
        """``make()``, an array over the segments ``segment_keys`` (in order), kept while
        they are the index's: every snapshot of the same segments - a worker's first
        included, after the master read them before the fork - shares one array instead of
        joining its own copy (~15 MB of each worker's own memory at 100,000 articles)."""
        key = (tuple(segment_keys), kind, fieldname)
        with self.lock:
            value = self._joined.get(key)
            if value is None:
                value = self._joined[key] = make()
            return value

    def directory(self, segment, fieldname):
        """The field's term directory in ``segment`` (opened once), or ``None``."""
        found = self.array(segment, "termdir", fieldname, lambda: term_directory(segment, fieldname) or False)
        return found or None

    def doc_frequency(self, segment, fieldname, tbytes):
        key = (segment_key(segment), fieldname, tbytes)
        with self.lock:
            df = self._df.get(key)
            if df is None:
                if len(self._df) >= DF_ENTRIES:
                    self._df.clear()
                directory = self.directory(segment, fieldname)
                if directory is None:
                    df = segment.doc_frequency(fieldname, tbytes)
                else:
                    found = directory.find(tbytes)
                    df = found[2] if found else 0
                self._df[key] = df
            return df

    def postings(self, segment, fieldname, tbytes, with_values=False, cache=True):
        """A term's ``Postings`` in one segment (local document numbers)."""
        seg = segment_key(segment)
        key = (seg, fieldname, tbytes, with_values)
        with self.lock:
            found = self._postings.get(key)
            if found is None and not with_values:
                found = self._postings.get((seg, fieldname, tbytes, True))
            if found is not None:
                self._postings.move_to_end(key if key in self._postings else (seg, fieldname, tbytes, True))
                return found
            read = read_term(segment, fieldname, tbytes, with_values, self.directory(segment, fieldname))
            if read is None:
                found = _EMPTY[with_values]
            else:
                ids, weights, values = read
                found = Postings.from_positions(ids, weights, values) if with_values else Postings(ids, weights)
            if cache:
                self._postings[key] = found
                self._postings_bytes += found.nbytes + ENTRY_BYTES
                while self._postings_bytes > self.cache_bytes and len(self._postings) > 1:
                    _key, old = self._postings.popitem(last=False)
                    self._postings_bytes -= old.nbytes + ENTRY_BYTES
            return found

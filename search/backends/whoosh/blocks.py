"""W3 posting blocks as full rebuilds write them, and decoding any W3 block into numpy.

A W3 block's data is a pickled ``(ids, weights, values)`` tuple (delta-coded document
numbers, frequencies, one encoded value per posting). Whoosh's writer pickles tuples of
Python ints, floats and bytes, so reading a block builds a Python object per posting:
for a common term (60,000-100,000 postings) that, with the per-block overhead of blocks of
128 postings, was most of a query's first run. ``BulkSegmentWriter`` instead writes
blocks of ``BLOCK`` postings whose tuple holds buffers:

* ids: the deltas, in the narrowest unsigned ``array`` that holds them (``"B"``, ``"H"``
  or ``"I"``);
* weights: ``None`` (all 1), one float (all equal), or ``array("f")`` - the type Whoosh's
  own writer keeps them in before it pickles them;
* values: ``None`` (no positions) or ``PackedPositions``: every posting's positions end to
  end and each posting's count of them, narrowest arrays too (a common bigram's raw block
  is about half the size of 32-bit positions, so there is less for zlib to inflate).

Whoosh reads such blocks like its own: it iterates the ids, indexes the weights and asks
``values[i]`` (``W3LeafMatcher``), so merges, updates and its matchers are unchanged
(``tests/search/whoosh/test_writing.py`` reads a rebuilt index through Whoosh). Here they
decode without a Python object per posting. Blocks written by Whoosh itself (every
incremental commit) decode by the old way in the same loop.

``PackedPositions`` is pickled by its import path: moving or renaming it makes every index
written since unreadable (``postings.index_format_problem`` would not notice).
"""

import io
import pickle
import struct
import zlib
from array import array

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.util.numeric import length_to_byte

BLOCK = 1024  # postings per block written by full rebuilds (Whoosh's own writer: 128)

_INT = struct.Struct("!i")


def narrow(values):
    """``values`` (non-negative integers) as the narrowest unsigned ``array`` that holds them."""
    top = int(values.max()) if len(values) else 0
    for typecode, dtype in (("B", np.uint8), ("H", np.uint16)):
        if top <= np.iinfo(dtype).max:
            return array(typecode, values.astype(dtype).tobytes())
    return array("I", values.astype(np.uint32).tobytes())


class PackedPositions:
    """A block's ``fields.ArrayPositions`` values: every posting's positions end to end
    (``positions``) and each posting's count of them (``counts``), both in the narrowest
    unsigned ``array`` that holds them. Whoosh reads a posting's value (``self[i]``: the
    positions as ``ArrayPositions.encode`` writes them); the engine reads them all at once."""

    __slots__ = ("positions", "counts", "_ends")

    def __init__(self, positions, counts):
        self.positions = positions
        self.counts = counts
        self._ends = None

    def __reduce__(self):
        return (PackedPositions, (self.positions, self.counts))

    def __len__(self):
        return len(self.counts)

    def __getitem__(self, i):
        if self._ends is None:
            self._ends = np.cumsum(np.asarray(self.counts), dtype=np.int64).tolist()
        i = range(len(self.counts))[i]  # negative indexes; IndexError past the end
        end = self._ends[i]
        return array("I", self.positions[end - self.counts[i] : end]).tobytes()

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def write_block(pw, ids, weights, lengths, positions, last):
    """One packed block to ``pw`` (a ``W3PostingsWriter`` between ``start_term`` and the
    term's end), setting the statistics ``W3TermInfo.add_block`` reads from it.

    ``ids`` and ``lengths`` are int64 arrays (document numbers, field lengths), ``weights``
    a float array, ``positions`` ``None`` or ``(positions, counts)``: every posting's
    positions end to end and each posting's count of them."""
    if not pw._blockcount:
        pw._postfile.write(WHOOSH3_HEADER_MAGIC)
    pw._ids = ids  # add_block reads len(), [0] and [-1]
    pw._weights = weights.tolist()
    nonzero = lengths[lengths > 0]
    pw._minlength = int(nonzero.min()) if len(nonzero) else None
    pw._maxlength = int(lengths.max())
    pw._maxweight = max(pw._weights)
    pw._terminfo.add_block(pw)
    if (weights == 1.0).all():
        mini_weights = None
    elif (weights == weights[0]).all():
        mini_weights = pw._weights[0]
    else:
        mini_weights = array("f", weights.astype(np.float32).tobytes())
    packed = None if positions is None else PackedPositions(narrow(positions[0]), narrow(positions[1]))
    data = pickle.dumps((narrow(np.diff(ids, prepend=0)), mini_weights, packed), 5)
    comp = pw._compression
    if comp:
        data = zlib.compress(data, comp)
    info = pickle.dumps(
        (len(ids), int(ids[-1]), pw._maxweight, comp, length_to_byte(pw._minlength), length_to_byte(pw._maxlength)), 2
    )
    size = len(info) + len(data)
    pw._postfile.write_int(-size if last else size)
    pw._postfile.write(info)
    pw._postfile.write(data)
    pw._blockcount += 1


def decode_blocks(buf, with_positions):
    """``(ids, weights, positions)`` of a posting list's blocks in ``buf`` (the term's
    whole extent): int64 document numbers, float64 weights and, ``with_positions``, every
    posting's positions end to end (int32) with each posting's count of them (int64)
    (``fields.ArrayPositions`` values; else ``None``)."""
    stream = io.BytesIO(buf)
    pos = 4
    ids, weights, counts, positions, position_counts = [], [], [], [], []
    while True:
        (blocklength,) = _INT.unpack_from(buf, pos)
        end = pos + 4 + abs(blocklength)
        stream.seek(pos + 4)
        count, _maxid, _maxweight, compression, _minlen, _maxlen = pickle.load(stream)
        data = buf[stream.tell() : end]
        block_ids, block_weights, block_values = pickle.loads(zlib.decompress(data) if compression else data)
        counts.append(count)
        if type(block_ids) is array:
            ids.append(np.asarray(block_ids))
        else:  # a tuple of ints: written by Whoosh
            ids.append(np.fromiter(block_ids, dtype=np.int64, count=count))
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:
            weights.append(np.asarray(block_weights, dtype=np.float64))
        if with_positions:
            if type(block_values) is PackedPositions:
                positions.append(np.asarray(block_values.positions))
                position_counts.append(np.asarray(block_values.counts))
            else:  # a tuple of ArrayPositions.encode bytes
                block_positions, block_counts = encoded_positions(block_values)
                positions.append(block_positions)
                position_counts.append(block_counts)
        if blocklength < 0:
            break
        pos = end
    # Ids are delta-coded from 0 within each block.
    lengths = np.array(counts, dtype=np.int64)
    sums = np.cumsum(np.concatenate(ids), dtype=np.int64)
    block_starts = np.cumsum(lengths) - lengths
    before = np.where(block_starts > 0, sums[np.maximum(block_starts - 1, 0)], 0)
    doc_ids = sums - np.repeat(before, lengths)
    if not with_positions:
        return doc_ids, np.concatenate(weights), None
    return (
        doc_ids,
        np.concatenate(weights),
        (np.concatenate(positions).astype(np.int32), np.concatenate(position_counts).astype(np.int64)),
    )


def encoded_positions(values):
    """``ArrayPositions`` values given as one bytes object a posting (Whoosh's own blocks,
    an inlined posting list) in ``decode_blocks``' form."""
    values = list(values)
    return (
        np.frombuffer(b"".join(values), dtype=np.uint32).astype(np.int32),
        np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // 4,
    )

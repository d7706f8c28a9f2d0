"""A term directory beside a segment: where each term's posting list is, in one read.

Whoosh finds a term in a segment through its hashed term table, read through three file
layers in about eight small reads: ~15 µs of CPU a lookup at 100,000 articles, and the
article page's related articles need ~400 of them (60 key-term candidates in each of six
segments) before the first posting is read. Full rebuilds (``bulk.BulkSegmentWriter``)
therefore also write, per Chinese text field, a file of the field's terms:

    MAIN_<segment>.<field>.tdir:
        header      b"TDIR0001", count (u8), bucket (u8)
        sparse      the hash of every ``bucket``-th record (u8 each)
        records     sorted by hash: hash (u8), posting list's start (u8), document
                    frequency (u4), posting list's length in bytes (u4)

The hash is the first eight bytes of the term's BLAKE2b. A reader keeps the sparse
array (a few KB a segment) and finds a term with one ``pread`` of its bucket. The name
follows Whoosh's segment file pattern, so Whoosh deletes the file with its segment. A
field whose terms' hashes collide gets no directory (the stock lookup serves it), and so
do segments Whoosh writes itself (incremental commits, merges).
"""

import hashlib
import os
import sys
from bisect import bisect_left, bisect_right

import numpy as np

MAGIC = b"TDIR0001"
HEADER = np.dtype([("magic", "S8"), ("count", "<u8"), ("bucket", "<u8")])
RECORD = np.dtype([("hash", "<u8"), ("start", "<u8"), ("df", "<u4"), ("length", "<u4")])
BUCKET = 128  # records per read: 3 KB
LITTLE_ENDIAN = sys.byteorder == "little"  # records are read as native words where they are the file's


def term_hash(tbytes):
    return int.from_bytes(hashlib.blake2b(tbytes, digest_size=8).digest(), "little")


def filename(segment_id, fieldname):
    return f"{segment_id}.{fieldname}.tdir"


def encode(terms, starts, lengths, dfs, bucket=None):
    """The file's bytes for a field's terms (bytes) and their posting lists' starts,
    lengths and document frequencies; ``None`` when two terms' hashes collide."""
    bucket = bucket or BUCKET
    records = np.empty(len(terms), dtype=RECORD)
    records["hash"] = np.fromiter(map(term_hash, terms), dtype=np.uint64, count=len(terms))
    records["start"], records["df"], records["length"] = starts, dfs, lengths
    records.sort(order="hash", kind="stable")
    if len(records) > 1 and not np.all(records["hash"][1:] != records["hash"][:-1]):
        return None
    header = np.array([(MAGIC, len(records), bucket)], dtype=HEADER)
    sparse = np.ascontiguousarray(records["hash"][::bucket])
    return header.tobytes() + sparse.tobytes() + records.tobytes()


class TermDirectory:
    """A field's term directory in one segment, read with ``pread`` (no shared offset:
    safe in forked workers)."""

    def __init__(self, path):
        self._fd = None
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            header = np.frombuffer(self._read(HEADER.itemsize, 0), dtype=HEADER)
            if header["magic"][0] != MAGIC:
                raise ValueError(f"not a term directory: {path}")
            self.count, self.bucket = int(header["count"][0]), int(header["bucket"][0])
            buckets = -(-self.count // self.bucket)
            self.sparse = np.frombuffer(self._read(8 * buckets, HEADER.itemsize), dtype="<u8").tolist()
        except BaseException:
            self.close()
            raise
        self._records = HEADER.itemsize + 8 * buckets

    def find(self, tbytes):
        """``(start, length, document frequency)`` of the term's posting list, or ``None``."""
        h = term_hash(tbytes)
        i = bisect_right(self.sparse, h) - 1
        if i < 0:
            return None
        first = i * self.bucket
        n = min(self.bucket, self.count - first)
        block = self._read(n * RECORD.itemsize, self._records + first * RECORD.itemsize)
        # A record is three little-endian u8 words: hash, start, df | length << 32.
        words = memoryview(block).cast("Q") if LITTLE_ENDIAN else np.frombuffer(block, "<u8").tolist()
        j = bisect_left(words[::3], h)
        if j == n or words[3 * j] != h:
            return None
        packed = words[3 * j + 2]
        return words[3 * j + 1], packed >> 32, packed & 0xFFFFFFFF

    def _read(self, size, offset):
        data = os.pread(self._fd, size, offset)
        if len(data) != size:
            raise ValueError("a term directory cut short")
        return data

    def close(self, _close=os.close):  # bound now: at interpreter exit ``os`` may be gone
        if self._fd is not None:
            _close(self._fd)
            self._fd = None

    def __del__(self):
        self.close()

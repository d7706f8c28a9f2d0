"""Writing Whoosh segments faster than Whoosh's writer, in Whoosh's own format.

* ``FastSegmentWriter`` (every commit of the index writer): adds each document's
  postings to Whoosh's pool in one go - Whoosh's ``add_document`` does several Python
  calls and a size estimate per posting, and at ~700 postings per article that dominated
  index builds - and serves field lengths from memory when it flushes (the stock writer
  re-reads them from disk for every posting).
* ``bulk.BulkSegmentWriter`` (full rebuilds) builds on it.
* ``commit_segments()``: the TOC of an index made of segments written separately.

The writers mirror parts of Whoosh 2.7.4's ``SegmentWriter`` and ``W3PostingsWriter``
and set their private fields; with ``bulk``, ``postings`` and ``blocks`` these are the only
modules that touch Whoosh's private names, behind the version check there. The files are the
ordinary W3 codec's: Whoosh reads, merges and updates them as if its own writer had made them
(tests/search/whoosh/test_writing.py compares them posting for posting).
"""

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.writing import SegmentWriter

# --- every commit ------------------------------------------------------------------------


class _MemoryLengths:
    """Field lengths for the segment being flushed, read once per field instead of per posting."""

    def __init__(self, reader):
        self._reader = reader
        self._columns = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        column = self._columns.get(fieldname)
        if column is None:
            column_reader = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            column = list(column_reader) if column_reader is not None else ()
            self._columns[fieldname] = column
        return column[docnum] if docnum < len(column) else default

    def __getattr__(self, name):
        return getattr(self._reader, name)


class FastSegmentWriter(SegmentWriter):
    """A SegmentWriter that adds each document's postings to the pool in one go.

    Whoosh's ``add_document`` does several Python calls and a size estimate per posting;
    at ~700 postings per article that dominated index builds. Fields with term vectors or
    a separate spelling field (none in our schema) take the stock path.
    """

    def add_document(self, **fields):
        schema = self.schema
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        if self._needs_stock_path(schema, fieldnames):
            return super().add_document(**fields)
        self._check_state()
        self._check_fields(schema, fieldnames)
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        perdocwriter.start_doc(docnum)
        for fieldname in fieldnames:
            value = fields[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            length = self._index_field(docnum, fieldname, field, value) if field.indexed else 0
            if not field.scorable:
                length = 0
            stored = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
            if field.column_type and stored is not None:
                perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(stored))
        perdocwriter.finish_doc()
        pool = self.pool
        if pool.currentsize > pool.limit:
            pool.save()
        self._added = True
        self.docnum += 1

    def _needs_stock_path(self, schema, fieldnames):
        return any(schema[n].vector or schema[n].separate_spelling() for n in fieldnames if n in schema)

    def _index_field(self, docnum, fieldname, field, value):
        """Put one field's postings in the pool; return the field's length."""
        pool = self.pool
        items = field.index(value)
        if items:
            pool.fieldnames.add(fieldname)
        current = pool.current
        length = size = 0
        for tbytes, freq, weight, vbytes in items:
            current.append((fieldname, tbytes, docnum, weight, vbytes))
            length += freq
            size += 130 + 2 * len(tbytes) + len(vbytes or b"")
        pool.currentsize += size
        return length

    def _flush_segment(self):
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        postings = self.pool.iter_postings()
        self.fieldwriter.add_postings(self.schema, _MemoryLengths(pdr) if pdr else None, postings)
        self.fieldwriter.close()
        if pdr:
            pdr.close()


# --- a TOC for separately written segments ------------------------------------------------


def commit_segments(ix, segments, min_generation=0):
    """Make ``segments`` (from ``BulkSegmentWriter.finish_segment()`` calls, possibly in
    several processes) the whole content of index ``ix``, in a generation after
    ``min_generation - 1``; removes the writers' temporary files."""
    writer = SegmentWriter(ix)
    writer.generation = max(writer.generation, min_generation)
    writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()

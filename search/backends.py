"""haystack's Whoosh backend, adapted for Chinese and for one writer.

Set ``HAYSTACK_CONNECTIONS["default"]["ENGINE"] = "search.backends.ArchiveWhooshEngine"``.

What the stock backend can't do and this subclass adds (nothing is copied):

* schema: text fields analysed by our tokenizers become ``ChineseText`` fields - not
  stored, not sortable (the stock backend stores and makes sortable every text field,
  doubling the index), no spelling field - with a fast ``index()`` that builds postings
  straight from the segmenter;
* writes: every write takes the index writer lock (``search.indexing.writer_lock``) and
  goes through one Whoosh writer per batch (``apply_changes``); ``FastSegmentWriter``
  serves field lengths from memory when it flushes (the stock writer re-reads them from
  disk for every posting);
* reads: ``run()`` executes a parsed query (``search.query``) as Whoosh query objects -
  user text never reaches Whoosh's query parser - with exact counts and facet counts
  from cached per-segment value sets.
"""

import threading
from array import array
from datetime import datetime
from math import log

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh import formats
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.fields import NUMERIC, TEXT
from whoosh.formats import Positions
from whoosh.writing import SegmentWriter

from search import analysis, engine

# --- schema ------------------------------------------------------------------------------


class ChineseText(TEXT):
    """A text field whose postings come straight from ``search.analysis``.

    The char field (``kind="char"``) keeps positions: quoted phrases are matched there.
    Word fields keep only weights (term frequency x field boost), which is all BM25F
    needs; no query checks word positions.
    """

    def __init__(self, analyzer, field_boost=1.0, kind="word"):
        super().__init__(analyzer=analyzer, phrase=True, field_boost=field_boost, stored=False, sortable=False)
        self.kind = kind
        self.positional = kind == "char"
        if self.positional:
            self.format = ArrayPositions(field_boost=field_boost)
        else:
            self.format = formats.Existence(field_boost=field_boost)

    def positions(self, value):
        """``{term: [positions]}`` of a field value."""
        text = analysis.normalize(value if isinstance(value, str) else " ".join(value))
        return analysis.unit_positions(text) if self.kind == "char" else analysis.word_positions(text)

    def index(self, value, **kwargs):
        boost = self.format.field_boost
        if self.positional:
            return [
                (w.encode("utf-8"), len(p), len(p) * boost, self.format.encode(p))
                for w, p in self.positions(value).items()
            ]
        return [(w.encode("utf-8"), len(p), len(p) * boost, b"") for w, p in self.positions(value).items()]


class ArrayPositions(Positions):
    """Positions stored as the raw bytes of a 32-bit unsigned array (``len(value) // 4``
    positions). Whoosh's ``Positions`` pickles a list of deltas per posting, which has to
    be unpickled one posting at a time; these values decode for a whole posting list at
    once with one ``numpy.frombuffer`` (``search.engine``). Little-endian machines only,
    like the index files themselves are meant to stay on the machine that wrote them."""

    def encode(self, poslist):
        return array("I", poslist).tobytes()

    def decode_positions(self, valuestring):
        return array("I", valuestring).tolist()

    def decode_frequency(self, valuestring):
        return len(valuestring) // 4


def _chinese_kind(analyzer):
    tokenizer = analyzer
    if isinstance(tokenizer, analysis.CharTokenizer):
        return "char"
    if isinstance(tokenizer, analysis.WordTokenizer):
        return "word"
    return None


# --- writing -----------------------------------------------------------------------------


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


# --- the backend -------------------------------------------------------------------------

FACET_FIELDS = ("park_slugs", "provinces", "reporter_slugs", "year")


class ArchiveWhooshBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.include_spelling = False
        self._searcher = None
        self._snapshot = None
        self._read_lock = threading.RLock()
        self.use_mmap = bool(connection_options.get("MMAP", False))
        # zlib level of the text fields' posting blocks written by full rebuilds (0: none).
        self.postings_compression = int(connection_options.get("POSTINGS_COMPRESSION", 3))
        self._segment_store = engine.SegmentStore(int(connection_options.get("POSTINGS_CACHE_MB", 32)) * 1024 * 1024)

    def setup(self):
        super().setup()
        if self.use_file_storage and not self.use_mmap:
            # Read index files with read() instead of mapping them: the kernel's page cache
            # holds them once for all workers, and they don't count as each worker's memory.
            self.storage.supports_mmap = False
            self.index = self.storage.open_index(schema=self.schema)

    # schema

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            kind = _chinese_kind(getattr(field_class, "analyzer", None))
            if kind:
                fieldname = field_class.index_fieldname
                schema.remove(fieldname)
                schema.add(fieldname, ChineseText(field_class.analyzer, field_boost=field_class.boost, kind=kind))
        if "article_id" in schema:
            # A sortable column (haystack's integer fields have none): date order's tie-break.
            schema.remove("article_id")
            schema.add("article_id", NUMERIC(numtype=int, bits=32, signed=False, stored=False, sortable=True))
        for fieldname in list(schema.names()):
            schema[fieldname].spelling = False
        return content_field_name, schema

    # writing: only ever called by the one writer (search.indexing)

    def writer(self, **kwargs):
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        kwargs.setdefault("timeout", 60.0)
        kwargs.setdefault("limitmb", 256)
        return FastSegmentWriter(self.index, **kwargs)

    def prepare_document(self, index, obj):
        doc = index.full_prepare(obj)
        for key in doc:
            doc[key] = self._from_python(doc[key])
        doc.pop("boost", None)
        return doc

    def apply_changes(self, index, objs=(), remove_ids=(), merge=True):
        """Index ``objs`` and remove documents ``remove_ids`` (haystack identifiers) in one commit."""
        from search.indexing import writer_lock

        with writer_lock():
            writer = self.writer()
            try:
                for ident in remove_ids:
                    writer.delete_by_term(ID, ident)
                for obj in objs:
                    try:
                        doc = self.prepare_document(index, obj)
                    except SkipDocument:
                        continue
                    writer.update_document(**doc)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(merge=merge)

    def update(self, index, iterable, commit=True):
        objs = list(iterable)
        if objs:
            self.apply_changes(index, objs)

    def remove(self, obj_or_string, commit=True):
        self.apply_changes(None, remove_ids=[get_identifier(obj_or_string)])

    def clear(self, models=None, commit=True):
        from search.indexing import writer_lock

        with writer_lock():
            super().clear(models=models, commit=commit)
        self._searcher = None
        self._snapshot = None

    # reading

    def searcher(self):
        """A searcher kept open per process and refreshed when the index has changed."""
        with self._read_lock:
            if not self.setup_complete:
                self.setup()
            if self._searcher is None:
                self.index = self.index.refresh()
                self._searcher = self.index.searcher()
            elif not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
            return self._searcher

    def reset(self):
        """Forget open readers (after the index directory was replaced)."""
        with self._read_lock:
            self._searcher = None
            self.setup_complete = False
            self._snapshot = None

    def close_readers(self):
        """Close the open searcher's files (kept: the arrays read from its segments)."""
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._snapshot = None

    def doc_count(self):
        return self.searcher().doc_count()

    def indexed_versions(self):
        """``{django_id: updated}`` of every document in the index."""
        out = {}
        for fields in self.searcher().all_stored_fields():
            out[int(fields[DJANGO_ID])] = fields.get("updated")
        return out

    def snapshot(self):
        """The ``search.engine.Snapshot`` of the current searcher (new after any change)."""
        searcher = self.searcher()
        with self._read_lock:
            snap = self._snapshot
            if snap is None or snap.searcher is not searcher:
                snap = self._snapshot = engine.Snapshot(searcher, self._segment_store)
            return snap

    def compile(self, parsed, filters):
        """Whoosh query objects for a ``search.query.ParsedQuery`` and ``Filters``."""
        clauses = []
        for group in parsed.groups:
            alternatives = [q for q in (_term_query(t) for t in group) if q is not None]
            if alternatives:
                clauses.append(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives))
        for fieldname, values in (
            ("park_slugs", filters.parks),
            ("provinces", filters.provinces),
            ("reporter_slugs", filters.reporters),
            ("year", [str(y) for y in filters.years]),
        ):
            clauses.extend(wq.Term(fieldname, v) for v in values)
        if filters.date_from or filters.date_to:
            clauses.append(
                wq.DateRange("published_on", whoosh_date(filters.date_from), whoosh_date(filters.date_to, end=True))
            )
        excluded = [q for q in (_term_query(t) for t in parsed.excluded) if q is not None]
        if not clauses:
            if not excluded:
                return None
            clauses.append(wq.Every())
        positive = clauses[0] if len(clauses) == 1 else wq.And(clauses)
        if excluded:
            return wq.AndNot(positive, excluded[0] if len(excluded) == 1 else wq.Or(excluded))
        return positive

    def run(self, compiled, *, sort="relevance", offset=0, limit=20, facets=True, facet_limit=30):
        """Execute a Whoosh query object: ``{"count", "ids", "facets"}``."""
        if compiled is None:
            return {"count": 0, "ids": [], "facets": {}}
        snap = self.snapshot()
        hits = snap.run(compiled)
        page = snap.top(hits, offset, limit, sort=sort)
        ids = [int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in page]
        facet_counts = {}
        if facets and len(hits):
            facet_counts = {f: snap.facet_counts(hits, f, facet_limit) for f in FACET_FIELDS}
        return {"count": len(hits), "ids": ids, "facets": facet_counts}

    def more_like(self, words, park_slugs, exclude=None, limit=5):
        """Ids of documents sharing the most of ``words`` and ``park_slugs``."""
        clauses = [wq.Term("text", w) for w in words]
        clauses += [wq.Term("park_slugs", slug, boost=2.0) for slug in park_slugs]
        if not clauses:
            return []
        q = wq.Or(clauses)
        if exclude is not None:
            q = wq.AndNot(q, wq.Term(DJANGO_ID, str(exclude)))
        snap = self.snapshot()
        return [int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in snap.top(snap.run(q), 0, limit)]

    def key_terms(self, fieldname, text, numterms=8, candidates=60):
        """The ``numterms`` words of ``text`` with the highest tf-idf in the index.

        Only the ``candidates`` most frequent words of ``text`` are looked up, and in an
        archive of 1,000 articles or more, words in over 5 % of all articles are left
        out: they say little about what an article is about and cost the most to match.
        """
        snap = self.snapshot()
        poses = analysis.word_positions(analysis.normalize(text))
        ranked = sorted(((len(p), len(w), w) for w, p in poses.items() if len(w) >= 2), reverse=True)
        n = snap.maxdoc
        max_df = n // 20 if n >= 1000 else n
        scored = []
        for tf, _length, word in ranked[:candidates]:
            df = snap.doc_frequency(fieldname, word.encode("utf-8"))
            if 0 < df <= max_df:
                scored.append((tf * (log(n / (df + 1)) + 1), word))
        scored.sort(reverse=True)
        return [w for _s, w in scored[:numterms]]


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend


# --- compiling one user term ---------------------------------------------------------------

WORD_FIELDS = (("text", 1.0), ("headline", 1.0))
CHAR_FIELD = "chars"
CHAR_WEIGHT = 0.5


def _term_query(term):
    """One user term or phrase.

    A term the base dictionary knows as one word (发展, 营商环境) is searched in the word
    fields only: the segmenter emits it wherever it occurs. Any other term (京, 张江,
    新中心, 4191.83, names added from the database) must match in the char field - all
    its bigrams for a plain term, the bigrams in a row for a quoted phrase - and its
    words in the word fields only add to the score. Whoosh checks positions in Python,
    so positional matching is kept for phrases the user quoted.
    """
    words = analysis.query_words(term.text)
    units = analysis.query_units(term.text)
    if not words and not units:
        return None
    word_queries = [wq.Term(f, w, boost=b) for f, b in WORD_FIELDS for w in dict.fromkeys(words)]
    if not units or not analysis.needs_char_field(words, units):
        return word_queries[0] if len(word_queries) == 1 else wq.Or(word_queries)
    required = _char_query(term.text, positional=term.phrase)
    if not word_queries:
        return required
    return wq.AndMaybe(required, word_queries[0] if len(word_queries) == 1 else wq.Or(word_queries))


def _char_query(text, positional=False):
    """The char-field terms (bigrams) of ``text``, in a row if ``positional``, plus a
    trailing single character as a prefix."""
    terms, prefix = analysis.query_char_terms(text)
    if positional and len(terms) > 1:
        parts = [wq.Phrase(CHAR_FIELD, terms, boost=CHAR_WEIGHT)]
    else:
        parts = [wq.Term(CHAR_FIELD, t, boost=CHAR_WEIGHT) for t in dict.fromkeys(terms)]
    if prefix:
        parts.append(wq.Prefix(CHAR_FIELD, prefix, boost=CHAR_WEIGHT))
    return parts[0] if len(parts) == 1 else wq.And(parts)


def whoosh_date(value, end=False):
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if end:
        return datetime(value.year, value.month, value.day, 23, 59, 59)
    return datetime(value.year, value.month, value.day)

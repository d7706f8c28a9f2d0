"""haystack's Whoosh backend, adapted: the schema, the writer and the writer lock.

``settings.HAYSTACK_CONNECTIONS["default"]["ENGINE"]`` names ``ArchiveWhooshEngine``
(``WhooshBackend.check`` refuses any other). haystack gives the Whoosh backend the index
document (``search.search_indexes``), its conversion to Whoosh values and the index's
storage; its own commands (``rebuild_index``, ``update_index``, ``clear_index``) keep
working through this class. What the stock backend can't do and this subclass adds:

* schema: the text fields marked with an ``analysis.Analysis`` kind become
  ``fields.ChineseText``; the char field's text is also indexed as
  ``fields.CharSet`` (``char_set``: its distinct Han characters); no spelling field;
  ``article_id`` a sortable column;
* writes: every write holds the index writer lock and goes through one
  ``writing.FastSegmentWriter`` per batch (``apply_changes``);
* reads: index files are read with ``read()`` unless ``MMAP`` is set.
"""

import copy
from pathlib import Path

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh.fields import NUMERIC

from search.analysis import Analysis
from search.backends.base import writer_lock
from search.backends.whoosh.fields import CHAR_SET_FIELD, TOKENIZERS, CharSet, ChineseText, analysis_kind
from search.backends.whoosh.writing import FastSegmentWriter


def lock_path(index_path):
    """The writer lock file, beside the index directory (in the data dir by default)."""
    return Path(index_path).parent / "search-writer.lock"


class ArchiveWhooshBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.include_spelling = False
        self.use_mmap = bool(connection_options.get("MMAP", False))
        self.char_set_source = None  # the char field whose text ``char_set`` indexes

    def setup(self):
        super().setup()
        if self.use_file_storage and not self.use_mmap:
            # Read index files with read() instead of mapping them: the kernel's page cache
            # holds them once for all workers, and they don't count as each worker's memory.
            self.storage.supports_mmap = False
            self.index = self.storage.open_index(schema=self.schema)

    def build_schema(self, fields):
        # haystack builds a stock TEXT field for each text field (with our tokenizer as its
        # analyzer); those marked with an Analysis kind are then replaced.
        chinese, adapted = {}, {}
        for name, field_class in fields.items():
            kind = analysis_kind(getattr(field_class, "analyzer", None))
            if kind:
                field_class = copy.copy(field_class)
                field_class.analyzer = TOKENIZERS[kind]()
                chinese[field_class.index_fieldname] = (kind, field_class.boost)
            adapted[name] = field_class
        content_field_name, schema = super().build_schema(adapted)
        for fieldname, (kind, boost) in chinese.items():
            schema.remove(fieldname)
            schema.add(fieldname, ChineseText(kind, field_boost=boost))
        char_fields = [name for name, (kind, _boost) in chinese.items() if kind == Analysis.CHARS]
        if len(char_fields) > 1:
            raise ValueError(f"one char field is indexed as {CHAR_SET_FIELD}, not {len(char_fields)}: {char_fields}")
        if char_fields:
            self.char_set_source = char_fields[0]
            schema.add(CHAR_SET_FIELD, CharSet())
        if "article_id" in schema:
            # A sortable column (haystack's integer fields have none): date order's tie-break.
            schema.remove("article_id")
            schema.add("article_id", NUMERIC(numtype=int, bits=32, signed=False, stored=False, sortable=True))
        for fieldname in list(schema.names()):
            schema[fieldname].spelling = False
        return content_field_name, schema

    # writing: only ever called by the one writer (search.indexing) or haystack's commands

    def writer_lock(self):
        return writer_lock(lock_path(self.path))

    def writer(self, **kwargs):
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        kwargs.setdefault("timeout", 60.0)
        kwargs.setdefault("limitmb", 256)
        return FastSegmentWriter(self.index, **kwargs)

    def prepare_document(self, index, obj):
        if not self.setup_complete:
            self.setup()  # the schema says which field ``char_set`` copies
        doc = index.full_prepare(obj)
        for key in doc:
            doc[key] = self._from_python(doc[key])
        doc.pop("boost", None)
        if self.char_set_source in doc:
            doc[CHAR_SET_FIELD] = doc[self.char_set_source]
        return doc

    def apply_changes(self, index, objs=(), remove_ids=(), merge=True):
        """Index ``objs`` and remove documents ``remove_ids`` (haystack identifiers) in one commit."""
        with self.writer_lock():
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
        with self.writer_lock():
            super().clear(models=models, commit=commit)


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend

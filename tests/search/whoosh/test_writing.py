"""The bulk segment writer (full rebuilds) writes the same index Whoosh's writer writes."""

import pytest
from haystack.constants import DJANGO_ID

from search import indexing, query
from search.backends import get_backend
from search.backends.whoosh import bulk, postings


def index_contents():
    """Every posting and field length, keyed by article id rather than document number."""
    searcher = get_backend().searcher()
    reader = searcher.reader()
    article = {d: int(fields[DJANGO_ID]) for d, fields in reader.iter_docs()}
    postings = {}
    for fieldname in sorted(reader.indexed_field_names()):
        field = searcher.schema[fieldname]
        for tbytes in reader.lexicon(fieldname):
            m = reader.postings(fieldname, tbytes)
            rows = []
            while m.is_active():
                value = m.value()
                decoded = list(field.format.decode_positions(value)) if field.format.supports("positions") else None
                rows.append((article[m.id()], round(m.weight(), 4), decoded))
                m.next()
            postings[(fieldname, tbytes)] = sorted(rows)
    lengths = {(f, article[d]): searcher.doc_field_length(d, f) for d in article for f in ("text", "headline", "chars")}
    return postings, lengths


# Build processes read the articles through connections of their own, so they see committed
# rows only: the tests that fork commit their data (on in-memory SQLite a forked child
# would inherit the open transaction; on PostgreSQL it cannot).
in_processes = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    "procs,segment_docs,compression,chunk,block",
    [
        (1, 25_000, 0, bulk.CHUNK, bulk.BLOCK),
        pytest.param(2, 3, 0, 5, 2, marks=in_processes),
        (1, 25_000, 3, 7, 3),
    ],
)
def test_a_rebuild_writes_the_postings_whooshs_writer_wrote(
    archive, procs, segment_docs, compression, chunk, block, monkeypatch
):
    incremental = index_contents()
    assert len(incremental[0]) > 1000
    monkeypatch.setattr(get_backend(), "postings_compression", compression)
    # A small chunk writes the postings a few terms at a time (a big build's way), small
    # blocks make a term's postings span several.
    monkeypatch.setattr(bulk, "CHUNK", chunk)
    monkeypatch.setattr(bulk, "BLOCK", block)
    indexing.rebuild(procs=procs, batch_size=4, segment_docs=segment_docs)
    rebuilt = index_contents()
    assert rebuilt[1] == incremental[1]
    assert rebuilt[0].keys() == incremental[0].keys()
    assert rebuilt[0] == incremental[0]


@in_processes
def test_a_rebuilt_index_takes_incremental_updates(archive):
    from archive.models import Article

    indexing.rebuild(procs=2, batch_size=4, segment_docs=5)
    article = Article.objects.published().first()
    article.headline = "独一无二的标题词甲乙丙"
    article.save()
    indexing.process_queue()
    assert [a.pk for a in query.search('"甲乙丙"').articles] == [article.pk]


def engine_postings():
    """Every term's postings as the engine reads them (``postings.read_term``), keyed by
    article id: (article, weight, positions) per posting."""
    searcher = get_backend().searcher()
    reader = searcher.reader()
    article = {d: int(fields[DJANGO_ID]) for d, fields in reader.iter_docs()}
    found = {}
    for segment, offset in reader.leaf_readers():
        for fieldname in sorted(segment.indexed_field_names()):
            positional = searcher.schema[fieldname].format.supports("positions")
            for tbytes in segment.lexicon(fieldname):
                read = postings.read_term(segment, fieldname, tbytes, positional)
                if read is None:
                    continue
                ids, weights, values = read
                if positional:
                    p = postings.Postings.from_positions(ids, weights, values)
                    positions = [p.positions[p.starts[i] : p.starts[i + 1]].tolist() for i in range(len(ids))]
                else:
                    positions = [None] * len(ids)
                rows = found.setdefault((fieldname, tbytes), [])
                for doc, weight, pos in zip(ids.tolist(), weights.tolist(), positions, strict=True):
                    rows.append((article[doc + offset], round(weight, 4), pos))
    return {key: sorted(rows) for key, rows in found.items()}


def test_the_engine_reads_packed_blocks_as_it_reads_whooshs(archive, monkeypatch):
    incremental = engine_postings()
    monkeypatch.setattr(bulk, "BLOCK", 3)  # most terms' postings over several blocks
    indexing.rebuild(procs=1, batch_size=4)
    rebuilt = engine_postings()
    assert max(len(rows) for rows in rebuilt.values()) > 3
    assert rebuilt == incremental


def test_packed_positions_read_back_past_16_bits_after_pickling():
    import pickle
    from array import array

    import numpy as np

    from search.backends.whoosh.blocks import PackedPositions, narrow

    packed = PackedPositions(narrow(np.array([3, 70_000, 5])), narrow(np.array([2, 1])))
    assert packed.positions.typecode == "I" and packed.counts.typecode == "B"
    again = pickle.loads(pickle.dumps(packed, 5))
    assert [again[0], again[1], again[-1]] == [
        array("I", [3, 70_000]).tobytes(),
        array("I", [5]).tobytes(),
        array("I", [5]).tobytes(),
    ]


def test_a_document_without_a_field_leaves_the_next_documents_numbers_as_they_are():
    field = bulk._FieldPostings(positional=True)
    field.add(0, ["京沪", "沪"], [0, 1])
    field.add(2, ["京沪", "京沪"], [0, 5])  # document 1 has no text in this field
    assert field.docs().tolist() == [0, 0, 2]
    assert field.freqs.tolist() == [1, 1, 2]
    assert field.positions.tolist() == [0, 1, 0, 5]

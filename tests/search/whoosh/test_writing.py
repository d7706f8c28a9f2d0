"""The bulk segment writer (full rebuilds) writes the same index Whoosh's writer writes."""

import pytest
from haystack.constants import DJANGO_ID

from search import indexing, query
from search.backends import get_backend
from search.backends.whoosh import writing


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
    "procs,segment_docs,compression,chunk",
    [(1, 25_000, 0, writing.CHUNK), pytest.param(2, 3, 0, 5, marks=in_processes), (1, 25_000, 3, 7)],
)
def test_a_rebuild_writes_the_postings_whooshs_writer_wrote(
    archive, procs, segment_docs, compression, chunk, monkeypatch
):
    incremental = index_contents()
    assert len(incremental[0]) > 1000
    monkeypatch.setattr(get_backend(), "postings_compression", compression)
    # A small chunk writes the postings a few terms at a time (a big build's way).
    monkeypatch.setattr(writing, "CHUNK", chunk)
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

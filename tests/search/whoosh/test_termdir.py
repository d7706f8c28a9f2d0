"""The term directories a full rebuild writes beside its segments (``termdir``)."""

import pytest

from search import indexing, query
from search.backends import get_backend
from search.backends.whoosh import postings, termdir
from search.backends.whoosh.fields import CharSet, ChineseText


def bulk_fields(schema):
    return sorted(name for name, field in schema.items() if isinstance(field, (ChineseText, CharSet)))


def segments():
    reader = get_backend().searcher().reader()
    return [segment for segment, _offset in reader.leaf_readers()]


def test_a_rebuilt_segment_finds_every_term_where_whooshs_table_has_it(archive, monkeypatch):
    monkeypatch.setattr(termdir, "BUCKET", 4)  # many buckets even in a small index
    indexing.rebuild(procs=1, batch_size=4)
    schema = get_backend().searcher().schema
    checked = 0
    for segment in segments():
        for fieldname in bulk_fields(schema):
            directory = postings.term_directory(segment, fieldname)
            assert directory is not None, fieldname
            terms = list(segment.lexicon(fieldname))
            assert directory.count == len(terms)
            for tbytes in terms:
                info = segment._terms.term_info(fieldname, tbytes)
                start, length = info.extent()
                length = length[0] if isinstance(length, tuple) else length  # as read_term reads it
                assert directory.find(tbytes) == (start, length, info.doc_frequency())
                checked += 1
    assert checked > 1000


def test_a_term_missing_from_a_segment_is_missing_from_its_directory(archive):
    indexing.rebuild(procs=1, batch_size=4)
    (segment,) = segments()
    directory = postings.term_directory(segment, "text")
    assert directory.find("高新区".encode()) is not None
    assert directory.find("不存在的词语甲乙".encode()) is None
    assert directory.find(b"") is None


def test_terms_whose_hashes_collide_get_no_directory(monkeypatch):
    monkeypatch.setattr(termdir, "term_hash", lambda tbytes: len(tbytes))
    assert termdir.encode([b"ab", b"cd"], [0, 10], [10, 10], [1, 2]) is None
    assert termdir.encode([b"ab", b"cde"], [0, 10], [10, 10], [1, 2]) is not None


def test_a_cut_short_directory_is_refused(tmp_path):
    path = tmp_path / "MAIN_x.text.tdir"
    data = termdir.encode([b"a", b"b", b"c"], [0, 1, 2], [1, 1, 1], [1, 1, 1], bucket=2)
    path.write_bytes(data[: termdir.HEADER.itemsize + 4])
    with pytest.raises(ValueError, match="cut short"):
        termdir.TermDirectory(str(path))


def test_segments_whoosh_writes_are_read_through_whooshs_table(archive):
    from archive.models import Article

    indexing.rebuild(procs=1, batch_size=4)
    article = Article.objects.published().first()
    article.headline = "独一无二的标题词甲乙丙"
    article.save()
    indexing.process_queue()
    found = [postings.term_directory(segment, "text") is not None for segment in segments()]
    assert sorted(found) == [False, True]
    assert [a.pk for a in query.search('"甲乙丙"').articles] == [article.pk]
    assert [a.pk for a in query.search("高新区").articles]


def test_postings_and_frequencies_read_through_a_directory_are_whooshs(archive, monkeypatch):
    monkeypatch.setattr(termdir, "BUCKET", 4)
    indexing.rebuild(procs=1, batch_size=4)
    store = postings.SegmentStore()
    schema = get_backend().searcher().schema
    (segment,) = segments()
    for fieldname in bulk_fields(schema):
        directory = store.directory(segment, fieldname)
        positional = schema[fieldname].format.supports("positions")
        for tbytes in [*segment.lexicon(fieldname), "不存在的词语".encode()]:
            assert store.doc_frequency(segment, fieldname, tbytes) == segment.doc_frequency(fieldname, tbytes)
            read = postings.read_term(segment, fieldname, tbytes, positional, directory)
            stock = postings.read_term(segment, fieldname, tbytes, positional)
            assert (read is None) == (stock is None)
            if read is not None:
                assert [a.tolist() for a in read[:2]] == [a.tolist() for a in stock[:2]]
                if positional:
                    assert [a.tolist() for a in read[2]] == [a.tolist() for a in stock[2]]

"""The numpy engine (numpy over Whoosh's postings) agrees with Whoosh's own matchers."""

import numpy as np
import pytest
from haystack.constants import DJANGO_ID
from whoosh import query as wq

from archive.models import Article
from search import indexing, query
from search.backends import get_backend
from search.backends.whoosh.hits import Hits
from search.backends.whoosh.postings import ENTRY_BYTES, SegmentStore

QUERIES = [
    "高新区",
    "张江",
    "拿地即开工 包头",
    "创新 OR 孵化器",
    "企业 -包头",
    '"知识价值信用贷款"',
    '"高质量发展"',
    "京",
    "4191.83",
    "SMC",
    "瞪羚企业",
]


@pytest.fixture
def archive(archive):
    """The indexed fixture pages (conftest's ``archive``), then a second segment with
    deletions in the first: edits after the import."""
    for article in Article.objects.published()[:3]:
        article.save()
    indexing.process_queue()
    be = get_backend()
    return be, be.snapshot()


def whoosh_scores(searcher, q):
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}


@pytest.mark.parametrize("text", QUERIES)
def test_the_engine_matches_the_documents_whoosh_matches(archive, text):
    be, snap = archive
    compiled = be.compile(query.parse(text), query.Filters())
    expected = whoosh_scores(snap.searcher, compiled)
    hits = snap.run(compiled)
    assert expected, text
    assert sorted(hits.ids.tolist()) == sorted(expected)


@pytest.mark.parametrize("text", ["高新区", "张江", "拿地即开工 包头", "创新 OR 孵化器", "企业 -包头", "瞪羚企业"])
def test_the_engine_scores_as_whooshs_bm25f_does(archive, text):
    be, snap = archive
    compiled = be.compile(query.parse(text), query.Filters())
    expected = whoosh_scores(snap.searcher, compiled)
    hits = snap.run(compiled)
    got = dict(zip(hits.ids.tolist(), hits.scores.tolist(), strict=True))
    for docnum, score in expected.items():
        assert got[docnum] == pytest.approx(score, rel=1e-4)


def test_deleted_documents_never_match(archive):
    be, snap = archive
    deleted = [d for d in range(snap.maxdoc) if snap.searcher.reader().is_deleted(d)]
    assert deleted
    assert not set(deleted) & set(snap.run(wq.Every()).ids.tolist())
    assert snap.run(wq.Every()).ids.tolist() == sorted(snap.searcher.reader().all_doc_ids())


def test_facet_counts_count_each_matching_articles_values(archive):
    be, snap = archive
    compiled = be.compile(query.parse("高新区"), query.Filters())
    hits = snap.run(compiled)
    expected = stored_value_counts(snap, hits.ids.tolist(), "park_slugs")
    assert dict(snap.facet_counts(hits, "park_slugs", limit=1000)) == expected


def stored_value_counts(snap, ids, fieldname):
    """{value: documents of ``ids`` with it}, from the stored field (comma-joined values)."""
    expected = {}
    for docnum in ids:
        for value in filter(None, (snap.searcher.stored_fields(docnum).get(fieldname) or "").split(",")):
            expected[value] = expected.get(value, 0) + 1
    return expected


@pytest.mark.parametrize("share", [0.05, 0.5, 0.95], ids=["few", "half", "most"])
def test_facet_counts_of_few_or_most_live_documents_agree_with_the_stored_values(archive, share):
    # Few matches are counted from their own pairs, most from the pairs of those left out
    # (deleted documents among them): both must give each value's count among the matches.
    be, snap = archive
    live = snap.run(wq.Every()).ids
    ids = live[:: max(1, round(1 / share))] if share <= 0.5 else np.delete(live, slice(None, None, 20))
    hits = Hits(ids, np.zeros(len(ids)))
    assert dict(snap.facet_counts(hits, "park_slugs", limit=1000)) == stored_value_counts(snap, ids, "park_slugs")


def test_facet_counts_come_most_first_ties_by_value_and_stop_at_the_limit(archive):
    be, snap = archive
    hits = snap.run(wq.Every())
    expected = sorted(
        stored_value_counts(snap, hits.ids.tolist(), "park_slugs").items(), key=lambda vc: (-vc[1], vc[0])
    )
    assert len(expected) > 5
    assert snap.facet_counts(hits, "park_slugs", limit=1000) == expected
    assert snap.facet_counts(hits, "park_slugs", limit=5) == expected[:5]


def test_newest_first_orders_by_date_then_undated(archive):
    be, snap = archive
    hits = snap.run(wq.Every())
    page = snap.top(hits, 0, len(hits), sort="newest")
    pks = [int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in page]
    dates = dict(Article.objects.filter(pk__in=pks).values_list("pk", "published_on"))
    ordered = [dates[pk] for pk in pks if dates[pk]]
    assert ordered == sorted(ordered, reverse=True)
    assert all(dates[pk] is None for pk in pks[len(ordered) :])


def test_pages_of_a_relevance_ranking_are_disjoint_and_complete(archive):
    be, snap = archive
    hits = snap.run(be.compile(query.parse("企业"), query.Filters()))
    pages = [snap.top(hits, offset, 7) for offset in range(0, len(hits), 7)]
    flat = [d for page in pages for d in page]
    assert sorted(flat) == hits.ids.tolist()
    scores = dict(zip(hits.ids.tolist(), hits.scores.tolist(), strict=True))
    assert [scores[d] for d in flat] == sorted(scores.values(), reverse=True)


def test_segments_read_once_are_reused_after_a_commit(archive):
    be, snap = archive
    snap.run(be.compile(query.parse("高新区"), query.Filters()))
    old_keys = {k[0] for k in be._segment_store._postings}
    Article.objects.published().first().save()
    indexing.process_queue()
    new = be.snapshot()
    assert new is not snap
    kept = {k[0] for k in be._segment_store._postings}
    assert kept and kept <= old_keys  # nothing re-read yet; merged-away segments dropped


def test_warming_reads_the_shared_arrays_and_leaves_no_file_open(archive):
    be, _snap = archive
    be.close_readers()
    be._segment_store.forget_except(set())
    query.warm()
    assert be._searcher is None
    kinds = {(kind, field) for (_seg, kind, field) in be._segment_store._arrays}
    assert ("lengths", "chars") in kinds and ("column", "published_on") in kinds and ("facet", "park_slugs") in kinds
    assert not be._segment_store._postings  # no posting list kept for the query it ran
    assert query.search("高新区").count > 0


def test_a_fresh_snapshot_of_the_same_segments_shares_the_arrays_warmed_before(archive):
    be, _snap = archive
    be.warm()  # as gunicorn's master does, then a worker opens its own searcher
    warmed = be._segment_store._joined
    fresh = be.snapshot()
    assert fresh.field_lengths("chars") is warmed[(fresh.segment_keys, "lengths", "chars")]
    assert fresh.facet("park_slugs") is warmed[(fresh.segment_keys, "facet", "park_slugs")]
    Article.objects.published().first().save()
    indexing.process_queue()
    after = be.snapshot()  # a new segment: joined anew, the old joins dropped
    assert after.segment_keys != fresh.segment_keys
    assert len(after.field_lengths("chars")) == after.maxdoc
    assert {key[0] for key in be._segment_store._joined} == {after.segment_keys}


def test_article_ids_read_from_the_column_are_the_stored_ones(archive):
    be, snap = archive
    docnums = [int(d) for d in snap.run(wq.Every()).ids]
    assert be._article_ids(snap, docnums) == [int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in docnums]


def test_newest_first_breaks_date_ties_by_article_id_as_the_database_does(archive):
    be, _snap = archive
    # Re-index some articles so document order differs from id order.
    for article in Article.objects.published().order_by("-pk")[:5]:
        article.save()
    indexing.process_queue()
    snap = be.snapshot()
    hits = snap.run(wq.Every())
    pks = [int(snap.searcher.stored_fields(d)[DJANGO_ID]) for d in snap.top(hits, 0, len(hits), sort="newest")]
    expected = list(Article.objects.published().newest_first().values_list("pk", flat=True))
    assert pks == expected


def test_the_postings_cache_counts_small_and_missing_terms_against_its_budget(archive):
    be, snap = archive
    store = SegmentStore(cache_bytes=64 * ENTRY_BYTES)
    segment = snap.segments[0][0]
    for n in range(1000):  # terms no segment holds: each lookup was cached at 0 bytes
        store.postings(segment, "chars", f"缺{n}".encode())
    store.postings(segment, "chars", "高新".encode())
    assert len(store._postings) <= 64
    assert store._postings_bytes <= store.cache_bytes

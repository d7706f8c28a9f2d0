"""Several index writers (one per web host) drain the one queue side by side: every change
is applied exactly once and none is lost, also while editors keep changing articles.

Real threads with their own database sessions; on PostgreSQL the rows are claimed with
``SELECT ... FOR UPDATE SKIP LOCKED``. SQLite has one writer by design (no row locks)."""

import threading

import pytest
from django.db import connection, connections

from archive.models import Article
from search import indexing, query
from search.models import PendingUpdate

from .conftest import make_article

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="several index writers need PostgreSQL's row locks (DATABASE_URL)"
)


def in_threads(*targets):
    errors = []

    def run(target):
        try:
            target()
        except Exception as exc:  # reported below, with the thread's traceback lost but not its message
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(t,)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def test_two_workers_claim_disjoint_batches(transactional_db):
    indexing.enqueue(range(1, 41))
    claimed = {}
    barrier = threading.Barrier(2)

    def claim(name):
        from django.db import transaction

        with transaction.atomic():
            claimed[name] = [r for r, _a in indexing._claim(25)]
            barrier.wait(10)  # both hold their claims at the same time

    in_threads(lambda: claim("a"), lambda: claim("b"))
    assert len(claimed["a"]) + len(claimed["b"]) == 40
    assert not set(claimed["a"]) & set(claimed["b"])


def test_two_workers_apply_every_change_exactly_once(transactional_db, search_backend):
    articles = [make_article(f"第{i}篇瞪羚企业报道", "正文") for i in range(60)]
    PendingUpdate.objects.all().delete()
    indexing.enqueue(a.pk for a in articles)  # one queued change per article
    done = []
    in_threads(*[lambda: done.append(indexing.process_queue(batch_size=3))] * 2)
    assert sum(done) == 60  # a change applied twice would count twice
    assert not PendingUpdate.objects.exists()
    assert query.search("瞪羚企业").count == 60


def test_edits_during_two_workers_are_never_lost(transactional_db, search_backend):
    articles = [make_article(f"第{i}篇报道", "正文") for i in range(40)]
    stop = threading.Event()

    def edit():
        try:
            for round_ in range(3):
                for article in articles:
                    article.headline = f"第{article.pk}篇改版{round_}"
                    article.save()
        finally:
            stop.set()

    def work():
        while not stop.is_set():
            indexing.process_queue(batch_size=5)

    in_threads(edit, work, work)
    indexing.process_queue()
    report = indexing.verify()
    assert (report["missing"], report["extra"], report["stale"]) == ([], [], [])
    assert query.search("改版2").count == 40
    assert query.search("改版1").count == 0
    assert Article.objects.published().count() == 40

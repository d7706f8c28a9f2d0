import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Article, ArticlePark
from search import indexing, query
from search.backends import get_backend
from search.models import PendingUpdate

from .conftest import index_now, make_article, make_park, make_reporter


def found(q):
    return [a.pk for a in query.search(q).articles]


def test_saving_an_article_queues_it_and_the_writer_indexes_it(db):
    article = make_article("宿迁高新区拿地即开工", "正文")
    assert PendingUpdate.objects.filter(article_id=article.pk).exists()
    assert found("拿地即开工") == []
    assert index_now() == 1
    assert found("拿地即开工") == [article.pk]
    assert not PendingUpdate.objects.exists()


def test_editing_unpublishing_and_deleting_show_in_search(db):
    article = make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    article.headline = "宿迁高新区瞪羚企业"
    article.save()
    index_now()
    assert found("拿地即开工") == [] and found("瞪羚企业") == [article.pk]
    article.status = Article.Status.REJECTED
    article.save()
    index_now()
    assert found("瞪羚企业") == []
    article.status = Article.Status.PUBLISHED
    article.save()
    index_now()
    assert found("瞪羚企业") == [article.pk]
    article.delete()
    index_now()
    assert found("瞪羚企业") == []


def test_renaming_a_park_or_reporter_reindexes_their_articles(db):
    park = make_park("某某高新技术产业开发区", "某某高新区", slug="x-gxq")
    reporter = make_reporter("王蓓", slug="wangbei")
    article = make_article("报道", "正文", parks=[park], reporters=[reporter])
    index_now()
    park.aliases = "光谷"
    park.save()
    reporter.name = "王蓓蓓"
    reporter.save()
    index_now()
    assert found("光谷") == [article.pk]
    assert found("王蓓蓓") == [article.pk]


def test_tagging_a_park_reindexes_the_article(db):
    park = make_park("某某高新技术产业开发区", "某某高新区", slug="x-gxq")
    article = make_article("报道", "正文")
    index_now()
    ArticlePark.objects.create(article=article, park=park)
    index_now()
    assert found("某某高新区") == [article.pk]


def test_a_writer_that_dies_mid_batch_loses_nothing(db, monkeypatch):
    article = make_article("宿迁高新区拿地即开工", "正文")

    def crash(*args, **kwargs):
        raise SystemExit("killed")

    monkeypatch.setattr(get_backend(), "apply_changes", crash)
    with pytest.raises(SystemExit):
        indexing.process_queue()
    monkeypatch.undo()
    assert PendingUpdate.objects.filter(article_id=article.pk).exists()
    index_now()
    assert found("拿地即开工") == [article.pk]


def test_processing_the_same_article_twice_is_harmless(db):
    article = make_article("宿迁高新区拿地即开工", "正文")
    indexing.enqueue([article.pk, article.pk])
    index_now()
    index_now()
    assert query.search("拿地即开工").count == 1


def test_queryset_update_is_caught_by_verify_and_repaired(db):
    article = make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.REVIEW)  # no signals
    report = indexing.verify()
    assert report["extra"] == [article.pk]
    with pytest.raises(CommandError):
        call_command("search_verify", verbosity=0)
    call_command("search_verify", "--repair", verbosity=0)
    assert indexing.verify()["extra"] == []
    assert found("拿地即开工") == []


def test_rebuild_builds_a_fresh_index_and_swaps_it_in(db):
    articles = [make_article(f"第{i}篇瞪羚企业报道", "正文") for i in range(7)]
    make_article("草稿瞪羚企业", "正文", status=Article.Status.REVIEW)
    call_command("search_rebuild", verbosity=0)
    assert query.search("瞪羚企业").count == 7
    report = indexing.verify()
    assert report["indexed"] == len(articles) and not (report["missing"] or report["extra"] or report["stale"])


_inherited = []


def forget_inherited_connections():
    """In a forked child: leave the parent's database sessions alone (kept referenced, so
    that they are never closed from here) and open this process's own."""
    from django.db import connections

    for conn in connections.all():
        _inherited.append(conn.connection)
        conn.connection = None
        conn.in_atomic_block = False
        conn.atomic_blocks = []
        conn.savepoint_ids = []
        conn.needs_rollback = False


def test_the_writer_lock_is_exclusive_across_processes(db):
    import multiprocessing

    def hold(ready, release):
        forget_inherited_connections()
        with indexing.writer_lock():
            ready.set()
            release.wait(10)

    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=hold, args=(ready, release))
    proc.start()
    try:
        assert ready.wait(10)
        with pytest.raises(TimeoutError):
            with indexing.writer_lock(timeout=0.3):
                pass
    finally:
        release.set()
        proc.join()
    with indexing.writer_lock(timeout=5):
        pass

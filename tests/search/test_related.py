"""Related articles kept per article (``search.related``): worked out ahead through the
search interface (so on every engine present), read by the article page while current."""

import datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from archive.models import Article
from search import query, related
from search.management.commands.index_worker import Command as IndexWorker
from search.models import RelatedList


def _related_ids(article, limit=5):
    cache.clear()
    return [a.pk for a in query.more_like_this(article, limit=limit)]


@pytest.fixture
def articles(archive):
    return list(Article.objects.published().order_by("pk"))


def test_kept_lists_give_the_related_articles_the_index_gives(articles):
    searched = {a.pk: (_related_ids(a), _related_ids(a, limit=3)) for a in articles}
    call_command("search_related", verbosity=0)
    assert RelatedList.objects.count() == len(articles)
    kept = {a.pk: (_related_ids(a), _related_ids(a, limit=3)) for a in articles}
    assert kept == searched
    assert any(ids for ids, _three in kept.values())


def test_the_article_page_reads_the_kept_list(articles):
    first, second, third = articles[:3]
    RelatedList.objects.create(article_id=first.pk, ids=[third.pk, second.pk], computed=timezone.now())
    assert _related_ids(first) == [third.pk, second.pk]


def test_a_kept_list_leaves_out_an_article_unpublished_since(articles):
    first, second, third = articles[:3]
    RelatedList.objects.create(article_id=first.pk, ids=[third.pk, second.pk], computed=timezone.now())
    Article.objects.filter(pk=third.pk).update(status=Article.Status.REVIEW)
    assert _related_ids(first) == [second.pk]


def test_a_list_kept_before_its_article_changed_is_not_read_and_is_due_again(articles):
    related.keep([a.pk for a in articles])
    assert related.due(10) == []
    article = articles[0]
    article.headline += "（更正）"
    article.save()
    assert related.kept(article) is None
    assert related.due(10) == [article.pk]


def test_missing_lists_are_due_newest_article_first_then_the_oldest_lists(articles):
    newest, older = articles[-1], articles[-2]
    assert related.due(2) == [newest.pk, older.pk]
    Article.objects.update(updated=timezone.now() - datetime.timedelta(days=40))
    related.keep([a.pk for a in articles])
    RelatedList.objects.filter(article_id=older.pk).update(computed=timezone.now() - datetime.timedelta(days=30))
    RelatedList.objects.filter(article_id=newest.pk).update(computed=timezone.now() - datetime.timedelta(days=20))
    assert related.due(5) == [older.pk, newest.pk]


def test_the_index_writer_works_out_the_due_lists_while_its_queue_is_empty(articles):
    worker = IndexWorker()
    worker.next_related = 0
    assert worker.keep_related(batch_size=2) == 2
    assert RelatedList.objects.count() == 2
    while worker.keep_related(batch_size=50):
        pass
    assert RelatedList.objects.count() == len(articles)
    assert worker.keep_related(batch_size=50) == 0  # none due: it looks again later

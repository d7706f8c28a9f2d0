"""The one mechanism that keeps search in step with the database.

Every change that can alter an article's search document - the article itself, its
bylines, park tags and company tags, a park's or reporter's names - records the article ids in
``PendingUpdate`` inside the same transaction. The index writer does the rest
(``search.indexing``). ``QuerySet.update()`` and ``bulk_create()`` send no signals: code
that uses them calls ``search.indexing.enqueue()`` itself (``search_verify`` finds what
was missed).
"""

from django.db.models.signals import post_delete, post_save

from archive.models import Article, ArticleCompany, ArticlePark, Byline, Park, Reporter
from search import names
from search.indexing import enqueue


def _article_changed(sender, instance, **kwargs):
    enqueue([instance.pk])


def _relation_changed(sender, instance, **kwargs):
    enqueue([instance.article_id])


def _names_changed(sender, instance, created=False, **kwargs):
    names.invalidate()
    if created:
        return
    if sender is Park:
        ids = ArticlePark.objects.filter(park=instance).values_list("article_id", flat=True)
    else:
        ids = Byline.objects.filter(reporter=instance).values_list("article_id", flat=True)
    enqueue(ids)


def _names_deleted(sender, instance, **kwargs):
    names.invalidate()  # its articles are gone already (tags protect a park or reporter)


def connect():
    post_save.connect(_article_changed, sender=Article, dispatch_uid="search_article_saved")
    post_delete.connect(_article_changed, sender=Article, dispatch_uid="search_article_deleted")
    for model in (Byline, ArticlePark, ArticleCompany):
        post_save.connect(_relation_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_relation_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
    for model in (Park, Reporter):
        post_save.connect(_names_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_names_deleted, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")

"""Related articles worked out ahead of the article page and kept (``search.models.RelatedList``).

Finding an article's related articles takes two trips to the index - its key terms
(``SearchBackend.key_terms``), then the articles sharing most of them
(``SearchBackend.more_like``) - about 30 ms of CPU at 100,000 articles, which was most of
an article page's first visit. The index writer (``manage.py index_worker``) works them
out while its queue is empty and keeps them in the database, so a page reads one row.
Through the search interface only: the same for every engine.

A kept list is used while it is younger than the article's last change (an edited text
has other key terms); the writer works out the missing and outdated lists first, newest
articles first, then those older than ``MAX_AGE``, so that articles added since come into
older articles' lists. A list keeps ``KEPT`` ids, more than a page shows, so that an
article unpublished since leaves no gap. Without a kept list the page works the list out
itself, as before (``search.query.more_like_this``).
"""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.utils import timezone

from archive.models import Article
from search.backends import get_backend
from search.models import RelatedList

KEPT = 10
MAX_AGE = timedelta(days=7)
# Paragraphs of the article that make its key terms.
PARAGRAPHS = 6


def compute(article, limit=KEPT):
    """Ids of the published articles most like ``article``, best first, from the index."""
    backend = get_backend()
    terms = backend.key_terms(article.headline + "\n" + "\n".join(article.paragraphs[:PARAGRAPHS]))
    parks = [t.park.slug for t in article.park_tags.all()]
    return backend.more_like(terms, parks, exclude=article.pk, limit=limit)


def kept(article):
    """The kept ids of ``article``'s related articles, or ``None`` when none are kept or
    the article has changed since they were worked out."""
    lists = RelatedList.objects.filter(article_id=article.pk)
    if article.updated is not None:
        lists = lists.filter(computed__gte=article.updated)
    return lists.values_list("ids", flat=True).first()


def due(limit, now=None):
    """Ids of up to ``limit`` published articles whose list is missing or outdated (newest
    articles first), else whose list is older than ``MAX_AGE`` (oldest list first)."""
    now = now or timezone.now()
    current = RelatedList.objects.filter(article_id=OuterRef("pk"), computed__gte=OuterRef("updated"))
    missing = Article.objects.published().filter(~Exists(current)).order_by("-pk")
    ids = list(missing.values_list("pk", flat=True)[:limit])
    if len(ids) < limit:
        old = RelatedList.objects.filter(computed__lt=now - MAX_AGE).order_by("computed")
        published = Article.objects.published().filter(pk=OuterRef("article_id"))
        old = old.filter(Exists(published)).exclude(article_id__in=ids)
        ids += list(old.values_list("article_id", flat=True)[: limit - len(ids)])
    return ids


def keep(article_ids):
    """Work out and keep the lists of these articles (those still published); how many."""
    articles = Article.objects.published().filter(pk__in=article_ids).prefetch_related("park_tags__park")
    rows = []
    for article in articles.only("pk", "headline", "body"):
        computed = timezone.now()  # before the index is read: a change meanwhile outdates it
        rows.append(RelatedList(article_id=article.pk, ids=compute(article), computed=computed))
    RelatedList.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["article_id"], update_fields=["ids", "computed"]
    )
    return len(rows)


def fill(batch_size=20):
    """Keep the lists of the next ``batch_size`` articles that are due; how many."""
    return keep(due(batch_size))


def forget(article_ids=None):
    """Drop the kept lists of these articles (of all, with ``None``)."""
    lists = RelatedList.objects.all() if article_ids is None else RelatedList.objects.filter(article_id__in=article_ids)
    return lists.delete()[0]

"""Key figures and companies for articles stored before the importer found them (an
archive upgraded past migration 0009): extracted from each article's stored text, as the
importer extracts them from a new article's (``prepare.extract``), and stored as it
stores them (``store_figures.create_extracted``). ``manage.py extract_figures`` runs it.

Only articles with neither figures nor companies are looked at, so a second run adds
nothing and never touches an editor's corrections; an article with no figure in its text
is looked at again (and again finds none).
"""

from datetime import date

from django.db import transaction
from django.db.models import Exists, OuterRef

from archive.models import Article, ArticleCompany, ArticlePark, Figure, blocks_to_body, body_to_blocks
from archive.pipeline.companies import extract_companies
from archive.pipeline.figures import extract_figures
from archive.pipeline.prepare import Extracted
from archive.pipeline.store_figures import create_extracted
from archive.pipeline.types import ParkMention
from search.indexing import enqueue as enqueue_for_index

BATCH = 500


def pending():
    """Ids of the articles with neither figures nor companies, in id order."""
    return (
        Article.objects.exclude(Exists(Figure.objects.filter(article=OuterRef("pk"))))
        .exclude(Exists(ArticleCompany.objects.filter(article=OuterRef("pk"))))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _mentions(tags, context):
    """The article's park tags as the parser's mentions (primary first, as tagged)."""
    out = []
    for park_id, is_primary, mentions in tags:
        park = context.parks_by_id.get(park_id)
        if park is not None:
            out.append(ParkMention(key=park.pk, name=park.name, count=mentions, primary=is_primary))
    return out


def found_in(article, tags, context):
    """``prepare.Extracted`` of a stored article: its text is the stored body."""
    text = blocks_to_body(body_to_blocks(article.body))
    year = article.published_on.year if isinstance(article.published_on, date) and not article.date_estimated else None
    figures = extract_figures(text, gazetteer=context.gazetteer, parks=_mentions(tags, context), reference_year=year)
    return Extracted(figures=figures, companies=extract_companies(text))


def extract_batch(ids, context):
    """Extract and store the figures and companies of the articles ``ids`` (one transaction);
    returns (figures, company tags) stored."""
    with transaction.atomic():
        articles = list(
            Article.objects.filter(pk__in=ids).only("pk", "body", "published_on", "date_estimated").order_by("pk")
        )
        tags = {}
        for article_id, park_id, is_primary, mentions in ArticlePark.objects.filter(article_id__in=ids).values_list(
            "article_id", "park_id", "is_primary", "mentions"
        ):
            tags.setdefault(article_id, []).append((park_id, is_primary, mentions))
        for found in tags.values():
            found.sort(key=lambda t: (not t[1], -t[2]))
        extracted = [found_in(a, tags.get(a.pk, []), context) for a in articles]
        create_extracted(articles, extracted, context)
        named = [a.pk for a, found in zip(articles, extracted, strict=True) if found.companies]
        enqueue_for_index(named)  # the company facet of the search index
    return sum(len(f.figures) for f in extracted), sum(len(f.companies) for f in extracted)

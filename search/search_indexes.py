"""The index document: what search knows about an article, and which articles it holds.

Declared as a haystack ``SearchIndex`` (haystack finds it by this module's name): the
Whoosh backend builds its schema from these fields and indexes ``full_prepare()``'s
values; another backend can index the same prepared values. Text fields name how they
are analysed with ``analyzer=Analysis.WORDS`` / ``Analysis.CHARS`` (``search.analysis``),
which each backend maps onto its own analyser. Facet and filter values are lists of
exact strings; the facets are declared in ``search.backends.base.FACETS``.
"""

from haystack import indexes

from archive.models import Article
from search.analysis import Analysis

HEADLINE_BOOST = 3.0


def _exact(value):
    # Whoosh keyword fields are comma separated; a value never contains one.
    return (value or "").replace(",", "，").strip()


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    # Word fields drive ranking; the char field gives recall for any substring.
    text = indexes.CharField(document=True, analyzer=Analysis.WORDS)
    headline = indexes.CharField(model_attr="headline", boost=HEADLINE_BOOST, analyzer=Analysis.WORDS)
    chars = indexes.CharField(analyzer=Analysis.CHARS)

    park_slugs = indexes.MultiValueField()
    provinces = indexes.MultiValueField()
    reporter_slugs = indexes.MultiValueField()
    year = indexes.MultiValueField()
    newspaper_slugs = indexes.MultiValueField()
    company_slugs = indexes.MultiValueField()
    column = indexes.MultiValueField()
    published_on = indexes.DateField(model_attr="published_on", null=True)
    # The tie-break of date order, as the database orders lists (newest first, then id).
    article_id = indexes.IntegerField(model_attr="pk", indexed=False)
    # The article's version, stored for ``search_verify`` (ISO text, compared as text).
    updated = indexes.MultiValueField(indexed=False)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return (
            Article.objects.published()
            .with_public_relations()
            .select_related("source_page__newspaper")
            .prefetch_related("company_tags__company")
            .defer("source_page__raw_text", "source_page__unplaced", "source_page__warnings", "source_page__furniture")
        )

    def read_queryset(self, using=None):
        return Article.objects.published()

    def get_updated_field(self):
        return "updated"

    # The searchable text, in reading order. Names are included so that a park's alias
    # or a reporter's name finds the article even when the body doesn't spell it out.
    def searchable_parts(self, obj):
        parks = [tag.park for tag in obj.park_tags.all()]
        reporters = [b.reporter for b in obj.bylines.all()]
        parts = [obj.kicker, obj.subtitle, obj.column, *obj.paragraphs, *obj.caption_list]
        parts += [r.name for r in reporters]
        for park in parks:
            parts += park.all_names
        return [p for p in parts if p]

    def full_prepare(self, obj):
        self._parts = self.searchable_parts(obj)
        try:
            return super().full_prepare(obj)
        finally:
            self._parts = None

    def prepare_text(self, obj):
        parts = self._parts if getattr(self, "_parts", None) is not None else self.searchable_parts(obj)
        return "\n".join(parts)

    def prepare_chars(self, obj):
        return obj.headline + "\n" + self.prepare_text(obj)

    def prepare_park_slugs(self, obj):
        return [tag.park.slug for tag in obj.park_tags.all()]

    def prepare_provinces(self, obj):
        return sorted({_exact(tag.park.province) for tag in obj.park_tags.all() if tag.park.province})

    def prepare_reporter_slugs(self, obj):
        return list(dict.fromkeys(b.reporter.slug for b in obj.bylines.all()))

    def prepare_company_slugs(self, obj):
        return list(dict.fromkeys(tag.company.slug for tag in obj.company_tags.all()))

    def prepare_newspaper_slugs(self, obj):
        page = obj.source_page
        return [page.newspaper.slug] if page is not None and page.newspaper_id else []

    def prepare_year(self, obj):
        return [str(obj.published_on.year)] if obj.published_on else []

    def prepare_updated(self, obj):
        return [obj.updated.isoformat()] if obj.updated else []

    def prepare_column(self, obj):
        return [_exact(obj.column)] if obj.column else []

"""Storing what ``prepare.extract`` found in an article: its key figures (``Figure``) and the
companies it names (``Company``, ``ArticleCompany``).

Called by ``store`` for new articles (bulk inserts in the batch's transaction; the company
tags' history copied inside the database as for articles, the figures' written at their
first change) and by ``reparse`` for an article no editor
touched. A re-parse replaces only figures no editor touched: a figure an editor corrected,
confirmed or rejected stays as it is, and a newly extracted figure with the same number
in the same sentence is not added beside it (so a rejected figure never comes back).
"""

from django.db import connection

from archive.models import ArticleCompany, Company, Figure, confidence_of, pinyin_slug
from archive.models.counts import count_new_figures
from archive.pipeline.companies import company_key
from archive.pipeline.history import bulk_create_with_history, copy_creation_history, insert_rows

MAX_VALUE, MAX_UNIT, MAX_METRIC, MAX_NAME = 40, 20, 40, 100


class CompanyIndex:
    """Every company the archive knows, by merge key (its own and its aliases'), so an
    import finds a company an editor merged under any of its spellings."""

    def __init__(self):
        self.by_key = {}
        self.slugs = set()
        for pk, key, name, aliases, slug in Company.objects.values_list("pk", "key", "name", "aliases", "slug"):
            self.slugs.add(slug)
            self.by_key.setdefault(key, pk)
            for alias in Company(name=name, aliases=aliases).alias_list:
                self.by_key.setdefault(company_key(alias), pk)

    def ids_for(self, companies):
        """``{key: company id}`` for extracted companies, creating the unknown ones (in bulk)."""
        new = {}
        for c in companies:
            if c.key not in self.by_key and c.key not in new:
                new[c.key] = Company(name=c.name[:MAX_NAME], key=c.key[:MAX_NAME], slug=self._slug(c.name))
        if new:
            for company in bulk_create_with_history(list(new.values()), Company, "导入"):
                self.by_key[company.key] = company.pk
        return {c.key: self.by_key[c.key[:MAX_NAME]] for c in companies}

    def _slug(self, name):
        base = pinyin_slug(name, "company")[:90]
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug


def _companies(context):
    index = getattr(context, "companies", None)
    if index is None:
        index = context.companies = CompanyIndex()
    return index


def _park_id(figure, context):
    if figure.park_key is not None and figure.park_key in context.parks_by_id:
        return figure.park_key
    park = context.parks_by_name.get(figure.park) if figure.park else None
    return park.pk if park else None


# A figure's columns as stored (the article's aside), in ``_figure_values`` order.
FIGURE_COLUMNS = (
    "park_id",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "approx",
    "metric",
    "metric_class",
    "year",
    "quote",
    "start",
    "end",
    "confidence",
    "status",
    "editor_touched",
)
_EXTRACTED = Figure.Status.EXTRACTED.value


def _figure_values(f, context):
    """A figure's column values (``FIGURE_COLUMNS``), as stored: a plain tuple, built once
    per figure at import (no dict, no model instance)."""
    return (
        _park_id(f, context),
        f.value[:MAX_VALUE],
        f.unit[:MAX_UNIT],
        f.base_value,
        f.base_unit[:MAX_UNIT],
        f.approx,
        f.metric[:MAX_METRIC],
        f.metric_class,
        f.year,
        f.quote,
        f.start,
        f.end,
        str(confidence_of(f.metric, f.metric_class)),
        _EXTRACTED,
        False,
    )


def figure_rows(article, figures, context):
    return [
        Figure(article=article, **dict(zip(FIGURE_COLUMNS, _figure_values(f, context), strict=True))) for f in figures
    ]


def _company_tags(companies, context):
    """``(company id, name, mentions)`` of an article's companies: one per company (two
    keys an editor merged into one company make one tag, their mentions added)."""
    ids = _companies(context).ids_for(companies)
    rows = {}
    for c in companies:
        company_id = ids[c.key]
        row = rows.get(company_id)
        rows[company_id] = (
            (company_id, c.name[:MAX_NAME], c.mentions) if row is None else (*row[:2], row[2] + c.mentions)
        )
    return rows.values()


def company_rows(article, companies, context):
    return [
        ArticleCompany(article=article, company_id=company_id, name=name, mentions=mentions)
        for company_id, name, mentions in _company_tags(companies, context)
    ]


def create_extracted(articles, extracted, context):
    """Figures and companies of just-created articles (``extracted`` aligned with them).

    The figures are written with their article's date, and join their series with one
    statement per 500 articles (``count_new_figures``), not a trigger per row."""
    figures, tags = [], []
    adapt_date = connection.ops.adapt_datefield_value
    for article, found in zip(articles, extracted, strict=True):
        pk = article.pk
        if found.figures:
            date = adapt_date(article.published_on)
            figures += [(pk, date, *_figure_values(f, context)) for f in found.figures]
        if found.companies:
            tags += [(pk, *tag) for tag in _company_tags(found.companies, context)]
    insert_rows(Figure, ["article_id", "article_date", *FIGURE_COLUMNS], figures)
    insert_rows(ArticleCompany, ["article_id", "company_id", "name", "mentions"], tags)
    ids = [a.pk for a in articles]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        # No history record per figure here: it is written at the figure's first change
        # (``archive.models.figure_history``).
        if figures:
            count_new_figures("article_id", chunk, connection)
        copy_creation_history(ArticleCompany, "article_id", chunk, "导入")


def _same(figure):
    return (figure.value, figure.unit, figure.quote.strip())


def replace_extracted(article, found, context):
    """A re-parsed article's figures and companies; figures an editor touched stay."""
    article.company_tags.all().delete()
    bulk_create_with_history(company_rows(article, found.companies, context), ArticleCompany, "重新解析")
    article.figures.filter(editor_touched=False).delete()
    kept = {_same(f) for f in article.figures.all()}
    fresh = [f for f in figure_rows(article, found.figures, context) if _same(f) not in kept]
    bulk_create_with_history(fresh, Figure, "重新解析")

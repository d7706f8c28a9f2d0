"""Re-cutting a stored page with the current parser (``import_pages --reparse``, the admin's
"重新解析" action), leaving alone every article an editor has touched.

The raw text is parsed again from the database (``SourcePage.raw_text``), so no file is
needed. The page is rewritten in one transaction.
"""

from django.db import transaction

from archive.models import Article, ArticlePart, SourcePage
from archive.pipeline.jumps import join_pending, undo_join
from archive.pipeline.parse import PARSER_VERSION, parse_page
from archive.pipeline.store import ImportContext, ImportOutcome, article_fields, create_articles, replace_relations


def reparse_page(page, context=None):
    """Re-run the parser on a stored page; update the articles no editor has touched.

    Parsed articles are matched to stored ones by headline, then by position on the
    page. Touched articles are never changed. An untouched stored article the new
    parse no longer produces is deleted if it was never published, and flagged
    ``reparse_orphan`` for an editor if it was (permalinks stay valid).
    """
    context = context or ImportContext()
    outcome = ImportOutcome(file_name=page.file_name, status="reparsed", page=page)
    parsed = parse_page(
        page.raw_text, gazetteer=context.gazetteer, issue_date=page.issue_date, newspapers=context.newspaper_names
    )
    outcome.parsed = parsed
    outcome.warnings = list(parsed.warnings)
    with transaction.atomic():
        neighbours = _undo_joins(page)
        stored = list(page.articles.select_for_update().order_by("order_on_page", "id"))
        by_headline = {}
        for article in stored:
            by_headline.setdefault(article.headline, []).append(article)
        by_order = {a.order_on_page: a for a in stored}
        used = set()
        result = []
        for order, parsed_article in enumerate(parsed.articles, start=1):
            fields = article_fields(parsed_article)
            candidates = [a for a in by_headline.get(fields["headline"], []) if a.pk not in used]
            match = candidates[0] if candidates else None
            if match is None and order in by_order and by_order[order].pk not in used:
                match = by_order[order]
            if match is not None:
                used.add(match.pk)
                if match.editor_touched:
                    outcome.skipped_touched += 1
                    result.append(match)
                    continue
                for name, value in fields.items():
                    setattr(match, name, value)
                match.order_on_page = order
                match.save()
                replace_relations(match, parsed_article, context, outcome)
                result.append(match)
            else:
                entry = (page, order, parsed_article, outcome)
                result += create_articles([entry], Article.Status.IMPORTED, context)
        for article in stored:
            if article.pk in used or article.editor_touched:
                continue
            if article.status == Article.Status.PUBLISHED:
                if "reparse_orphan" not in article.flags:
                    article.flags = [*article.flags, "reparse_orphan"]
                    article.save(update_fields=["flags", "updated"])
            else:
                article.delete()
        page.unplaced = parsed.unplaced
        page.warnings = parsed.warnings
        page.furniture = parsed.furniture
        page.parser_version = PARSER_VERSION
        page.save(update_fields=["unplaced", "warnings", "furniture", "parser_version"])
        parts = join_pending([page, *neighbours])
        absorbed = {part.absorbed_id for part in parts}
        result = [a for a in result if a.pk not in absorbed]
    outcome.articles = result
    return outcome


def _undo_joins(page):
    """Take apart the jumps joined through this page (its continuations and its articles'
    later parts) where no editor touched the article, so the new cut is joined afresh.
    Returns the other pages involved."""
    others = set()
    parts = ArticlePart.objects.filter(article__editor_touched=False).select_related("article")
    for part in parts.filter(page=page) | parts.filter(article__source_page=page):
        others.update({part.page_id, part.article.source_page_id} - {page.pk})
        undo_join(part, reason="重新解析")
    return list(SourcePage.objects.filter(pk__in=others))

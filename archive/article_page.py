"""What the article page loads, as plain values, and the parts of it drawn here rather
than in ``templates/archive/article_detail.html`` - for ``archive.latest_list``'s reason.

At 100,000 articles, loading the article with its bylines, park tags and continued parts
through ``prefetch_related`` cost ~11 ms of a first visit's ~28 ms of CPU, for four
queries whose SQL takes ~1 ms: the prefetch machinery and the model instances of each
byline, reporter, tag and park. Here the article is one query (its source page, issue and
newspapers joined), its bylines and tags two queries of plain values, its continued parts
one more (usually none) - these three compiled once per process (``archive.prepared``) -
and the byline and tag markup is written in Python, the
template's character for character (a test compares them, hostile strings included);
every text is escaped.
"""

from django.http import Http404
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.models import Article, ArticlePark, ArticlePart, Byline, Issue, Newspaper, SourcePage
from archive.prepared import prepared

# The article page shows the source line, not the page text.
SOURCE_DEFER_FIELDS = {"raw_text", "unplaced", "warnings", "furniture"}
PART_DEFER = ["page__raw_text", "page__unplaced", "page__warnings", "page__furniture", "text"]
ROLE_LABELS = dict(Byline.Role.choices)
PRIMARY = ' class="is-primary"'
MARKED = ' class="is-marked"'
PRIMARY_NOTE = '<span class="visually-hidden">（主要园区）</span>'


def _columns(model, path="", leave_out=()):
    """[(attname, lookup)] of ``model``'s columns, reached through ``path``."""
    return [(f.attname, path + f.name) for f in model._meta.concrete_fields if f.name not in leave_out]


# The article and what its source line shows, in one row: (model, relation to set, columns).
JOINED = [
    (Article, None, _columns(Article)),
    (SourcePage, "source_page", _columns(SourcePage, "source_page__", SOURCE_DEFER_FIELDS)),
    (Newspaper, "source_page.newspaper", _columns(Newspaper, "source_page__newspaper__")),
    (Issue, "source_page.issue", _columns(Issue, "source_page__issue__")),
    (Newspaper, "source_page.issue.newspaper", _columns(Newspaper, "source_page__issue__newspaper__")),
]


@prepared
def _article_row(pk):
    return Article.objects.published().filter(pk=pk).values_list(*[c for _m, _r, cols in JOINED for _a, c in cols])


def article(pk):
    """The published article ``pk`` with its source page (its text deferred), issue and
    newspapers, or 404: the instances the ORM's ``select_related`` would give, made from one
    row of a query compiled once (``archive.prepared``; the queryset cost ~3 ms a visit)."""
    rows = _article_row(pk)
    if not rows:
        raise Http404("没有这篇文章")
    values = iter(rows[0])
    made = {}
    for model, relation, columns in JOINED:
        row = [next(values) for _column in columns]
        if row[0] is None:  # no such related row (the joins are outer)
            continue
        made[relation] = instance = model.from_db(Article.objects.db, [attname for attname, _c in columns], row)
        if relation:
            owner, _dot, name = relation.rpartition(".")
            if owner in made or (not owner and None in made):
                setattr(made[owner or None], name, instance)
    return made[None]


@prepared
def _has_parts(article_id):
    return ArticlePart.objects.filter(article_id=article_id).order_by().values_list("pk")[:1]


def continued_parts(article_id):
    """The parts of the article on other pages, in order, with their pages. A jump is rare:
    whether there are any first (an ``Exists`` in the article's query cost more), the
    pages only when there are some."""
    if not _has_parts(article_id):
        return []
    parts = ArticlePart.objects.filter(article_id=article_id).select_related("page__issue__newspaper")
    return list(parts.defer(*PART_DEFER))


@prepared
def credits(article_id):
    """[(role, reporter name, reporter slug)] in byline order."""
    bylines = Byline.objects.filter(article_id=article_id).order_by("order", "pk")
    return bylines.values_list("role", "reporter__name", "reporter__slug")


@prepared
def _tags(article_id):
    tags = ArticlePark.objects.filter(article_id=article_id).order_by("-is_primary", "-mentions", "pk")
    return tags.values_list("is_primary", "park__short_name", "park__name", "park__slug")


def park_tags(article_id):
    """[(is primary, park's name as shown, park slug)], the primary park first, then by mentions."""
    return [(primary, short_name or name, slug) for primary, short_name, name, slug in _tags(article_id)]


def _url_pattern(name):
    """``head, tail`` of the URL of ``name`` with one slug argument: URL = head + slug + tail."""
    return escape(reverse(name, args=["-slug-"])).split("-slug-")


def bylines_html(credits):
    """``<p class="story__byline">`` with the reporters linked, grouped by role as printed
    (本报记者 甲 乙), or ``""`` without bylines."""
    if not credits:
        return ""
    head, tail = _url_pattern("archive:reporter")
    groups = []
    for role, name, slug in credits:
        # A plain contributor is printed with no title before the name.
        label = "" if role == Byline.Role.CONTRIBUTOR else ROLE_LABELS.get(role, role)
        link = f'<a href="{head}{escape(slug)}{tail}">{escape(name)}</a>'
        if groups and groups[-1][0] == label:
            groups[-1][1].append(link)
        else:
            groups.append((label, [link]))
    spans = "".join(
        '<span class="byline-group">'
        + (f'<span class="byline-role">{escape(label)}</span> ' if label else "")
        + " ".join(links)
        + "</span>"
        for label, links in groups
    )
    return mark_safe(f'<p class="story__byline">{spans}</p>')  # noqa: S308 - every text is escaped


def tags_html(tags):
    """The ``<ul class="tags">`` of the article's parks, or ``""`` without any."""
    if not tags:
        return ""
    head, tail = _url_pattern("archive:park")
    items = "".join(
        f'<li><a href="{head}{escape(slug)}{tail}"{PRIMARY if primary else ""}>{escape(name)}</a>'
        + (PRIMARY_NOTE if primary else "")
        + "</li>"
        for primary, name, slug in tags
    )
    return mark_safe(f'<ul class="tags" aria-label="相关园区">\n      {items}\n    </ul>')  # noqa: S308 - escaped


def figure_list_html(figures, marked):
    """The ``<ul class="figure-list">`` of the article's figures (``figure_data.article_figures``),
    ``marked`` (one of them, or ``None``) marked."""
    items = "".join(
        f'<li id="figure-{f.pk}"{MARKED if f is marked else ""}><span class="figure-metric">{escape(f.metric_label)}</span>'
        f' <a class="figure-value" href="?hl={f.pk}#hl">{escape(f.display)}</a>'
        + (f' <span class="count">{f.year}年</span>' if f.year else "")
        + (f' <span class="count">{escape(f.park)}</span>' if f.park else "")
        + "</li>"
        for f in figures
    )
    return mark_safe(f'<ul class="figure-list">{items}</ul>')  # noqa: S308 - every text is escaped

"""Article lists - the home page's latest articles, a page of a park's or a reporter's -
as HTML, written here rather than through ``templates/archive/_article_list.html`` for
the maps' reason (``archive.maps.svg``): loading 15-20 articles as model instances with
their bylines and park tags prefetched and looking each field up in the template cost
~15 ms of the home page's CPU after every change of a count at 100,000 articles, and
~25 ms of a park page's first visit. Loaded as plain values in three queries; the markup
is the template's, character for character (a test compares them, hostile strings
included), and every text is escaped."""

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.models import Article, ArticlePark, Byline
from archive.models.articles import date_text
from archive.pipeline.script import text_lang
from archive.prepared import prepared

ITEM = (
    '<li class="article-item">\n'
    '  <h3 class="article-item__title"{lang}><a href="{url}">{headline}</a></h3>\n'
    '  <p class="article-item__meta"><time{time_attrs}>{date}</time>{names}</p>\n'
    "  {subtitle}\n"
    "</li>\n"
)
SEP = '<span class="sep" aria-hidden="true"> · </span>'
# What the list's template says of no articles when it is given no ``empty_text``.
EMPTY_TEXT = "暂无文章。"
FIELDS = ("pk", "headline", "subtitle", "published_on", "date_precision", "date_estimated")


def _iso_date(day, precision):
    """As the ``iso_date`` filter: 2020-10-19, 2020-10 or 2020."""
    if precision == Article.DatePrecision.YEAR:
        return f"{day.year:04d}"
    if precision == Article.DatePrecision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _names(names):
    """`` · 甲、乙`` as the template joins a list of names, or nothing."""
    return SEP + "、".join(escape(name) for name in names) if names else ""


def _item(row, parks, reporters, url):
    pk, headline, subtitle, day, precision, estimated = row
    if estimated:
        time_attrs = ' class="is-estimated"'
    else:
        time_attrs = f' datetime="{_iso_date(day, precision)}"' if day is not None else ' datetime=""'
    lang = text_lang(headline, subtitle)
    lang = f' lang="{lang}"' if lang else ""
    return ITEM.format(
        lang=lang,
        url=url(pk),
        headline=escape(headline),
        time_attrs=time_attrs,
        date=escape(date_text(day, precision, estimated)),
        names=_names(parks.get(pk, [])) + _names(reporters.get(pk, [])),
        subtitle=f'<p class="article-item__subtitle"{lang}>{escape(subtitle)}</p>' if subtitle else "",
    )


def latest_articles(count, empty_text):
    """The ``count`` newest published articles as the article list shows them, HTML."""
    return article_list(list(Article.objects.published().newest_first().values_list(*FIELDS)[:count]), empty_text)


def listed_articles(ids, empty_text):
    """The published ones of the articles ``ids``, in that order, as the article list
    shows them, HTML."""
    found = {row[0]: row for row in _published(list(ids))}
    return article_list([found[pk] for pk in ids if pk in found], empty_text)


# Compiled once per number of articles (``archive.prepared``): ~1 ms of CPU each saved.
@prepared
def _published(ids):
    return Article.objects.published().filter(pk__in=ids).values_list(*FIELDS)


@prepared
def _tags(ids):
    tags = ArticlePark.objects.filter(article_id__in=ids).order_by("-is_primary", "-mentions", "pk")
    return tags.values_list("article_id", "park__short_name", "park__name")


@prepared
def _bylines(ids):
    return Byline.objects.filter(article_id__in=ids).order_by("order", "pk").values_list("article_id", "reporter__name")


def article_list(rows, empty_text):
    """``rows`` (``FIELDS`` of articles, in order) as the article list shows them, HTML."""
    if not rows:
        return mark_safe(f'<ol class="article-list">\n<li class="empty">{escape(empty_text)}</li>\n</ol>\n')  # noqa: S308
    ids = [row[0] for row in rows]
    parks, reporters = {}, {}
    for article_id, short_name, name in _tags(ids):
        parks.setdefault(article_id, []).append(short_name or name)  # as Park.__str__
    for article_id, name in _bylines(ids):
        reporters.setdefault(article_id, []).append(name)
    # An article's URL is ``head + pk + tail``: reversed once, not once an article.
    head, tail = escape(reverse("archive:article", args=[0])).rsplit("0", 1)
    items = "".join(_item(row, parks, reporters, lambda pk: f"{head}{pk}{tail}") for row in rows)
    return mark_safe(f'<ol class="article-list">\n{items}</ol>\n')  # noqa: S308 - every text is escaped

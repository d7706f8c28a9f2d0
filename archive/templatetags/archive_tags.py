import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.pipeline.script import text_lang as _text_lang

register = template.Library()


@register.filter
def text_lang(headline, subtitle=""):
    """``zh-Hant`` for a headline (and subtitle) printed in traditional characters, else
    ``""``: ``{% with lang=article.headline|text_lang:article.subtitle %}``."""
    return _text_lang(headline, subtitle or "")


@register.filter
def iso_date(article):
    """A ``<time datetime>`` value as precise as the article's date is known: 2020-10-19, 2020-10 or 2020."""
    day = article.published_on
    if day is None:
        return ""
    if article.date_precision == article.DatePrecision.YEAR:
        return f"{day.year:04d}"
    if article.date_precision == article.DatePrecision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@register.simple_tag
def fixed_url(name):
    """``{% url name %}`` of a URL without arguments (the header's, the footer's), reversed
    once per process: ~20 ``{% url %}`` tags cost ~2.5 ms of every page. Escaped as the
    ``url`` tag's output is; the key holds all a reverse depends on."""
    return _fixed_url(name, get_script_prefix(), settings.ROOT_URLCONF, get_urlconf())


@functools.lru_cache(maxsize=256)
def _fixed_url(name, prefix, root_urlconf, urlconf):
    return reverse(name, urlconf=urlconf)


@register.simple_tag
def page_links(page):
    """Page numbers around the current one, with ``Paginator.ELLIPSIS`` for the gaps."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` as an absolute URL on this host, for canonical links."""
    return context["request"].build_absolute_uri(path)


@register.filter
def book_title(name):
    """A publication's name in Chinese title marks: 中国高新技术产业导报 -> 《中国高新技术产业导报》."""
    name = (name or "").strip()
    if not name or name.startswith("《"):
        return name
    return f"《{name}》"


@register.simple_tag
def export_max_rows():
    """The most articles an export file holds (``ARCHIVE_EXPORT_MAX_ROWS``)."""
    return settings.ARCHIVE_EXPORT_MAX_ROWS


_CLAUSE_END = tuple("，。；：！？、,.;:!?”」）)")


@register.filter
def evidence_quotes(evidence):
    """The importer's date evidence (phrases of the page joined by "; ") as quotations of
    the page: 2022年初，包头市东宝生; 10月 -> “2022年初，包头市东宝生…”“10月”. A phrase
    cut in mid-clause gets an ellipsis, so a reader sees it is an excerpt."""
    parts = [p.strip() for p in (evidence or "").split("; ") if p.strip()]
    return "".join(f"“{p}{'' if p.endswith(_CLAUSE_END) or len(p) < 8 else '…'}”" for p in parts)


@register.filter
def year_columns(chart):
    """``{{ chart|year_columns }}``: a ``charts.year_columns`` chart drawn (SVG and its data
    table) as ``templates/archive/charts/_year_columns.html`` would, in Python."""
    from archive.charts import year_columns_html

    return year_columns_html(chart)


@register.filter
def ranked_links(rows, url_name):
    """``{{ rows|ranked_links:"archive:reporter" }}``: [{name, slug, n}] as the side panels'
    ranked list, each linking to ``url_name`` with its slug - what a ``{% for %}`` with a
    ``{% url %}`` per row draws (a test compares them), with the URL reversed once."""
    head, tail = escape(reverse(url_name, args=["-slug-"])).split("-slug-")
    items = "".join(
        f'<li><a href="{head}{escape(r["slug"])}{tail}">{escape(r["name"])}</a> <span class="count">{escape(r["n"])} 篇</span></li>'
        for r in rows
    )
    return mark_safe(f'<ul class="ranked">{items}</ul>')  # noqa: S308 - every text is escaped

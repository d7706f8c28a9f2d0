"""The queries behind the key-figure and company pages, and the figure records the
exports write. Readers only ever see ``Figure.objects.public()`` (not rejected, in a
published article) and companies named in published articles.

Per-park tables and charts and the company directory are cached with the stats version
(``archive.stats``), so a park page costs its figures once per change of the archive.
"""

from collections import Counter, defaultdict
from types import SimpleNamespace

from django.db.models import Count, F, Sum
from django.urls import reverse

from archive import charts, park_maps, stats
from archive.models import Article, ArticleCompany, ArticlePark, Figure, FigureSeries, Park, date_text, figure_display
from archive.prepared import prepared

PARK_TABLE_ROWS = 50
PARK_CHARTS = 4
COMPANY_FIGURES = 100

# Table orders readers can pick (``?fsort=`` on a park page, ``?sort=`` on /figures/).
SORTS = {
    # ``article_date``: the article's date, copied onto the figure (``figure_counting``).
    "date": ("按报道日期", [F("article_date").desc(nulls_last=True), "-id"]),
    "metric": ("按指标", ["metric_class", "metric", F("year").desc(nulls_last=True), "-base_value"]),
    "value": ("按数值", ["base_unit", "-base_value", "-id"]),
    "year": ("按年份", [F("year").desc(nulls_last=True), "metric", "-id"]),
}
DEFAULT_SORT = "date"

# What a table row and an exported record are loaded from: plain values, no models.
ROW_VALUES = [
    "id",
    "article_id",
    "article__headline",
    "article__published_on",
    "article__date_precision",
    "article__date_estimated",
    "article__source_page__newspaper__name",
    "park__name",
    "park__short_name",
    "park__slug",
    "park__province",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "approx",
    "metric",
    "metric_class",
    "year",
    "quote",
    "status",
]
EXPORT_FIELDS = [
    "id",
    "article_id",
    "article_url",
    "article_title",
    "newspaper",
    "published_on",
    "date_estimated",
    "park",
    "park_slug",
    "province",
    "metric",
    "metric_class",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "approx",
    "year",
    "quote",
    "status",
]


def figure_url(figure_id, article_id):
    """The article with the figure's sentence marked (``?hl=``)."""
    return reverse("archive:article", args=[article_id]) + f"?hl={figure_id}#hl"


def figure_urls():
    """``figure_url`` reversed once: a function of (figure id, article id). Fifty reverses
    cost ~2 ms of a park page's 数据 table."""
    head, tail = reverse("archive:article", args=[0]).rsplit("0", 1)
    return lambda figure_id, article_id: f"{head}{article_id}{tail}?hl={figure_id}#hl"


def row(values, url=figure_url):
    """A table row from ``ROW_VALUES``: what the templates and the exports read; ``url``,
    ``figure_urls()`` for many rows."""
    return {
        **values,
        "display": figure_display(values["value"], values["unit"], values["approx"], values["base_value"]),
        "date_display": date_text(
            values["article__published_on"], values["article__date_precision"], values["article__date_estimated"]
        ),
        "metric_label": values["metric"] or values["metric_class"],
        "park_label": values["park__short_name"] or values["park__name"] or "",
        "url": url(values["id"], values["article_id"]),
    }


def rows(queryset, sort=DEFAULT_SORT, limit=None):
    """Table rows of ``queryset`` in ``sort`` order, the first ``limit`` of them (all by default)."""
    values = queryset.order_by(*SORTS.get(sort, SORTS[DEFAULT_SORT])[1]).values(*ROW_VALUES)
    url = figure_urls()
    return [row(v, url) for v in (values[:limit] if limit is not None else values)]


def chosen_park(data):
    """The park a ``FigureFilterForm``'s cleaned data names, looked up once for the page's
    heading, its rows and its count; None when it names none, one that doesn't exist, or one
    the importer found only in unpublished articles (not public: its page is a 404 too)."""
    park = Park.objects.filter(slug=data["park"]).first() if data.get("park") else None
    return park if park is not None and park_maps.is_public(park, stats.park_counts()) else None


def _narrowed(rows, data, park, province):
    """``rows`` (figures or kept series) narrowed to the chosen park (by its id: PostgreSQL
    then walks the park's own newest-first index, not every figure's looking for a slug's:
    141 ms instead of a few), province (``province``: the lookup for these rows), class,
    metric and year."""
    if data.get("park"):
        rows = rows.filter(park_id=park.pk) if park is not None else rows.none()
    if data.get("province"):
        rows = rows.filter(**province(data["province"]))
    for field in ("metric_class", "metric", "year"):
        if data.get(field):
            rows = rows.filter(**{field: data[field]})
    return rows


def filtered(data, park, figures=None):
    """Figures matching a ``FigureFilterForm``'s cleaned data (``park``: its
    ``chosen_park``), of ``figures`` (by default the public ones)."""
    figures = Figure.objects.public() if figures is None else figures
    figures = _narrowed(figures, data, park, lambda p: {"park__province": p})
    if data.get("company"):
        named = ArticleCompany.objects.filter(company__slug=data["company"]).values("article_id")
        figures = figures.filter(article_id__in=named)
    return figures


def count(data, park):
    """How many public figures match: the sum of the kept series (``archive.figure_counting``:
    per park, metric, class, base unit and year, park 0 for figures without one), which hold
    every public figure, so no figure is walked; a company filter counts the figures themselves."""
    if data.get("company"):
        return filtered(data, park).count()
    series = _narrowed(
        FigureSeries.objects.filter(n__gt=0),  # park 0 (no park) is in no province
        data,
        park,
        lambda p: {"park_id__in": Park.objects.filter(province=p).values("pk")},
    )
    return series.aggregate(total=Sum("n"))["total"] or 0


def record(values, base_url=""):
    """One exported figure: the researcher's row, with the article's URL and the sentence."""
    return {
        "id": values["id"],
        "article_id": values["article_id"],
        "article_url": base_url.rstrip("/") + reverse("archive:article", args=[values["article_id"]]),
        "article_title": values["article__headline"],
        "newspaper": values["article__source_page__newspaper__name"] or "",
        "published_on": values["article__published_on"].isoformat() if values["article__published_on"] else None,
        "date_estimated": values["article__date_estimated"],
        "park": values["park__name"] or "",
        "park_slug": values["park__slug"] or "",
        "province": values["park__province"] or "",
        "metric": values["metric"],
        "metric_class": values["metric_class"],
        "value": values["value"],
        "unit": values["unit"],
        "base_value": values["base_value"],
        "base_unit": values["base_unit"],
        "approx": values["approx"],
        "year": values["year"],
        "quote": values["quote"],
        "status": values["status"],
    }


def records(queryset, base_url="", chunk_size=2000):
    """Exported records of ``queryset`` (never a rejected figure), in id order, streamed."""
    values = queryset.not_rejected().order_by("id").values(*ROW_VALUES)
    for v in values.iterator(chunk_size=chunk_size):
        yield record(v, base_url)


def article_export(article):
    """``export_articles``' figures and companies of one article (rejected figures left out)."""
    figures = [
        {
            "value": f.value,
            "unit": f.unit,
            "base_value": f.base_value,
            "base_unit": f.base_unit,
            "approx": f.approx,
            "metric": f.metric,
            "metric_class": f.metric_class,
            "year": f.year,
            "park": f.park.name if f.park_id else "",
            "quote": f.quote,
        }
        for f in article.figures.all()
        if f.status != Figure.Status.REJECTED
    ]
    return figures, [tag.name for tag in article.company_tags.all()]


# --- the park page's 数据 section --------------------------------------------------------


def _park_rows(sort):
    @prepared
    def park_rows(park_id):
        figures = Figure.objects.public().filter(park_id=park_id).order_by(*SORTS[sort][1])
        return figures.values_list(*ROW_VALUES)[:PARK_TABLE_ROWS]

    return park_rows


# The first rows of a park's table in each order, compiled once (``archive.prepared``).
_PARK_ROWS = {sort: _park_rows(sort) for sort in SORTS}


def park_table(park, sort):
    """The park's figures for its page: the first ``PARK_TABLE_ROWS`` in ``sort`` order and
    how many there are. Not cached here: the page keeps its 数据 section drawn."""
    sort = sort if sort in SORTS else DEFAULT_SORT
    # LIMIT in SQL; the count from the kept series (``archive.figure_counting``), not
    # from the park's figures (~18,000 for the biggest park at 100,000 articles).
    total = FigureSeries.objects.filter(park_id=park.pk).aggregate(total=Sum("n"))["total"] or 0
    if not total:
        return {"rows": [], "total": 0}
    url = figure_urls()
    return {
        "rows": [row(dict(zip(ROW_VALUES, v, strict=True)), url) for v in _PARK_ROWS[sort](park.pk)],
        "total": total,
    }


def _scaled(points, base_unit):
    divisor, unit = charts.display_unit(base_unit, max(points.values()))
    return [(year, value / divisor) for year, value in sorted(points.items())], unit


def park_series(park):
    """For the metrics with values in several years, the largest value reported for each
    year (several articles may report a year's figure; the largest is usually the
    year's total), as ``[(metric, unit, [(year, value)], figures)]``, most-reported first.
    Not cached here: the page keeps its 数据 section drawn."""
    # Kept by the database (``archive.figure_counting``): a few dozen rows a park.
    grouped = (
        FigureSeries.objects.filter(park_id=park.pk, n__gt=0, year__gt=0)
        .exclude(metric="")
        .values("metric", "base_unit", "year", "top", "n")
    )
    series, counts = defaultdict(dict), Counter()
    for g in grouped:  # a metric's rows of several classes (an editor's reclassing) add up
        points = series[(g["metric"], g["base_unit"])]
        points[g["year"]] = max(points.get(g["year"], g["top"]), g["top"])
        counts[(g["metric"], g["base_unit"])] += g["n"]
    several = [key for key, points in series.items() if len(points) >= 2]
    several.sort(key=lambda key: (-counts[key], key))
    out = []
    for metric, base_unit in several[:PARK_CHARTS]:
        points, unit = _scaled(series[(metric, base_unit)], base_unit)
        out.append((metric, unit, points, counts[(metric, base_unit)]))
    return out


def park_charts(park):
    return [
        charts.year_columns(
            f"figure-chart-{i}",
            f"{park}{metric}（历年报道的最大值{f'，{unit}' if unit else ''}）",
            points,
            unit=unit,
            value_label=metric,
            fmt=charts.number,
            gaps=False,
        )
        for i, (metric, unit, points, _n) in enumerate(park_series(park), start=1)
    ]


# --- the article page ------------------------------------------------------------------------


ARTICLE_FIGURE_FIELDS = ("pk", "metric", "metric_class", "value", "unit", "approx", "base_value", "year", "quote")
METRIC_CLASS_LABELS = dict(Figure.MetricClass.choices)


def article_figures(article):
    """The article's figures a reader sees, in text order, as plain rows: ``pk``,
    ``metric_label`` (the metric as written, else its class), ``display``, ``year``,
    ``park`` (its name as shown, or ""), ``quote``. Loaded as values: model instances with
    their parks cost the article page ~2 ms more; the SQL compiled once (``archive.prepared``)."""
    return [
        SimpleNamespace(
            pk=pk,
            metric_label=metric or METRIC_CLASS_LABELS.get(metric_class, metric_class),
            display=figure_display(value, unit, approx, base_value),
            year=year,
            park=short_name or name or "",  # as Park.__str__
            quote=quote,
        )
        for pk, metric, metric_class, value, unit, approx, base_value, year, quote, short_name, name in _figure_rows(
            article.pk
        )
    ]


@prepared
def _figure_rows(article_id):
    figures = Figure.objects.filter(article_id=article_id).not_rejected().order_by("start", "id")
    return figures.values_list(*ARTICLE_FIGURE_FIELDS, "park__short_name", "park__name")


def marked_blocks(article, figures, figure_id):
    """The article's blocks, the sentence of figure ``figure_id`` split out to be marked:
    each block gets ``before``, ``mark`` and ``after`` (the template escapes them)."""
    blocks = article.blocks
    figure = next((f for f in figures if f.pk == figure_id), None)
    quote = figure.quote.strip() if figure else ""
    marked = False
    for block in blocks:
        at = block["text"].find(quote) if quote and not marked else -1
        if at >= 0:
            block.update(before=block["text"][:at], mark=quote, after=block["text"][at + len(quote) :])
            marked = True
    return blocks, (figure if marked else None)


# --- companies -------------------------------------------------------------------------------


def company_rows():
    """[{name, slug, n}] for every company named in a published article, most articles first."""

    def compute():
        tagged = (
            ArticleCompany.objects.filter(article__status=Article.Status.PUBLISHED)
            .values("company_id", "company__name", "company__slug")
            .annotate(n=Count("article_id", distinct=True))
        )
        found = [{"name": t["company__name"], "slug": t["company__slug"], "n": t["n"]} for t in tagged]
        return sorted(found, key=lambda r: (-r["n"], r["name"]))

    return stats.cached("company-rows", compute)


def company_articles(company):
    return Article.objects.published().filter(
        pk__in=ArticleCompany.objects.filter(company=company).values("article_id")
    )


def company_names(company):
    """The other spellings of the company in its published articles, sorted."""
    tags = ArticleCompany.objects.filter(company=company, article__in=Article.objects.published())
    return sorted(set(tags.exclude(name="").values_list("name", flat=True)) - {company.name})


def company_parks(company):
    """The parks of the company's published articles: [{name, slug, n}], most first."""
    tags = (
        ArticlePark.objects.filter(article__in=company_articles(company).values("id"))
        .values("park__name", "park__short_name", "park__slug")
        .annotate(n=Count("article_id", distinct=True))
        .order_by("-n", "park__name")
    )
    return [{"name": t["park__short_name"] or t["park__name"], "slug": t["park__slug"], "n": t["n"]} for t in tags]


def company_figures(company):
    """Figures in the company's articles whose sentence names the company."""
    names = set(company.all_names) | set(company.article_tags.values_list("name", flat=True))
    figures = Figure.objects.public().filter(article_id__in=company_articles(company).values("id"))
    return [r for r in rows(figures, "date") if any(n in r["quote"] for n in names)][:COMPANY_FIGURES]

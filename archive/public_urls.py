from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from archive import directory_views, exports_web, feeds, figure_views, newspaper_views, views


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return str(value)


class PageCodeConverter:
    """A page within its issue: 5, A5."""

    regex = r"[A-Z]?\d{1,3}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return str(value)


class IdConverter:
    """A row id or an edition number: at most 18 digits, so that it fits the database's
    64-bit integers (a longer one is no page: 404, not an overflow in the query)."""

    regex = r"\d{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class YearConverter:
    """A year of the calendar, 1-9999 (the ``datetime`` range): 0 or 10000 is no page."""

    regex = r"\d{4}"

    def to_python(self, value):
        year = int(value)
        if year < 1:
            raise ValueError(value)  # Django: no match, so 404
        return year

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(IsoDateConverter, "isodate")
register_converter(IdConverter, "id")
register_converter(YearConverter, "year")
register_converter(PageCodeConverter, "pagecode")

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("feed/", require_safe(feeds.LatestArticlesFeed()), name="feed"),
    path("parks/", directory_views.park_directory, name="park_directory"),
    path("provinces/", directory_views.province_list, name="provinces"),
    path("parks/<slug:slug>/", views.park_detail, name="park"),
    path("parks/<slug:slug>/feed/", require_safe(feeds.ParkFeed()), name="park_feed"),
    path("articles/<id:pk>/", views.article_detail, name="article"),
    path("reporters/", directory_views.reporter_directory, name="reporters"),
    path("reporters/<slug:slug>/", views.reporter_detail, name="reporter"),
    path("reporters/<slug:slug>/feed/", require_safe(feeds.ReporterFeed()), name="reporter_feed"),
    path("export/articles.<str:fmt>", exports_web.export_articles, name="export"),
    # Key figures and companies (issue #13).
    path("figures/", figure_views.figure_list, name="figures"),
    path("figures/figures.<str:fmt>", figure_views.figure_export, name="figures_export"),
    path("companies/", figure_views.company_list, name="companies"),
    path("companies/<slug:slug>/", figure_views.company_detail, name="company"),
    path("pages/<id:pk>/", newspaper_views.page_detail, name="page"),
    path("pages/<id:pk>/raw.txt", views.source_page_raw, name="source_page"),
    # Title -> year -> issue -> page, as newspaper archives are browsed.
    path("newspapers/", newspaper_views.newspaper_list, name="newspapers"),
    path("newspapers/<slug:slug>/", newspaper_views.newspaper_detail, name="newspaper"),
    path("newspapers/<slug:slug>/feed/", require_safe(feeds.NewspaperFeed()), name="newspaper_feed"),
    path("newspapers/<slug:slug>/<year:year>/", newspaper_views.newspaper_year, name="newspaper_year"),
    path("newspapers/<slug:slug>/<isodate:date>/", newspaper_views.issue_detail, name="issue"),
    path(
        "newspapers/<slug:slug>/<isodate:date>/ed-<id:edition>/",
        newspaper_views.issue_detail,
        name="issue_edition",
    ),
    path("newspapers/<slug:slug>/<isodate:date>/<pagecode:code>/", newspaper_views.issue_page, name="issue_page"),
    path(
        "newspapers/<slug:slug>/<isodate:date>/ed-<id:edition>/<pagecode:code>/",
        newspaper_views.issue_page,
        name="issue_edition_page",
    ),
]

"""sitemap.xml: published articles, parks with published articles, their reporters, and
the newspapers, issues and pages that hold them.

At 100,000 articles a sitemap page takes seconds to render, so rendered pages are cached
until the archive changes (``archive.stats``' version).
"""

from functools import wraps

from django.contrib.sitemaps import Sitemap
from django.core.cache import cache
from django.db.models import Max
from django.urls import reverse

from archive import stats
from archive.models import Article, Byline, Issue, Newspaper, Park, Reporter, SourcePage


class PagesSitemap(Sitemap):
    def items(self):
        return ["archive:home", "archive:park_directory", "archive:newspapers"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    limit = 10000  # per sitemap page: about a second to render

    def items(self):
        return Article.objects.published().only("id", "updated").order_by("id")

    def lastmod(self, item):
        return item.updated

    def get_latest_lastmod(self):
        # Django's default walks every item for the index; one aggregate instead.
        return Article.objects.published().aggregate(latest=Max("updated"))["latest"]


class ParkSitemap(Sitemap):
    def items(self):
        return Park.objects.filter(pk__in=list(stats.park_counts())).only("slug").order_by("slug")


class ReporterSitemap(Sitemap):
    def items(self):
        wrote = Byline.objects.filter(article__in=Article.objects.published().values("id")).values("reporter_id")
        return Reporter.objects.filter(pk__in=wrote).only("slug").order_by("slug")


class NewspaperSitemap(Sitemap):
    def items(self):
        return Newspaper.objects.filter(pages__in=SourcePage.objects.public()).distinct().order_by("slug")


class IssueSitemap(Sitemap):
    limit = 10000

    def items(self):
        public = SourcePage.objects.public().exclude(issue=None).values("issue_id")
        return (
            Issue.objects.filter(pk__in=public).select_related("newspaper").order_by("newspaper_id", "date", "edition")
        )


class NewspaperPageSitemap(Sitemap):
    """The page views (版面) of pages with a published article."""

    limit = 10000

    def items(self):
        return (
            SourcePage.objects.public()
            .select_related("issue__newspaper")
            .only(
                "pk", "issue", "page_section", "page_number", "issue__date", "issue__edition", "issue__newspaper__slug"
            )
            .order_by("pk")
        )


SITEMAPS = {
    "pages": PagesSitemap,
    "articles": ArticleSitemap,
    "parks": ParkSitemap,
    "reporters": ReporterSitemap,
    "newspapers": NewspaperSitemap,
    "issues": IssueSitemap,
    "newspaper-pages": NewspaperPageSitemap,
}


def cached_until_change(view):
    """Cache a sitemap view's successful responses until the next ``stats.invalidate()``."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        page = request.GET.get("p", "1")
        if not (page.isascii() and page.isdigit()) or len(page) > 6:  # not "²": int() refuses it
            return view(request, *args, **kwargs)  # let the view answer 404; never cache junk keys
        key = f"archive:stats:{stats.version()}:sitemap:{kwargs.get('section', '')}:{int(page)}:{request.get_host()}"
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            response.render()
            cache.set(key, response, stats.STATS_TTL)
        return response

    return wrapper

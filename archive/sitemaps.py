"""sitemap.xml: published articles, parks with published articles, and their reporters."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.urls import reverse

from archive.models import Article, ArticlePark, Byline, Park, Reporter


class PagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["archive:home", "archive:park_directory"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("id", "updated").order_by("id")

    def lastmod(self, item):
        return item.updated


class ParkSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        covered = ArticlePark.objects.filter(park=OuterRef("pk"), article__in=Article.objects.published().values("id"))
        return Park.objects.filter(Exists(covered)).only("slug").order_by("slug")


class ReporterSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        wrote = Byline.objects.filter(reporter=OuterRef("pk"), article__in=Article.objects.published().values("id"))
        return Reporter.objects.filter(Exists(wrote)).only("slug").order_by("slug")


SITEMAPS = {
    "pages": PagesSitemap,
    "articles": ArticleSitemap,
    "parks": ParkSitemap,
    "reporters": ReporterSitemap,
}

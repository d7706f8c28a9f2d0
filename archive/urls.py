from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from archive.sitemaps import SITEMAPS, cached_until_change

admin.site.site_header = "高新区新闻档案 · 编辑部"
admin.site.site_title = "高新区新闻档案"
admin.site.index_title = "编辑工作台"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("search.urls")),
    path("", include("archive.public_urls")),
    # Discovery. 404.html and 500.html are rendered by Django's default handlers.
    path(
        "sitemap.xml",
        require_safe(cached_until_change(sitemap_views.index)),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        require_safe(cached_until_change(sitemap_views.sitemap)),
        {"sitemaps": SITEMAPS, "template_name": "archive/sitemap.xml"},
        name="sitemap_section",
    ),
    path(
        "robots.txt",
        require_safe(TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8")),
        name="robots",
    ),
]

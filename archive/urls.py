from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "高新区新闻档案 · 编辑部"
admin.site.site_title = "高新区新闻档案"
admin.site.index_title = "编辑工作台"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("search.urls")),
    path("", include("archive.public_urls")),
]

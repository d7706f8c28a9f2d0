from django.urls import path

from archive import feeds, views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("parks/", views.park_directory, name="park_directory"),
    path("parks/<slug:slug>/", views.park_detail, name="park"),
    path("parks/<slug:slug>/feed/", feeds.ParkFeed(), name="park_feed"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("reporters/<slug:slug>/", views.reporter_detail, name="reporter"),
    path("reporters/<slug:slug>/feed/", feeds.ReporterFeed(), name="reporter_feed"),
    path("pages/<int:pk>/raw.txt", views.source_page_raw, name="source_page"),
]

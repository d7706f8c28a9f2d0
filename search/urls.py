from django.urls import path

from search import feeds, views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/feed/", feeds.SearchFeed(), name="feed"),
    path("api/search/", views.api_search, name="api"),
    path("api/suggest/", views.api_suggest, name="suggest"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
]

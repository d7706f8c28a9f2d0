from django.urls import path
from django.views.decorators.http import require_safe

from search import feeds, views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/feed/", require_safe(feeds.SearchFeed()), name="feed"),
    path("api/search/", views.api_search, name="api"),
    path("api/suggest/", views.api_suggest, name="suggest"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
]

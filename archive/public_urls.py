from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("parks/", views.park_directory, name="park_directory"),
    path("parks/<slug:slug>/", views.park_detail, name="park"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("reporters/<slug:slug>/", views.reporter_detail, name="reporter"),
    path("pages/<int:pk>/", views.source_page, name="source_page"),
]

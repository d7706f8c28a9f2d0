"""Public reader pages. Only ``Article.objects.published()`` is ever shown."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from archive.models import Article, Park, Reporter, SourcePage


def home(request):
    latest = Article.objects.published().with_public_relations().newest_first()[:20]
    return render(request, "archive/home.html", {"latest": latest})


def park_directory(request):
    parks = Park.objects.all()
    return render(request, "archive/park_directory.html", {"parks": parks})


def park_detail(request, slug):
    park = get_object_or_404(Park, slug=slug)
    articles = Article.objects.published().filter(parks=park).with_public_relations().newest_first()
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "archive/park_detail.html", {"park": park, "page": page})


def article_detail(request, pk):
    article = get_object_or_404(Article.objects.published().with_public_relations(), pk=pk)
    return render(request, "archive/article_detail.html", {"article": article})


def reporter_detail(request, slug):
    reporter = get_object_or_404(Reporter, slug=slug)
    articles = Article.objects.published().filter(reporters=reporter).distinct().newest_first()
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "archive/reporter_detail.html", {"reporter": reporter, "page": page})


def source_page(request, pk):
    """The raw page text exactly as received, as plain text (never rendered as HTML)."""
    page = get_object_or_404(SourcePage.objects.filter(articles__status=Article.Status.PUBLISHED).distinct(), pk=pk)
    return HttpResponse(page.raw_text, content_type="text/plain; charset=utf-8")

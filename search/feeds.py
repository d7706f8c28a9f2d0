from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode

from search import query
from search.forms import SearchForm


class SearchFeed(Feed):
    """The newest articles matching a search, as Atom: ``/search/feed/?q=…``."""

    feed_type = Atom1Feed

    def get_object(self, request):
        form = SearchForm(request.GET)
        if not form.is_valid():
            raise Http404("invalid search parameters")
        return form

    def title(self, form):
        q = form.cleaned_data.get("q")
        return f"高新区新闻档案 · 搜索“{q}”" if q else "高新区新闻档案 · 搜索"

    def link(self, form):
        params = {k: v for k, v in form.data.items() if k in form.fields and v}
        return reverse("search:search") + ("?" + urlencode(params) if params else "")

    def subtitle(self, form):
        return "符合这次搜索的最新文章"

    def items(self, form):
        args = form.search_args()
        return query.search(args["q"], args["filters"], sort="newest", facets=False).articles

    def item_title(self, article):
        return article.headline

    def item_description(self, article):
        return article.snippet

    def item_pubdate(self, article):
        from datetime import datetime, time

        from django.utils import timezone

        if article.published_on:
            return timezone.make_aware(datetime.combine(article.published_on, time(8)))
        return None

    def item_updateddate(self, article):
        return article.updated

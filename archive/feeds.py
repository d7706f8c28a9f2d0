"""Atom feeds: the latest articles, and the latest per park, per reporter and per newspaper.

Titles are plain text in Atom; summaries are HTML, rendered from a template so every
text we take from a newspaper page is escaped.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from archive.models import Article, Newspaper, Park, Reporter

ITEMS = 30


def _as_datetime(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    description_template = "archive/feeds/article_summary.html"

    def title(self):
        return f"{settings.SITE_NAME} · 最新文章"

    def subtitle(self):
        return "国家高新区、经开区相关新闻报道"

    def link(self):
        return reverse("archive:home")

    def articles(self):
        # no source page: its raw text is large and the feed does not show it
        return Article.objects.published().with_public_relations().select_related(None).newest_first()

    def items(self):
        return self.articles()[:ITEMS]

    def item_title(self, item):
        return item.headline

    def item_pubdate(self, item):
        return _as_datetime(item.published_on) if item.published_on else item.created

    def item_updateddate(self, item):
        return item.updated

    def item_author_name(self, item):
        return "、".join(b.reporter.name for b in item.bylines.all()) or None

    def item_categories(self, item):
        return [str(tag.park) for tag in item.park_tags.all()]


class ParkFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        park = get_object_or_404(Park, slug=slug)
        if not park.verified and not Article.objects.published().filter(park_tags__park=park).exists():
            raise Http404("这个园区还没有公开的报道")
        return park

    def title(self, obj):
        return f"{settings.SITE_NAME} · {obj}"

    def subtitle(self, obj):
        return f"关于{obj.name}的最新报道"

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return self.articles().filter(park_tags__park=obj)[:ITEMS]


class ReporterFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        reporter = get_object_or_404(Reporter, slug=slug)
        if not Article.objects.published().filter(bylines__reporter=reporter).exists():
            raise Http404("这位作者还没有公开的文章")
        return reporter

    def title(self, obj):
        return f"{settings.SITE_NAME} · {obj.name}"

    def subtitle(self, obj):
        return f"{obj.name}的最新文章"

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return self.articles().filter(Exists(obj.bylines.filter(article=OuterRef("pk"))))[:ITEMS]


class NewspaperFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        newspaper = get_object_or_404(Newspaper, slug=slug)
        if not Article.objects.published().filter(source_page__newspaper=newspaper).exists():
            raise Http404("这份报纸还没有公开的文章")
        return newspaper

    def title(self, obj):
        return f"{settings.SITE_NAME} · {obj.name}"

    def subtitle(self, obj):
        return f"《{obj.name}》的最新文章"

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return self.articles().filter(source_page__newspaper=obj)[:ITEMS]

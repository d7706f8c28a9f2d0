"""The review queue: columns, filters, search, date hierarchy, no N+1."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Article, ArticlePark, Byline, SourcePage

CHANGELIST = reverse("admin:archive_article_changelist")


def listed(response):
    return {article.headline for article in response.context["cl"].result_list}


def test_it_lists_articles_with_status_date_park_reporters_flags_and_page(editor_client, articles):
    response = editor_client.get(CHANGELIST)

    assert response.status_code == 200
    assert listed(response) == {a.headline for a in articles.values()}
    assert "已导入" in response.text and "审核中" in response.text
    assert "武汉东湖高新区" in response.text  # primary park
    assert "于大勇" in response.text  # reporter
    assert "重复段落" in response.text  # flag
    assert "000_test.txt" in response.text  # source page
    assert "约2020年（推测）" in response.text  # an estimated date is marked as such


@pytest.mark.parametrize(
    "query, expected",
    [
        ("status=review", {"包头稀土高新区新材料产业集聚"}),
        ("province=湖北省", {"东湖高新区打造光谷科创大走廊"}),
        ("newspaper=zhongguogaoxinjishuchanyedaobao", None),
        ("missing=reporter", {"新市高新区举办创业大赛"}),
        ("missing=park", set()),
        ("missing=date", {"新市高新区举办创业大赛"}),
        ("problem=repeated_text", {"东湖高新区打造光谷科创大走廊"}),
        ("problem=unverified_park", {"新市高新区举办创业大赛"}),
        ("problem=estimated_date", {"包头稀土高新区新材料产业集聚"}),
        ("problem=unplaced", None),
        ("published_on__gte=2020-10-01&published_on__lt=2020-11-01", {"东湖高新区打造光谷科创大走廊"}),
        ("published_on__year=2020&published_on__month=1", {"包头稀土高新区新材料产业集聚"}),
    ],
)
def test_each_filter_narrows_the_queue(editor_client, articles, query, expected):
    response = editor_client.get(f"{CHANGELIST}?{query}")

    assert response.status_code == 200
    if expected is None:  # every fixture article matches
        expected = {a.headline for a in articles.values()}
    assert listed(response) == expected


def test_it_filters_by_park_reporter_and_source_page(editor_client, articles, parks, reporters, page):
    other = SourcePage.objects.create(file_name="other.txt", sha256="9" * 64, raw_text="x")
    Article.objects.create(source_page=other, headline="另一版的文章")

    by_park = editor_client.get(f"{CHANGELIST}?parks__id__exact={parks['baotou'].pk}")
    by_reporter = editor_client.get(f"{CHANGELIST}?reporters__id__exact={reporters['刘琴'].pk}")
    by_page = editor_client.get(f"{CHANGELIST}?source_page__id__exact={other.pk}")

    assert listed(by_park) == {"包头稀土高新区新材料产业集聚"}
    assert listed(by_reporter) == {"包头稀土高新区新材料产业集聚"}
    assert listed(by_page) == {"另一版的文章"}


def test_the_unplaced_filter_skips_pages_without_fragments(editor_client, articles):
    other = SourcePage.objects.create(file_name="clean.txt", sha256="8" * 64, raw_text="x", unplaced=[])
    Article.objects.create(source_page=other, headline="干净版面的文章")

    response = editor_client.get(f"{CHANGELIST}?problem=unplaced")

    assert "干净版面的文章" not in listed(response)
    assert len(listed(response)) == 3


def test_search_covers_headline_body_and_reporter(editor_client, articles):
    assert listed(editor_client.get(CHANGELIST, {"q": "光谷"})) == {"东湖高新区打造光谷科创大走廊"}
    assert listed(editor_client.get(CHANGELIST, {"q": "两百个项目"})) == {"新市高新区举办创业大赛"}
    assert listed(editor_client.get(CHANGELIST, {"q": "刘琴"})) == {"包头稀土高新区新材料产业集聚"}


def test_an_article_with_two_reporters_is_listed_once(editor_client, articles, reporters):
    Byline.objects.create(article=articles["baotou"], reporter=reporters["王蓓"], role=Byline.Role.CORRESPONDENT)

    response = editor_client.get(CHANGELIST, {"q": "记者"})
    headlines = [a.headline for a in response.context["cl"].result_list]
    assert len(headlines) == len(set(headlines))


def test_the_changelist_query_count_does_not_grow_with_the_articles(editor_client, articles, page, parks, reporters):
    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert editor_client.get(CHANGELIST).status_code == 200
        return len(ctx.captured_queries)

    few = count_queries()
    for i in range(12):
        article = Article.objects.create(
            source_page=page, order_on_page=10 + i, headline=f"文章{i}", published_on=datetime.date(2020, 5, i + 1)
        )
        Byline.objects.create(article=article, reporter=reporters["王蓓"])
        ArticlePark.objects.create(article=article, park=parks["donghu"], is_primary=True)
    many = count_queries()

    assert many == few


def test_the_queue_finds_briefs_titled_from_their_text(editor_client, articles):
    Article.objects.create(headline="南京高新区举办对接会", flags=["derived_headline"])
    response = editor_client.get(f"{CHANGELIST}?problem=derived_headline")
    assert listed(response) == {"南京高新区举办对接会"}
    assert "标题取自正文（原无标题的简讯）" in response.text

"""The home page's latest articles, written in Python (``archive.latest_list``), are the
article list's template markup exactly."""

import datetime

import pytest
from django.template.loader import render_to_string

from archive.latest_list import latest_articles
from archive.models import Article
from archive.views import listed
from tests.web.conftest import XSS, make_article, make_park

pytestmark = pytest.mark.django_db

EMPTY = "档案里还没有公开的文章。"


def _template(count):
    articles = listed(Article.objects.published()).newest_first()[:count]
    return render_to_string("archive/_article_list.html", {"articles": articles, "empty_text": EMPTY})


def test_it_writes_the_article_lists_markup_hostile_strings_and_every_date_kind_included(world, hostile):
    short = make_park(f"全称{XSS}", f"简称{XSS}")
    make_article("只知年份", published_on=datetime.date(2018, 1, 1), date_precision=Article.DatePrecision.YEAR)
    make_article("只知月份", published_on=datetime.date(2018, 6, 1), date_precision=Article.DatePrecision.MONTH)
    make_article("日期不详", published_on=None, parks=[short, world.donghu], reporters=[world.liu, world.yu])
    make_article(f"未来的草稿{XSS}", status=Article.Status.REVIEW, published_on=datetime.date(2030, 1, 1))
    html = latest_articles(15, EMPTY)
    assert html == _template(15)
    assert "未来的草稿" not in html
    assert XSS not in html


def test_it_writes_the_article_lists_empty_markup(db):
    make_article("还在审核", status=Article.Status.REVIEW)
    assert latest_articles(15, EMPTY) == _template(15)


def test_it_lists_only_the_newest_count(world):
    for i in range(5):
        make_article(f"更多文章{i}", published_on=datetime.date(2023, 1, i + 1), parks=[world.donghu])
    assert latest_articles(3, EMPTY) == _template(3)
    assert "更多文章1" not in latest_articles(3, EMPTY)


def test_it_marks_a_headline_in_traditional_characters(world):
    make_article("佛山高新區工業總產值增長", subtitle="高企存量達到1.2萬家", published_on=datetime.date(2023, 2, 1))
    make_article("佛山高新区工业总产值增长", published_on=datetime.date(2023, 1, 1))
    html = latest_articles(15, EMPTY)
    assert html == _template(15)
    assert '<h3 class="article-item__title" lang="zh-Hant"><a' in html
    assert '<p class="article-item__subtitle" lang="zh-Hant">高企存量達到1.2萬家</p>' in html
    assert html.count('lang="zh-Hant"') == 2

"""``archive.prepared``: a query compiled once runs again with new values, as the ORM would."""

import datetime

import pytest

from archive import prepared as prepared_module
from archive.models import Article, ArticlePark
from archive.prepared import prepared
from tests.web.conftest import make_article, make_park

pytestmark = pytest.mark.django_db


@prepared
def _dated(pks, status):
    articles = Article.objects.filter(pk__in=pks, status=status).order_by("-published_on", "pk")
    return articles.values_list("pk", "headline", "published_on", "date_estimated")


@prepared
def _tags(article_id):
    return ArticlePark.objects.filter(article_id=article_id).order_by("pk").values_list("park__name", "is_primary")


def test_it_returns_the_rows_the_orm_returns_with_dates_and_booleans_converted(db):
    park = make_park("东湖高新区")
    a = make_article("甲", published_on=datetime.date(2020, 1, 2), parks=[park])
    b = make_article("乙", published_on=datetime.date(2021, 3, 4), date_estimated=True)
    c = make_article("丙", status=Article.Status.REVIEW)
    for pks, status in [([a.pk, b.pk], "published"), ([b.pk, c.pk], "review"), ([a.pk, b.pk, c.pk], "published")]:
        expected = Article.objects.filter(pk__in=pks, status=status).order_by("-published_on", "pk")
        assert _dated(pks, status) == list(expected.values_list("pk", "headline", "published_on", "date_estimated"))
    assert _dated([a.pk], "published")[0][2] == datetime.date(2020, 1, 2)
    assert _tags(a.pk) == [("东湖高新区", True)]
    assert _tags(b.pk) == []


def test_it_compiles_each_shape_of_the_arguments_once(db, monkeypatch):
    compiled = []
    compile_ = prepared_module._compile
    monkeypatch.setattr(prepared_module, "_compile", lambda *args: compiled.append(args) or compile_(*args))
    monkeypatch.setattr(prepared_module, "_compiled", {})
    a, b = make_article("甲"), make_article("乙")
    _dated([a.pk], "published")
    _dated([b.pk], "published")
    _dated([a.pk, b.pk], "review")
    _dated([b.pk, a.pk], "published")
    assert len(compiled) == 2  # one item, two items


def test_it_gives_no_rows_for_an_empty_list(db):
    make_article("甲")
    assert _dated([], "published") == []


def test_it_refuses_a_query_whose_argument_is_not_a_parameter(db):
    @prepared
    def containing(text):  # the SQL's parameter is "%text%", not the argument
        return Article.objects.filter(headline__contains=text).values_list("pk")

    with pytest.raises(ValueError, match="not all parameters"):
        containing("甲")

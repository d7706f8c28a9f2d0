"""An unquoted term of several words ranks the articles that have it as typed (its
characters in a row) before those that only have its words scattered, on every engine."""

import pytest

from search import query

from .conftest import index_now, make_article


def ids(q):
    return [a.pk for a in query.search(q).articles]


@pytest.fixture
def world(db):
    scattered = make_article(
        "园区企业净增高于预期",
        "新技术企业净增高于预期。园区新技术企业净增。高新区企业净增高于预期，新技术企业增多。",
    )
    as_typed = make_article(
        "园区年度工作报告",
        "今年园区围绕产业链部署创新链，营商环境持续优化，服务企业的举措不断推出。"
        "全年经开区净增高新技术企业二百余家，研发投入稳步提高，重点项目加快建设，"
        "人才公寓按期交付，园区发展的基础更加牢固。",
    )
    index_now()
    return {"scattered": scattered.pk, "as_typed": as_typed.pk}


def test_an_unquoted_term_ranks_the_article_with_it_as_typed_first(world):
    assert ids("经开区净增高新技术企业") == [world["as_typed"]]
    assert ids("净增高新技术企业") == [world["as_typed"], world["scattered"]]


def test_the_term_as_typed_does_not_narrow_an_unquoted_search(world):
    assert ids("净增高新") == [world["as_typed"], world["scattered"]]
    assert ids('"净增高新"') == [world["as_typed"]]

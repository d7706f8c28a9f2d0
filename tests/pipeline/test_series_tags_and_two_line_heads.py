"""Headline blocks of other papers: a series' name in brackets under or after the headline
(人民日报's （新时代画卷）), and a headline's second line that goes on with a predicate
(高新区13个项目 / 集中开工), not a column's name."""

import pytest

from archive.pipeline.parse import accounted_chars, parse_page

BODY = "\n\n高新区是科技的集聚地，也是创新的孵化器。十年来，国家高新区探索出科技与经济紧密结合的有效途径。\n"


@pytest.mark.parametrize(
    "heads",
    ["科技的集聚地 创新的孵化器\n\n（新时代画卷）", "科技的集聚地 创新的孵化器（新时代画卷）"],
)
def test_a_series_name_in_brackets_under_or_after_the_headline_is_the_column(gazetteer, heads):
    text = heads + BODY
    page = parse_page(text, gazetteer=gazetteer)
    (story,) = page.articles
    assert (story.headline, story.column, story.kicker) == ("科技的集聚地 创新的孵化器", "新时代画卷", "")
    raw, placed = accounted_chars(text, page)
    assert raw == placed


@pytest.mark.parametrize(
    "headline",
    ["乌鲁木齐高新区（新市区）", "高新区管理办法（征求意见稿）", "园区发展的十年（上）"],
)
def test_a_place_a_documents_status_or_a_part_in_brackets_stays_in_the_headline(gazetteer, headline):
    (story,) = parse_page(headline + BODY, gazetteer=gazetteer).articles
    assert (story.headline, story.column) == (headline, "")


def test_a_headlines_second_line_that_goes_on_with_its_predicate_is_no_column(gazetteer):
    text = "高新区13个项目\n\n集中开工\n\n继年初开工10个项目后，10月29日，玉溪国家高新区集中开工第二批13个项目。\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert (story.headline, story.column) == ("高新区13个项目 集中开工", "")

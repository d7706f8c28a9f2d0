"""A column's name set tight over the headline, no blank line between (``园区观察`` /
``…``): the column, not the headline's first words."""

from archive.pipeline.parse import parse_page

PAGE = """产业观察
开发区“链长制”带动配套企业集聚发展
◎本报记者　周文斌
　　今年以来，开发区推行“链长制”，由区领导分别担任
重点产业链链长，一季度新引进配套企业二十余家。
"""


def test_a_column_label_set_tight_over_the_headline_is_the_column(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert art.column == "产业观察"
    assert art.headline == "开发区“链长制”带动配套企业集聚发展"
    assert art.kicker == ""


def test_a_headline_broken_near_its_middle_stays_one_headline(gazetteer):
    page = PAGE.replace("产业观察\n开发区“链长制”带动配套企业集聚发展", "开发区产业观察\n链长制带动集聚发展")
    (art,) = parse_page(page, gazetteer=gazetteer).articles
    assert art.column == ""

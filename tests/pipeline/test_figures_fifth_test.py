"""Key figures and their parks as a fifth held-out test wrote them: a paper's dateline before
a city's sentence, a county-level city a park is named after, a time run into 全省, zones
added up as a group, a city's clause before a park named later, a 新区's own administering
body, and a park named by a bare alias."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention

ZHENGZHOU = ParkMention(
    key=("郑州高新技术产业开发区", "national_hitech"), name="郑州高新技术产业开发区", count=3, primary=True
)
JIANGYIN = ParkMention(
    key=("江阴高新技术产业开发区", "national_hitech"), name="江阴高新技术产业开发区", count=3, primary=True
)


def parks_of(text, gazetteer, primary=ZHENGZHOU):
    return [(f.text, f.park) for f in extract_figures(text, gazetteer=gazetteer, parks=[primary])]


@pytest.mark.parametrize(
    "text",
    [
        "郑州日报讯 2023年，郑州市地区生产总值达到13617.8亿元，同比增长7.4%。",
        "本报讯（记者 王磊）上半年，郑州市规上工业增加值增长9.1%。",
    ],
)
def test_a_papers_dateline_before_a_citys_sentence_leaves_it_the_citys(gazetteer, text):
    assert {park for _text, park in parks_of(text, gazetteer)} == {""}


@pytest.mark.parametrize(
    "text",
    [
        "1至9月，江阴市实现地区生产总值3560亿元，同比增长6.2%。",
        "前三季度，常熟市规上工业总产值达到2870亿元。",
    ],
)
def test_a_county_level_city_a_park_is_named_after_is_a_city(gazetteer, text):
    assert {park for _text, park in parks_of(text, gazetteer, JIANGYIN)} == {""}


def test_a_time_run_into_the_whole_province_is_the_provinces(gazetteer):
    text = "省科技厅有关负责人介绍，今年以来全省“专利贷”累计发放贷款96.4亿元，惠及企业2100余家。"
    assert parks_of(text, gazetteer) == [("96.4亿元", ""), ("2100余家", "")]


def test_zones_added_up_are_a_group(gazetteer):
    text = "三区合计拥有国家级科技企业孵化器41家，占全省的比重约为两成。"
    assert [park for _text, park in parks_of(text, gazetteer)] == ["", ""]


def test_a_clause_opening_with_the_city_keeps_its_figure_before_a_park_named_later(gazetteer):
    text = "据郑州市工业和信息化局统计，郑州市电子信息产业产值今年有望突破7000亿元，郑州高新区占比超过三成。"
    assert parks_of(text, gazetteer) == [("突破7000亿元", ""), ("超过三成", ZHENGZHOU.name)]


def test_a_new_areas_administering_body_speaking_is_no_new_area(gazetteer):
    text = "郑东新区开发建设管理委员会表示，明年将力争引进20亿元以上的重大产业项目8个。"
    assert parks_of(text, gazetteer) == [("8个", ZHENGZHOU.name)]


def test_a_park_named_by_a_bare_alias_is_the_sentences_park(gazetteer):
    text = "上海市科委日前发布数据。在张江，集成电路设计企业已超过260家。"
    assert parks_of(text, gazetteer) == [("超过260家", "上海张江高新技术产业开发区")]


def test_a_figure_after_a_second_bare_alias_is_that_parks(gazetteer):
    text = "位于上海张江的甲工厂及位于北京亦庄的乙工厂均在扩产，其中乙工厂规划月产能8万片。"
    assert parks_of(text, gazetteer) == [("8万片", "北京经济技术开发区")]

"""A body of a city's district speaking (X市Y区…局介绍，园区…) is no city's clause: the
sentence and the one after it stay the article's park, as a city's own bureau speaking does."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention

PRIMARY = ParkMention(key="k", name="绵阳高新技术产业开发区", count=3, primary=True)


@pytest.mark.parametrize(
    "text",
    [
        "绵阳市涪城区人力资源和社会保障局介绍，园区今年新增就业岗位1200个。",
        "绵阳市游仙区市场监督管理局表示，园区上半年实际使用外资1.2亿美元。",
        "绵阳市安州区发展和改革委员会透露，园区今年开工项目36个。",
    ],
)
def test_a_district_body_of_the_city_speaking_is_no_citys_clause(gazetteer, text):
    assert [f.park for f in extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])] == [PRIMARY.name]


def test_the_sentence_after_a_district_body_speaking_is_the_parks_too(gazetteer):
    text = "绵阳市涪城区市场监督管理局介绍，园区上半年新设企业420户。同期注销企业56户，同比下降8.3%。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == [PRIMARY.name] * 3


def test_a_city_and_its_district_opening_a_sentence_are_still_the_citys(gazetteer):
    text = "2024年，绵阳市涪城区实现地区生产总值820亿元。"
    assert [f.park for f in extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])] == [""]

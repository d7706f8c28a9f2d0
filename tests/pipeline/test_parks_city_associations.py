"""A city's association, society or service centre at work opening a sentence (X市…协会数据
显示，园区…; X市…服务中心将为园区企业…) is no city's clause, as the city's own bureau is not:
the sentence stays the article's park."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention

PRIMARY = ParkMention(key="k", name="潍坊高新技术产业开发区", count=3, primary=True)


@pytest.mark.parametrize(
    "text",
    [
        "潍坊市电子商务协会数据显示，园区今年网络零售额18.6亿元，增长一倍以上。",
        "潍坊市新材料产业学会预计，到2027年园区新材料产业规模将达到200亿元左右。",
        "潍坊市中小企业公共服务中心将为园区企业提供融资服务，担保规模计划达到3亿元。",
        "潍坊市外商投资企业商会、山东省贸促会联合发布数据，园区实际使用外资1.2亿美元。",
    ],
)
def test_a_citys_association_or_service_centre_at_work_is_no_citys_clause(gazetteer, text):
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert figs and [f.park for f in figs] == [PRIMARY.name] * len(figs)


def test_the_city_opening_a_sentence_with_its_own_figures_is_still_the_citys(gazetteer):
    text = "2024年，潍坊市规模以上工业企业达到4300家。"
    assert [f.park for f in extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])] == [""]

"""A picture credited to whoever supplied it (``受访单位供图``, ``受访者供图``, ``主办方供图``)
names no person: the caption keeps it as printed, and no one is credited for it. A person's
``供图`` is still that person's, as a photographer."""

import pytest

from archive.pipeline.parse import parse_page

PAGE = """## 无锡高新区传感器产业规模突破千亿

◎本报记者　钱　程

　　近日，无锡高新区传感器产业规模突破千亿元，集聚上下游企业400余家，形成从设计、制造到封装测试的完整链条。
园区一家传感器企业的洁净车间。　　{credit}
　　无锡高新区相关负责人表示，该区将设立50亿元产业基金，重点支持传感器企业扩产和研发。
"""


@pytest.mark.parametrize("credit", ["受访单位供图", "受访者供图", "受访企业供图", "主办方供图"])
def test_a_suppliers_credit_under_a_caption_credits_no_one(gazetteer, credit):
    (a,) = parse_page(PAGE.format(credit=credit), gazetteer=gazetteer).articles
    assert [c.name for c in a.credits] == ["钱程"]
    assert a.captions and a.captions[0].endswith(credit)


def test_a_persons_supply_credit_is_still_a_photographers(gazetteer):
    (a,) = parse_page(PAGE.format(credit="孔令杰供图"), gazetteer=gazetteer).articles
    assert [(c.name, c.role) for c in a.credits] == [("钱程", "staff"), ("孔令杰", "photo")]

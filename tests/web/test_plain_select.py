"""``archive.forms.PlainSelect`` writes exactly what Django's ``Select`` writes."""

import pytest
from django import forms

from archive.forms import PlainSelect
from tests.web.conftest import XSS

CHOICES = [
    ("", "全部园区"),
    ("湖北省", [("donghu", "东湖高新区"), ("xiangyang", "襄阳高新区")]),
    ("上海市", [("zhangjiang", "张江高新区")]),
    (XSS, [(XSS, XSS), ("a&b", "<b>粗</b>")]),
    ("guangzhou", "广州开发区"),
    ("zhangjiang", "a second option with a chosen value"),
]


@pytest.mark.parametrize("value", [None, "", "donghu", "zhangjiang", XSS, "a&b", "missing", ["donghu"], 7])
@pytest.mark.parametrize("attrs", [None, {"id": "id_park", "aria-invalid": "true"}, {"disabled": True, "x": False}])
def test_plain_select_writes_what_djangos_select_writes(value, attrs):
    djangos = forms.Select(attrs={"maxlength": 100}, choices=CHOICES)
    plain = PlainSelect(attrs={"maxlength": 100}, choices=CHOICES)
    assert plain.render("park", value, attrs) == djangos.render("park", value, attrs)

"""OCR may set a space either side of a number in a dateline (``本报郑州 4 月2日电``): it is
still the dateline, its reporter the story's, not a subtitle."""

import pytest

from archive.pipeline import leads
from archive.pipeline.parse import parse_page


@pytest.mark.parametrize("dateline", ["本报郑州 4 月2日电（记者 李晓明）", "本报银川5月 16 日电（记者 李晓明）"])
def test_a_dateline_with_ocr_spaces_around_its_numbers_is_a_dateline(dateline):
    assert leads.split_lead(dateline + "记者从河南省科技厅获悉")[0] == dateline


def test_the_reporter_of_a_spaced_dateline_is_the_storys(gazetteer):
    page = """焦作高新区获批建设省级中试基地

本报郑州 4 月2日电（记者 李晓明）记者从河南省科技厅获悉，焦作高新区申报的新材料中试基地日前获批建设河南省中试基地。

该基地将围绕新能源材料、高性能合金等领域，为企业和科研机构提供小试、中试服务。
"""
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.headline == "焦作高新区获批建设省级中试基地"
    assert a.subtitle == ""
    assert [c.name for c in a.credits] == ["李晓明"]
    assert a.blocks[0].text.startswith("记者从河南省科技厅获悉")

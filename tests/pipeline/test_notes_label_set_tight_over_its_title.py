"""A reporter's notes (记者手记, 采访手记) printed after a story under the label and a title of
their own, set tight on a page without blank lines: an article whose column is the label and
whose headline is the title, not a headline ``记者手记 <title>``."""

import pytest

from archive.pipeline.parse import parse_page

PAGE = """常州高新区“智改数转”全覆盖
◎本报记者　钱立群
　　走进常州高新区一家电机企业的数字化车间，机械臂有序运转，屏幕上实时跳动着每道工序的数据。今年以来，该区已完成企业智能化改造诊断320家。
　　“改造后，产品不良率下降了四成。”企业负责人顾海峰说。
{label}
改造的账要算长远
　　采访中，不少企业负责人告诉记者，智能化改造前期投入不小，但算长远账，省下的人工和损耗很快就能把投入赚回来。
　　让企业敢改、愿改，政策的引导和服务的跟进缺一不可。
"""


@pytest.mark.parametrize("label", ["记者手记", "采访手记"])
def test_a_notes_label_set_tight_over_its_title_is_the_column(gazetteer, label):
    story, notes = parse_page(PAGE.format(label=label), gazetteer=gazetteer).articles
    assert notes.headline == "改造的账要算长远"
    assert notes.column == label
    assert notes.kicker == ""
    assert len(notes.paragraphs) == 2
    assert story.paragraphs[-1].startswith("“改造后")

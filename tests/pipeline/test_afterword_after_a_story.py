"""An editor's afterword (编后, 编后语) printed after a story, its label on a line of its own or
opening its paragraph, is the editor's note, as 编者按 is: an article of its own marked as a
note, not a subhead and a last paragraph of the story above it."""

import pytest

from archive.pipeline.parse import parse_page

STORY = """芜湖高新区机器人企业抱团出海

■本报记者　周　立

今年前5个月，芜湖高新区机器人整机出口1860台，同比增长52%。区内12家机器人企业联合组建出海服务联盟，共享海外仓和售后网点。

联盟负责人介绍，抱团出海让企业的海外售后响应时间从两周缩短到3天。

"""

NEXT = """

宿州高新区新增标准厂房20万平方米

本报讯（记者韦　杰）6月5日，宿州高新区一批标准厂房集中交付，总面积20万平方米，已有16家企业签约入驻。
"""

AFTERWORD = "中小企业单打独斗闯海外，往往心有余而力不足。抱团出海、共享资源，不失为一条值得推广的路子。"


@pytest.mark.parametrize("label", ["编后", "编后语"])
def test_an_afterword_under_its_label_is_a_note_not_the_storys_text(gazetteer, label):
    page = STORY + label + "\n\n" + AFTERWORD + NEXT
    story, note, other = parse_page(page, gazetteer=gazetteer).articles
    assert [b.kind for b in story.blocks] == ["p", "p"]
    assert note.paragraphs == [AFTERWORD]
    assert other.headline == "宿州高新区新增标准厂房20万平方米"


def test_an_afterword_opening_its_paragraph_is_a_note_too(gazetteer):
    page = STORY + "编后：" + AFTERWORD + NEXT
    story, note, other = parse_page(page, gazetteer=gazetteer).articles
    assert len(story.paragraphs) == 2
    assert note.paragraphs == [AFTERWORD]

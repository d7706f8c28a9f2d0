"""A paper's notice to its readers under a head of its own (更正, 致歉声明) printed between two
stories is an article of its own headed by the notice's head, never the last paragraphs of
the story above, even when that story did not close with its credits."""

import pytest

from archive.pipeline.parse import parse_page

ABOVE = """## 咸宁高新区生物医药产业园首批企业投产

▶ 本报记者 甘露

记者从咸宁高新区获悉,生物医药产业园首批5家企业近日投产,主要生产原料药和医用敷料。

咸宁高新区还将建设药品检验检测中心,为园区企业提供一站式检测服务。


"""

NOTICE = """{head}

本报6月20日第3版《荆门高新区新能源电池项目签约》一文中,“总投资35亿元”应为“总投资53亿元”。特此更正。


"""

BELOW = """## 黄石高新区新增3家省级工程研究中心

▶ 本报记者 柯明

近日,湖北省公布新一批省级工程研究中心名单,黄石高新区3家企业入选,涉及新材料、高端装备等领域。
"""


@pytest.mark.parametrize("head", ["更正", "更　正", "【更正】", "致歉声明"])
def test_a_notice_between_two_stories_is_no_paragraph_of_the_story_above(gazetteer, head):
    above, notice, below = parse_page(ABOVE + NOTICE.format(head=head) + BELOW, gazetteer=gazetteer).articles
    assert len(above.blocks) == 2
    assert above.blocks[-1].text.startswith("咸宁高新区还将")
    assert notice.headline.replace("　", "").strip("【】") == head.replace("　", "").strip("【】")
    assert [b.text[:7] for b in notice.blocks] == ["本报6月20日"]
    assert below.headline == "黄石高新区新增3家省级工程研究中心"


def test_a_subhead_inside_a_story_is_still_a_subhead(gazetteer):
    page = ABOVE.replace("\n\n\n", "\n\n") + "聚焦产业链\n\n咸宁高新区将引进上下游配套企业20家。\n"
    (above,) = parse_page(page, gazetteer=gazetteer).articles
    assert [b.kind for b in above.blocks] == ["p", "p", "subhead", "p"]

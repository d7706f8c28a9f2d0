"""A box of background set after a story under a label of its own and a title (相关链接, 延伸阅读)
is an article of its own: the label is its column, not a kicker and not a subhead of the story
above; the box's title is its headline. A reporter's notes (记者手记) heading an article of its
own are labelled so too: the label is its column, not its kicker."""

import pytest

from archive.pipeline.parse import parse_page

STORY = """青岛高新区蓝色药谷“上新”提速

◎本报记者 王海涛

10月下旬，位于青岛高新区的蓝色药谷创新药物研发中心又迎来一个好消息：一款海洋创新药获批进入临床试验。

青岛高新区相关负责人表示，园区将加快建设海洋药物研究院二期，力争到2025年生物医药产业规模突破300亿元。

"""

BOX = """{label}

什么是“蓝色药谷”

“蓝色药谷”是青岛市为发展海洋生物医药产业规划建设的专业园区，核心区位于青岛高新区，规划面积约2平方公里。

园区自2017年启动建设以来，先后引进海洋药物领域研发平台20余个。
"""


@pytest.mark.parametrize("label", ["相关链接", "延伸阅读", "背景资料"])
def test_a_labelled_box_after_a_story_is_an_article_whose_column_is_the_label(gazetteer, label):
    story, box = parse_page(STORY + BOX.format(label=label), gazetteer=gazetteer).articles
    assert box.headline == "什么是“蓝色药谷”"
    assert box.kicker == ""
    assert box.column == label
    assert len(box.blocks) == 2
    assert [b.text for b in story.blocks][-1].startswith("青岛高新区相关负责人")


@pytest.mark.parametrize("label", ["延伸阅读", "记者手记"])
def test_a_marked_title_under_a_bold_label_keeps_the_label_out_of_the_kicker(gazetteer, label):
    notes = "采访中，记者深切感受到，园区的耐心比政策更重要。 王海涛\n"
    page = STORY + f"**{label}**\n\n### 把功夫下在“链”上\n\n" + notes
    story, box = parse_page(page, gazetteer=gazetteer).articles
    assert box.headline == "把功夫下在“链”上"
    assert box.kicker == ""
    assert box.column == label

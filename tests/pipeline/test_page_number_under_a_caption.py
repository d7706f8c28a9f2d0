"""A bare page number at the foot of the page, under the caption that closes the last story:
furniture, not a paragraph. A caption is a line set apart, so the number is not its tail."""

import pytest

from archive.pipeline.parse import parse_page

STORY = [
    "## 武汉东湖高新区光谷实验室新增三个平台",
    "",
    "▶ 本报记者 赵明",
    "",
    "武汉东湖高新区光谷实验室日前新建光电子集成、激光制造和智能传感三个研发平台。",
    "",
    "三个平台已吸引十余家企业参与联合攻关,首批项目预计年内完成中试。",
    "",
]


@pytest.mark.parametrize("caption", ["图片来源:东湖高新区管委会", "图为研发人员在调试设备。 本报记者 赵明摄"])
@pytest.mark.parametrize("number", ["12", "5"])
def test_a_page_number_under_the_last_caption_is_furniture(gazetteer, caption, number):
    page = parse_page("\n".join(STORY + [caption, "", "", number]), gazetteer=gazetteer)
    (a,) = page.articles
    assert [b.text for b in a.blocks if b.kind == "p"][-1].startswith("三个平台")
    assert number not in [b.text for b in a.blocks]
    assert number in [f["text"] for f in page.furniture]


def test_a_short_tail_under_a_paragraph_that_runs_on_is_still_text(gazetteer):
    lines = STORY[:-2] + ["三个平台已吸引十余家企业参与联合攻关,首批项目预计年内完成中试的有", "12"]
    page = parse_page("\n".join(lines), gazetteer=gazetteer)
    (a,) = page.articles
    assert a.blocks[-1].text.endswith("12")

"""A continuation from another page in the middle of a page, printed under its repeated
headline (the headline, then ``（上接第2版）``, then the text going on mid-word): the line
above the mark is the continued story's headline, and the text under the mark goes on
from the other page, never from the line above it. Before, the headline was read as the
first line of the continuation's paragraph (``…园区建设“快车道”业服务专员…``)."""

import pytest

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap

BEFORE = [
    "开封高新区举办人才招聘会",
    "▶ 本报记者 吕红梅",
    "开封高新区日前举办秋季人才招聘会，58家企业提供岗位1200余个，现场达成就业意向430人。",
]
CONTINUED = [
    "业服务专员制度，为企业提供政策申报、融资对接等“一站式”服务，今年以来已走访企业300余家。",
    "园区相关负责人表示，下一步将加大对科技型中小企业的培育力度。",
]
AFTER = [
    "安阳高新区新增两家省级工程研究中心",
    "本报讯（记者 朱卫东）安阳高新区日前新增两家省级工程研究中心，分别聚焦精密锻压和航空材料领域。",
]
HEADLINE = "漯河经开区：食品产业驶入“快车道”"


def page(width: int | None) -> str:
    def body(p):
        return [p] if width is None else wrap(p, width)

    lines = [BEFORE[0], BEFORE[1], *body(BEFORE[2]), HEADLINE, "（上接第2版）"]
    lines += [ln for p in CONTINUED for ln in body(p)]
    lines += [AFTER[0], *body(AFTER[1])]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [None, 16, 18, 20])
def test_the_line_over_a_continuation_mark_is_the_continued_storys_headline(width):
    text = page(width)
    parsed = parse_page(text)
    first, continued, last = parsed.articles
    assert first.headline == BEFORE[0]
    assert [c.name for c in first.credits] == ["吕红梅"]
    assert continued.headline == HEADLINE
    assert continued.continues_from == "2"
    assert continued.paragraphs[0].startswith("业服务专员制度")
    assert len(continued.paragraphs) == 2
    assert last.headline == AFTER[0]
    printed, placed = accounted_chars(text, parsed)
    assert printed == placed

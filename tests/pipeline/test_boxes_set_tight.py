"""A box printed with a story, set tight (no blank lines) or with a bullet: its label
(``链接``, ``■相关链接``, ``相关新闻``) on a line of its own over its title is the box's column,
never the first line of a broken headline nor one subhead of the story, and the title is the
box's headline. A box printed inside a story holds its own text; the story's paragraph
under it, naming the story's park again, goes back to the story."""

import pytest

from archive.pipeline.parse import parse_page

STORY = """芜湖高新区建成首个中试公共服务平台
◎本报记者　宁远山
　　日前，芜湖高新区中试公共服务平台正式启用，首
批8家企业的新材料项目进入中试阶段，涉及光伏胶膜、
特种涂料等领域。
　　平台由芜湖高新区联合安徽工程大学共同建设，配
备了中试生产线和检测设备，可为企业节省研发投入。
"""

BOX = """{label}
什么是中试平台
　　中试平台是介于实验室研究和规模化生产之间的验
证平台，用于检验科研成果能否稳定、经济地批量生产。
"""

RESUMED = """　　据了解，芜湖高新区将对入驻平台的项目给予中试
费用30%的补贴，单个项目最高补贴100万元。
"""

MORE = """　　目前，国内中试平台多由高校、科研院所和龙头企
业共建，服务对象以中小企业为主。
"""

ON_ITS_SUBJECT = """　　方案明确，芜湖高新区等园区将建设一批中试平台，
到2026年实现重点产业中试服务全覆盖。
"""

NEXT = """池州高新区半导体材料项目开工
　　本报讯　7月3日，池州高新区半导体材料产业园
项目开工，总投资22亿元，建成后年产电子级硅材料
1.2万吨。（方若愚）
"""


@pytest.mark.parametrize("label", ["链接", "■相关链接", "知识链接", "背景链接", "延伸阅读", "【知识链接】"])
def test_a_box_set_tight_after_a_story_is_an_article_under_its_label(gazetteer, label):
    story, box, nxt = parse_page(STORY + BOX.format(label=label) + NEXT, gazetteer=gazetteer).articles
    assert box.headline == "什么是中试平台"
    assert box.column == label.strip("■【】")
    assert box.kicker == "" and box.credits == []
    assert [b.text[:6] for b in box.blocks] == ["中试平台是介"]
    assert [b.text[:6] for b in story.blocks] == ["日前，芜湖高", "平台由芜湖高"]
    assert nxt.headline == "池州高新区半导体材料项目开工"


def test_the_story_goes_on_under_a_box_printed_inside_it(gazetteer):
    page = STORY + BOX.format(label="链接") + RESUMED + NEXT
    story, box, nxt = parse_page(page, gazetteer=gazetteer).articles
    assert [b.text[:6] for b in story.blocks] == ["日前，芜湖高", "平台由芜湖高", "据了解，芜湖"]
    assert story.blocks[-1].text.endswith("最高补贴100万元。")
    assert box.headline == "什么是中试平台"
    assert [b.text[:6] for b in box.blocks] == ["中试平台是介"]
    assert [c.name for c in story.credits] == ["宁远山"]


def test_a_box_of_two_paragraphs_on_its_own_subject_keeps_both(gazetteer):
    story, box, nxt = parse_page(STORY + BOX.format(label="链接") + MORE + NEXT, gazetteer=gazetteer).articles
    assert [b.text[:6] for b in box.blocks] == ["中试平台是介", "目前，国内中"]
    assert len(story.blocks) == 2


def test_a_box_paragraph_naming_the_story_park_without_the_reporters_voice_stays(gazetteer):
    story, box, nxt = parse_page(
        STORY + BOX.format(label="相关阅读") + ON_ITS_SUBJECT + NEXT, gazetteer=gazetteer
    ).articles
    assert [b.text[:6] for b in box.blocks] == ["中试平台是介", "方案明确，芜"]
    assert len(story.blocks) == 2


def test_a_related_brief_under_its_label_has_the_title_alone_as_headline(gazetteer):
    page = (
        STORY.replace("\n", "\n\n")
        + "相关新闻\n池州高新区设立首支天使基金\n本报讯　近日，池州高新区首支天使投资基金设立，规模2亿元。（方若愚）\n"
    )
    story, brief = parse_page(page, gazetteer=gazetteer).articles
    assert brief.headline == "池州高新区设立首支天使基金"
    assert brief.column == "相关新闻"
    assert [c.name for c in brief.credits] == ["方若愚"]

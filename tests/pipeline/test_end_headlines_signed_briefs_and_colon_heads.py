"""A narrow page whose headlines are collected at its end (as 004, a blank line after every
line), two forms of it:

- a brief closed by its writer's name after its last full stop, on the same line
  (``…突破5亿元。 韦东``), then a story printed with no byline and no dateline at all: the
  signed end closes the brief's body, and the next paragraph opens the next body. The list
  holds one headline per body, so each story keeps its own headline and the brief its writer.
- a headline in the list broken after its park's name and colon and again inside its clause,
  the line after the colon ending on a verb whose object is the next line
  (``泸州高新区：`` / ``“头部”企业助推`` / ``中小企业“拼船出海”``): one headline, the three
  lines joined with nothing, not a headline and its subtitle."""

from .layouts import column_with_blank_lines
from .whole_pages import opening_with, parsed_whole


def _column(paragraphs: list[str]) -> str:
    return column_with_blank_lines(paragraphs, 20)


LIQUOR = [
    "记者从泸州高新区获悉，今年前三季度园区白酒配套产业实现营收140亿元，同比增长18%。",
    "泸州高新区相关负责人表示，园区将继续引进包装、物流等配套企业，补齐产业链短板。",
]
EXPORT = [
    "今年以来，泸州高新区一家汽车零部件龙头企业带着9家中小配套企业共同开拓东南亚市场，签下订单2.6亿元。",
    "园区为出海企业搭建海外仓和展示中心，帮助企业降低物流成本，缩短交货周期。",
]
# (The last paragraph's last line is short, its writer's name after the full stop.)
GRANT = [
    "本报讯 近日，自贡高新区出台支持企业研发投入的若干措施，对研发费用增长较快的企业给予奖励。",
    "按照措施，园区每年安排专项资金不少于2000万元，预计全年奖励企业研发投入突破5亿元。 韦东",
]
PLAIN = [
    "在德阳高新区的一处装备制造车间里，新上线的智能焊接机器人正在有序作业，生产效率提高了三成。",
    "德阳高新区近年来推动传统装备企业数字化改造，已建成省级智能工厂和数字化车间26个。",
    "园区还联合高校开设智能制造培训班，每年为企业培训技术工人1500人次。",
]
HEADS = (
    "\n"
    "泸州高新区白酒配套产业\n\n"
    "营收增长18%\n\n"
    "泸州高新区：\n\n"
    "“头部”企业助推\n\n"
    "中小企业“拼船出海”\n\n"
    "自贡高新区出台措施奖励\n\n"
    "企业研发投入\n\n"
    "德阳高新区装备企业加快智能化改造\n"
)
PAGE = (
    "▶ 本报记者 罗文\n\n"
    + _column(LIQUOR)
    + "▶ 蒋欣\n\n"
    + _column(EXPORT)
    + _column(GRANT)
    + "\n"
    + _column(PLAIN)
    + HEADS
)


def test_a_signed_end_closes_the_brief_and_the_unsigned_story_below_is_its_own(gazetteer):
    page = parsed_whole(PAGE, gazetteer)
    assert len(page.articles) == 4
    brief = opening_with(page, "近日，自贡高新区")
    assert [c.name for c in brief.credits] == ["韦东"]
    assert brief.paragraphs[-1].endswith("突破5亿元。")
    assert not any("德阳" in p for p in brief.paragraphs)
    story = opening_with(page, "在德阳高新区")
    assert len(story.paragraphs) == 3
    assert story.credits == []


def test_each_body_keeps_its_own_end_headline(gazetteer):
    page = parsed_whole(PAGE, gazetteer)
    assert (opening_with(page, "近日，自贡高新区").headline, opening_with(page, "在德阳高新区").headline) == (
        "自贡高新区出台措施奖励企业研发投入",
        "德阳高新区装备企业加快智能化改造",
    )


def test_a_headline_broken_after_its_colon_and_inside_its_clause_is_one_headline(gazetteer):
    a = opening_with(parsed_whole(PAGE, gazetteer), "今年以来，泸州高新区")
    assert (a.headline, a.subtitle) == ("泸州高新区：“头部”企业助推中小企业“拼船出海”", "")
    assert [c.name for c in a.credits] == ["蒋欣"]

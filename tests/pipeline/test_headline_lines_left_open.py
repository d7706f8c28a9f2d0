"""A headline's lines that do not finish a clause run on into the next line; a line under a
headline is its subtitle only when it says something of its own.

- In a narrow column printed with a blank line after every line, a headline's first line
  left open at its end (a count waiting for its noun, ``新增三家``; a verb waiting for its object,
  ``召开``) runs on into a line that is no clause of its own (nouns, no verb, no figure):
  one headline, not a headline and its subtitle.
- On a plain page a park's name alone, then a place in the text (``“…”里``), then the predicate
  are one headline over three lines, however the verb is spelled.
- In a narrow column set with no blank lines, a first line wider than the two under it is no
  kicker when it is a park's name and nouns with no verb, and the lines under it go on with
  that subject to their verb: one headline over three lines.

A subtitle says something of its own (a verb, a figure, a new subject, a report's kind such as
``见闻``) under a headline whose clause is complete: those keep their subtitle."""

import pytest

from archive.pipeline.parse import parse_page

NARROW_BODY = [
    "▶ 本报记者 邓晓岚",
    "近日，园区组织辖区内二十余家企业召开",
    "专题会议，围绕技术攻关、人才引进和市场",
    "开拓等议题开展交流，现场达成合作意向",
    "十余项。",
    "园区有关负责人表示，下一步将持续完善",
    "服务体系，帮助企业解决发展中的难题。",
]


def _narrow_page(*heads: str) -> str:
    return "\n\n".join([*heads, *NARROW_BODY]) + "\n"


@pytest.mark.parametrize(
    "first,second",
    [
        ("衡阳高新区新增三家", "国家级“绿色工厂”认定企业"),
        ("郴州高新区召开", "“校企合作”恳谈会"),
        ("岳阳经开区揭晓首批", "“金牌服务专员”名单"),
        ("郴州高新区召开", "校企合作恳谈会"),  # (short as a column's name: not one)
        ("衡阳高新区新增三家", "省级科技孵化器"),
    ],
)
def test_a_line_left_open_runs_on_into_a_line_of_nouns(gazetteer, first, second):
    (a,) = parse_page(_narrow_page(first, second), gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", first + second, "")
    assert [c.name for c in a.credits] == ["邓晓岚"]


@pytest.mark.parametrize(
    "first,second",
    [
        ("衡阳高新区三家企业获评国家级绿色工厂", "园区绿色制造体系加速成形"),  # (a clause under a whole clause)
        ("衡阳高新区新增三家", "园区绿色制造体系加速成形"),  # (a clause of its own, with its verb)
        ("郴州高新区召开校企合作恳谈会", "一场产学研对接的现场见闻"),  # (a report's kind)
    ],
)
def test_a_line_that_says_something_of_its_own_stays_the_subtitle(gazetteer, first, second):
    (a,) = parse_page(_narrow_page(first, second), gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == (first, second)


PLAIN_PAGE = """
湘潭高新区先进装备制造业产值增长一成

▶ 本报记者 谢明远

记者近日从湘潭高新区获悉，2025年该区先进装备制造业实现产值512亿元，同比增长10.6%。

园区有关负责人表示，今年将继续推进重点项目建设，力争产值再上新台阶。


郴州高新区

“有色金属之乡”里

走出新材料产业集群

本报讯(通讯员 李晓彤 记者 谢明远)
近日，郴州高新区新材料产业园三期项目竣工投产，园区新材料企业达到46家。

依托当地丰富的有色金属资源，园区引导企业向精深加工延伸，2025年新材料产业营收达到96亿元。
"""


def test_a_park_alone_over_a_place_and_its_predicate_is_one_headline(gazetteer):
    a = parse_page(PLAIN_PAGE, gazetteer=gazetteer).articles[1]
    assert (a.kicker, a.subtitle) == ("", "")
    assert a.headline.replace(" ", "") == "郴州高新区“有色金属之乡”里走出新材料产业集群"
    assert [c.name for c in a.credits] == ["李晓彤", "谢明远"]


DAILY_PAGE = """
重庆日报　2026年4月2日　星期四　　区域　6
万州经开区
“一园一策”推动
传统企业绿色转型
本报记者　陈　晨
万州经开区近日出台绿色转型专项方案，
对完成节能改造的企业给予最高200万元
奖励，首批15家企业已启动改造。
涪陵高新区页岩气装备
关键部件产量
一季度增长三成
本报讯　（记者　刘　洋）
记者近日从涪陵高新区获悉，今年一季
度，该区页岩气装备关键部件产量同比增
长31%，压裂泵、井口装置等产品订单饱满。
目前，园区已集聚页岩气装备企业38家，
其中规上企业21家，产业链本地配套率超
过六成。
"""


def test_a_subject_over_its_predicate_in_a_narrow_column_is_no_kicker(gazetteer):
    a = parse_page(DAILY_PAGE, gazetteer=gazetteer).articles[1]
    assert a.kicker == ""
    assert a.headline.replace(" ", "") == "涪陵高新区页岩气装备关键部件产量一季度增长三成"

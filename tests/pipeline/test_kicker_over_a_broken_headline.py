"""A headline stack's kicker against its headline, by where a line leaves its clause open.

- A line ending in 的 ends no headline: in a narrow column with a blank line after every line,
  ``…的`` and the line under it are one headline joined with nothing, the second no column.
- On a plain page set with blank lines, a park's clause over two lines that are one clause the
  width broke (the first left open on a 从 phrase, the second saying nothing of its own) is the
  kicker; the two broken lines are the headline.
- On a daily's page set tight with no blank lines, a short line of nouns over a headline that
  opens with its park's name is the kicker, not the headline's opening.
"""

from archive.pipeline.parse import parse_page

NARROW_BODY = [
    "▶ 本报通讯员 韩露",
    "近日，园区一家老牌纺织企业完成车间",
    "改造，上百台织机接入工业互联网平台，",
    "生产数据实时上传，订单交付周期缩短",
    "近三成。",
    "企业负责人表示，下一步将继续扩大改",
    "造范围，带动上下游企业共同转型。",
]
NARROW_PAGE = "\n\n".join(["一座“老厂房”的", "智能化新生", *NARROW_BODY]) + "\n"


def test_a_line_ending_in_de_runs_on_into_the_next(gazetteer):
    (a,) = parse_page(NARROW_PAGE, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.subtitle) == ("", "一座“老厂房”的智能化新生", "")
    assert a.column == ""
    assert [c.name for c in a.credits] == ["韩露"]


PLAIN_PAGE = """
潍坊高新区推进校企联合攻关

把实验室里的“样品”

变成生产线上的“产品”

▶ 本报通讯员 马晓东

近日，潍坊高新区与本地两所高校签订联合攻关协议，围绕新材料、智能装备等方向共建实验平台。

园区有关负责人介绍，今年将组织企业提出技术需求清单，由高校团队揭榜攻关。
"""

PLAIN_FROM_PAGE = PLAIN_PAGE.replace("把实验室里的“样品”", "让创新成果从“实验室”").replace(
    "变成生产线上的“产品”", "搬上“生产线”"
)


def test_a_clause_broken_over_two_lines_is_the_headline_under_its_kicker(gazetteer):
    (a,) = parse_page(PLAIN_FROM_PAGE, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.subtitle) == ("潍坊高新区推进校企联合攻关", "让创新成果从“实验室”搬上“生产线”", "")
    assert [c.name for c in a.credits] == ["马晓东"]


DAILY_PAGE = """
河北日报
２０２６年４月２３日　星期四　　经济　０５
责编／王　楠　　美编／李　想
数字园区
保定高新区“智慧工厂”加速成形
本报记者　周　敏　通讯员　高　远
　　4月20日，记者走进保定高新区，多家企业的生产线已实现设备联网、数据实时采集。
　　园区负责人介绍，今年将新建智能工厂10家，推动规上企业数字化改造全覆盖。
"""


def test_a_short_line_of_nouns_over_a_park_headline_is_the_kicker(gazetteer):
    (a,) = parse_page(DAILY_PAGE, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == ("数字园区", "保定高新区“智慧工厂”加速成形")
    assert sorted(c.name for c in a.credits) == ["周敏", "高远"]

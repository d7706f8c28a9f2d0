"""A column's label on a line of its own over an interview (``走近园区带头人`` / a quotation
for the headline / ``——访…`` naming who was interviewed / the byline): the column, never the
kicker. An interview's headline with its ``——访`` subtitle is a column's item; a kicker is
a clause said of the headline, not a short name over it."""

from archive.pipeline.parse import parse_page

PAGE = """

走近园区带头人

“让每一亩地都长出创新”

——访绵阳高新区管委会主任周明轩

▶ 本报记者 唐雨桐

今年上半年,绵阳高新区新增科技型企业180家,园区亩均税收同比提高一成多。这些成绩从何而来?记者专访了绵阳高新区管委会主任周明轩。

记者:园区用地紧张,新项目往哪里落?

周明轩:我们把闲置厂房收回来统一改造,再按亩均效益排队供给科技项目,去年腾出空间600多亩。

记者:下一步还有哪些打算?

周明轩:重点是把电子信息产业做强,同时加快建设科技城核心区。
"""


def test_a_short_label_over_an_interviews_headline_is_its_column(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert art.kicker == ""
    assert art.column == "走近园区带头人"
    assert art.headline == "“让每一亩地都长出创新”"
    assert art.subtitle == "访绵阳高新区管委会主任周明轩"


def test_a_kicker_over_a_headline_with_an_ordinary_subtitle_stays_the_kicker(gazetteer):
    page = PAGE.replace("——访绵阳高新区管委会主任周明轩", "——园区今年新增科技型企业180家")
    (art,) = parse_page(page, gazetteer=gazetteer).articles
    assert art.kicker == "走近园区带头人"

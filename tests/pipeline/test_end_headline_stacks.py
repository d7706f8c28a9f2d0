"""A page whose headlines are collected at its end (as 004), the list holding more than a
bare headline per story: a kicker over a headline, a headline broken over two lines inside
its quotation marks, a ``——`` subtitle and a ``▶`` byline under their headline."""

from archive.pipeline.parse import parse_page

from .layouts import column_with_blank_lines
from .whole_pages import opening_with, parsed_whole


def _column(paragraphs: list[str]) -> str:
    return column_with_blank_lines(paragraphs, 20)


FAIR = [
    "日前，2025柳州高新区汽车零部件博览会开幕，来自十多个省份的300余家企业参展，现场签约项目32个，总金额超过80亿元。",
    "本届博览会以“智造汽车新未来”为主题，设置整车、零部件、智能网联等5大展区，并首次开设“新品首发区”。",
    "柳州高新区相关负责人表示，博览会已成为园区对接国内外汽车产业资源的重要平台。",
]
SMALL_FIRM = [
    "“没想到一家小厂的样品也能在博览会上接到大订单。”在新品首发区，一家零部件企业的负责人说，企业研发的轻量化车门总成刚刚下线。",
    "记者在现场看到，新品首发区共展出新产品60余个，涵盖轻量化材料、车载传感器、智能座舱等领域。",
    "“好产品缺的是一个被看见的机会。”柳州高新区投资促进局负责人说。",
]
ROBOTS = [
    "本报讯 近日，钦州高新区智能机器人产业园开工建设，项目总投资25亿元，建成后预计年产工业机器人5000台。",
    "钦州高新区近年来围绕智能装备产业招商，引进配套企业30余家，产业链本地配套率提高到四成。",
]
TALENT = [
    "近日，北海高新区召开人才工作大会，表彰了一批优秀人才和创新团队。截至去年底，园区各类人才总量达到4.2万人，比三年前翻了一番。",
    "北海高新区以电子信息产业为主导，近年来推动龙头企业建设研发中心，园区省级以上研发机构达到80家。",
]
HEADS = (
    "\n"
    "汽车产业新机遇\n\n"
    "柳州高新区汽车零部件博览会签约80亿元\n\n"
    "“小厂样品也能\n\n"
    "接到大订单”\n\n"
    "钦州高新区智能机器人产业园开工\n\n"
    "北海高新区人才总量三年翻番\n\n"
    "——园区省级以上研发机构达到80家\n\n"
    "▶ 韦红 陆军\n"
)
PAGE = (
    "▶ 本报记者 蒙丽\n\n"
    + _column(FAIR)
    + _column(SMALL_FIRM)
    + _column(ROBOTS)
    + "梁平 黄海\n\n"
    + _column(TALENT)
    + HEADS
)


def test_a_dashed_line_in_the_end_list_is_the_subtitle_of_the_headline_above_it(gazetteer):
    a = opening_with(parsed_whole(PAGE, gazetteer), "近日，北海高新区")
    assert (a.headline, a.subtitle) == ("北海高新区人才总量三年翻番", "园区省级以上研发机构达到80家")


def test_a_byline_under_a_dashed_subtitle_in_the_end_list_is_that_story_s(gazetteer):
    a = opening_with(parsed_whole(PAGE, gazetteer), "近日，北海高新区")
    assert [c.name for c in a.credits] == ["韦红", "陆军"]


def test_a_headline_broken_inside_its_quotation_marks_in_the_end_list_is_one_headline(gazetteer):
    page = parsed_whole(PAGE, gazetteer)
    assert "“小厂样品也能接到大订单”" in [a.headline for a in page.articles]


def test_a_short_line_over_a_headline_naming_the_park_in_the_end_list_is_its_kicker(gazetteer):
    a = opening_with(parsed_whole(PAGE, gazetteer), "日前，2025柳州")
    assert (a.kicker, a.headline) == ("汽车产业新机遇", "柳州高新区汽车零部件博览会签约80亿元")


def test_a_story_opening_with_the_quotation_its_headline_takes_is_cut_from_the_body_above(gazetteer):
    page = parsed_whole(PAGE, gazetteer)
    fair = opening_with(page, "日前，2025柳州")
    assert fair.paragraphs[-1].startswith("柳州高新区相关负责人表示")
    a = opening_with(page, "“没想到一家小厂")
    assert a.headline == "“小厂样品也能接到大订单”"
    assert len(a.paragraphs) == 3
    assert [len(x.paragraphs) for x in page.articles] == [3, 3, 2, 2]


# A headline in general words over a dashed subtitle that names the story's park and facts.
DASHED = (
    _column(ROBOTS)
    + "梁平 黄海\n\n"
    + _column(TALENT)
    + "\n钦州高新区智能机器人产业园开工\n\n聚才引智结硕果\n\n——北海高新区人才总量三年翻番\n\n▶ 韦红 陆军\n"
)


def test_a_dashed_subtitle_sharing_more_words_with_the_story_than_its_headline_stays_the_subtitle(gazetteer):
    page = parse_page(DASHED, gazetteer=gazetteer)
    a = opening_with(page, "近日，北海高新区")
    assert (a.headline, a.subtitle) == ("聚才引智结硕果", "北海高新区人才总量三年翻番")
    assert [c.name for c in a.credits] == ["韦红", "陆军"]
    assert not page.unplaced


# A stack of two plain lines in the list: the line that gives the news in figures is the
# headline; a line over it that gives none sets the scene (the kicker), and a line under a
# headline with figures is its subtitle (004: …签约191亿元 / 新疆智慧科技产业新磁极呼之欲出).
SIGNING = [
    "本报讯 日前，柳州高新区在2025汽车产业合作大会上集中签约一批项目，来自各地的32个项目落户园区，总金额超过80亿元。",
    "据介绍，签约项目涵盖新能源汽车零部件、智能网联、汽车后市场等领域，建成后将进一步完善园区汽车产业链。",
]


def _stack_page(first: str, second: str) -> str:
    return (
        _column(SIGNING)
        + "梁平 黄海\n\n"
        + _column(ROBOTS)
        + f"\n{first}\n\n{second}\n\n钦州高新区智能机器人产业园开工\n"
    )


def test_a_line_without_figures_over_one_giving_the_news_in_figures_is_the_kicker(gazetteer):
    page = parse_page(
        _stack_page("柳州高新区在2025汽车产业合作大会上集中签约", "32个项目落户 总金额超80亿元"), gazetteer=gazetteer
    )
    a = opening_with(page, "日前，柳州高新区")
    assert (a.kicker, a.headline, a.subtitle) == (
        "柳州高新区在2025汽车产业合作大会上集中签约",
        "32个项目落户 总金额超80亿元",
        "",
    )


def test_a_line_without_figures_under_a_headline_giving_figures_is_its_subtitle(gazetteer):
    page = parse_page(
        _stack_page("柳州高新区汽车产业合作大会集中签约80亿元", "汽车产业链再添新动能"), gazetteer=gazetteer
    )
    a = opening_with(page, "日前，柳州高新区")
    assert (a.kicker, a.headline, a.subtitle) == (
        "",
        "柳州高新区汽车产业合作大会集中签约80亿元",
        "汽车产业链再添新动能",
    )

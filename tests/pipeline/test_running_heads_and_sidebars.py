"""A page in another daily's habits (科技日报's 区域创新 page): the lunar date, a weekday and
the news line with the editor set as running heads, an advertisement's label, a reporter's
sidebar (记者手记) inside a story, and a headline broken after its place and colon."""

import pytest

from archive.pipeline import bylines as B
from archive.pipeline.mastheads import find_furniture
from archive.pipeline.parse import parse_page

from .layouts import wrap

PAGE = """科技日报
2021年6月18日 星期五
农历辛丑年五月初九
第6版 区域创新

新闻热线：010-58884051  责任编辑：王小龙

高新区里的“硬科技”
——西安高新区打造硬科技创新高地纪实

本报记者 史俊斌

6月的西安，处处涌动着创新的热潮。在西安高新区，一批硬科技企业正加速成长。

“我们的光子芯片已经实现量产。”西安炬光科技股份有限公司董事长刘兴胜说。

记者手记

创新没有捷径

在采访中，记者深切感受到，硬科技的成长需要耐心资本。

（广告）

长沙高新区：
智能制造产业集群加速崛起

本报讯（记者 俞慧友 通讯员 张莉）记者6月16日从长沙高新区获悉，今年1—5月，该区智能制造产业实现产值560亿元。
"""


@pytest.fixture(scope="module")
def page(gazetteer):
    return parse_page(PAGE, gazetteer=gazetteer, newspapers=["科技日报"])


def test_the_lunar_date_and_the_news_line_with_its_editor_are_running_heads(page):
    kinds = {f["text"]: f["kind"] for f in page.furniture}
    assert kinds["农历辛丑年五月初九"] == "date"
    assert kinds["新闻热线：010-58884051  责任编辑：王小龙"] == "contact"
    assert (page.printed.page_label, page.printed.page_title) == ("第6版", "区域创新")
    assert [a.headline for a in page.articles] == ["高新区里的“硬科技”", "长沙高新区：智能制造产业集群加速崛起"]


@pytest.mark.parametrize("line", ["农历十月十七", "星期二", "总第3456期", "农历庚子年闰四月廿三"])
def test_a_line_of_the_lunar_date_weekday_or_issue_number_alone_is_a_running_head(line):
    assert find_furniture([line, "园区新闻", "正文第一句。"]).lines == {0: "date"}


def test_a_headline_that_starts_with_lunar_is_no_running_head():
    assert find_furniture(["农历新年将至", "正文第一句。"]).lines == {}


def test_an_advertisements_label_is_furniture_not_a_kicker(page):
    assert "（广告）" in [f["text"] for f in page.furniture if f["kind"] == "ad"]
    assert page.articles[1].kicker == ""


def test_a_reporters_sidebar_label_is_no_byline(page):
    story = page.articles[0]
    assert [c.name for c in story.credits] == ["史俊斌"]
    assert story.byline == "本报记者 史俊斌"
    assert ("subhead", "记者手记") in [(b.kind, b.text) for b in story.blocks]


def test_a_headline_broken_after_its_place_and_colon_is_one_headline(page):
    brief = page.articles[1]
    assert brief.headline == "长沙高新区：智能制造产业集群加速崛起"
    assert [p.name for p in page.articles[0].parks] == ["西安高新技术产业开发区"]


def test_a_page_title_in_two_parts_beside_the_page_label():
    heads = find_furniture(["南方日报 2022年3月15日 星期二 A05 要闻·湾区", "", "园区新闻", "正文第一句。"])
    assert (heads.newspaper, heads.page_title, heads.page.number) == ("南方日报", "要闻·湾区", 5)


@pytest.mark.parametrize(
    "credit",
    [
        "（本版图片均由广州开发区提供）",
        "（本版稿件由广州开发区提供）",
        "本版文字：陈晓",
        "本版文图：陈晓",
        "（本版图片除署名外均由河套合作区提供）",
        "（本版图片均为资料图）",
    ],
)
def test_credits_for_the_pages_pictures_or_text_are_furniture_not_a_headline(gazetteer, credit):
    text = (
        "广州开发区：\n“链长制”激活产业新动能\n\n本报记者 陈晓\n\n今年以来，该区新签约项目56个。\n\n"
        f"{credit}\n\n深圳高新区：\n南山园区获批建设国家级双创示范基地\n\n"
        "本报讯（记者 王蓉）记者日前获悉，深圳高新区南山园区获批建设国家级双创示范基地。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "广州开发区：“链长制”激活产业新动能",
        "深圳高新区：南山园区获批建设国家级双创示范基地",
    ]
    assert [f["kind"] for f in page.furniture] == ["page_credit"]


SMALL_PAGE = """经济日报
2023年11月30日 星期四
第7版 产业·园区

苏州工业园区
生物医药产业产值突破千亿元

本报南京11月29日讯 记者蒋波报道：记者从苏州工业园区获悉，今年1月至10月，园区生物医药产业实现产值1050亿元，同比增长18%，集聚相关企业2300多家。

园区相关负责人介绍，信达生物制药（苏州）有限公司、基石药业（苏州）有限公司等一批创新药企相继实现产品上市。

图① 苏州工业园区生物医药产业园。
图② 企业研发人员在实验室工作。
本报记者 蒋波摄

合肥高新区量子产业集聚发展

新华社合肥11月29日电（记者 徐海涛） 记者29日从合肥高新区获悉，该区已集聚量子科技企业60余家。

据介绍，科大国盾量子技术股份有限公司等企业加快技术攻关。（完）

【评论】

园区发展要向“新”而行

王明

近年来，各地园区积极培育新兴产业，取得明显成效。
"""


@pytest.fixture(scope="module")
def small_page(gazetteer):
    return parse_page(SMALL_PAGE, gazetteer=gazetteer, newspapers=["经济日报"])


def test_credits_that_run_into_baodao_after_a_dateline_are_the_byline(small_page):
    story = small_page.articles[0]
    assert [c.name for c in story.credits] == ["蒋波"]
    assert story.blocks[0].text.startswith("记者从苏州工业园区获悉")


def test_a_photographers_credit_under_captions_is_no_byline_of_the_next_story(small_page):
    first, second = small_page.articles[:2]
    assert first.captions == ["图① 苏州工业园区生物医药产业园。", "图② 企业研发人员在实验室工作。"]
    assert [c.name for c in second.credits] == ["徐海涛"]


def test_a_small_page_of_whole_paragraphs_is_not_read_as_narrow_columns(small_page):
    assert [b.text[:6] for b in small_page.articles[0].blocks] == ["记者从苏州工", "园区相关负责"]
    assert [a.headline for a in small_page.articles] == [
        "苏州工业园区 生物医药产业产值突破千亿元",
        "合肥高新区量子产业集聚发展",
        "园区发展要向“新”而行",
    ]


def narrow(text, width=14):
    """``text`` set in a narrow column: running text wrapped at ``width`` cells, a blank
    line after every line (headlines and short lines stay whole)."""
    out = []
    for line in text.split("\n"):
        out += wrap(line, width) if len(line) > 30 and ("，" in line or "。" in line) else [line]
    return "\n\n".join(x for x in out if x.strip()) + "\n"


SIDEBAR_PAGE = """广州开发区：
“链长制”激活产业新动能

本报记者 陈晓 通讯员 黄埔宣

3月14日，记者从广州开发区获悉，今年前两个月，该区规上工业总产值完成1500亿元，同比增长8.5%。

今年以来，该区新签约项目56个，总投资超600亿元，其中先进制造业项目占七成以上，带动作用明显。

延伸阅读

广州开发区成立于1984年，是首批国家级经济技术开发区之一，也是全国首批国家级开发区。

深圳高新区：
南山园区获批建设国家级双创示范基地

本报讯（记者 王蓉）记者日前从深圳市科技创新委员会获悉，深圳高新区南山园区获批建设国家级双创示范基地。
"""


@pytest.mark.parametrize("width", [None, 14, 18])
def test_a_headline_broken_after_its_colon_and_a_sidebar_label_in_any_column(gazetteer, width):
    text = SIDEBAR_PAGE if width is None else narrow(SIDEBAR_PAGE, width)
    page = parse_page(text, gazetteer=gazetteer)
    assert [(a.headline, a.subtitle) for a in page.articles] == [
        ("广州开发区：“链长制”激活产业新动能", ""),
        ("深圳高新区：南山园区获批建设国家级双创示范基地", ""),
    ]
    assert ("subhead", "延伸阅读") in [(b.kind, b.text) for b in page.articles[0].blocks]


@pytest.mark.parametrize("width", [None, 14])
def test_a_park_alone_over_its_headline_is_its_first_line_and_credits_go_on_into_baodao(gazetteer, width):
    text = SMALL_PAGE if width is None else narrow(SMALL_PAGE, width)
    story = parse_page(text, gazetteer=gazetteer, newspapers=["经济日报"]).articles[0]
    assert (story.headline, story.subtitle) == ("苏州工业园区 生物医药产业产值突破千亿元", "")
    assert [c.name for c in story.credits] == ["蒋波"]
    assert story.blocks[0].text.startswith("记者从苏州工业园区获悉")


BULLETS_PAGE = """郑州高新区：数字经济跑出“加速度”

本报记者 李洋

近年来，郑州高新区坚持把数字经济作为转型发展的关键增量，数字经济核心产业规模持续扩大。

■ 创新驱动

郑州高新区集聚了汉威科技集团股份有限公司等一批龙头企业，2022年数字经济核心产业营业收入达到800亿元。

● 服务企业

该区推行“企业服务专员”制度，今年已为企业解决问题300余个。

（本报记者 李洋 整理）
"""


def test_subheads_set_with_a_bullet_are_subheads_not_bylines(gazetteer):
    (story,) = parse_page(BULLETS_PAGE, gazetteer=gazetteer).articles
    assert [c.name for c in story.credits] == ["李洋"]
    assert [b.text for b in story.blocks if b.kind == "subhead"] == ["创新驱动", "服务企业"]


@pytest.mark.parametrize("line", ["■ 创新驱动", "● 服务企业", "■ 亮点一", "■创新驱动 引领发展"])
def test_a_bullet_before_words_that_are_no_name_is_no_byline(line):
    assert not B.is_byline(line)


@pytest.mark.parametrize("line", ["■叶伟", "■ 欧阳明", "■ 阿依古丽·买买提", "□通讯员 王芳 本报记者 张三"])
def test_a_bullet_before_a_persons_name_or_a_role_is_a_byline(line):
    assert B.is_byline(line)


def test_credits_in_brackets_closing_the_page_close_its_last_story(gazetteer):
    (story,) = parse_page(BULLETS_PAGE, gazetteer=gazetteer).articles
    assert story.byline == "本报记者 李洋 （本报记者 李洋 整理）"
    assert story.blocks[-1].text.startswith("该区推行")


CREDITS_AT_THE_END = """武汉东湖高新区
光电子信息产业规模突破5000亿元

近日，记者从武汉东湖高新区获悉，2022年该区光电子信息产业规模突破5000亿元，同比增长12%。

东湖高新区相关负责人表示，将继续做大做强光电子信息产业集群。

本报记者 王明 李华

成都高新区发布人才新政

据新华社电 成都高新区日前发布人才新政，对新引进的顶尖人才给予最高1亿元综合资助。

责编：张丽  校对：刘强
"""


@pytest.mark.parametrize("width", [None, 14])
def test_a_byline_after_a_storys_last_sentence_and_before_a_headline_is_that_storys(gazetteer, width):
    text = CREDITS_AT_THE_END if width is None else narrow(CREDITS_AT_THE_END, width)
    first, second = parse_page(text, gazetteer=gazetteer).articles
    assert [c.name for c in first.credits] == ["王明", "李华"]
    assert (second.headline, second.credits) == ("成都高新区发布人才新政", [])
    assert second.byline == "据新华社电"


@pytest.mark.parametrize("width", [None, 14])
def test_a_byline_after_a_credited_storys_last_sentence_is_the_next_storys(gazetteer, width):
    page = CREDITS_AT_THE_END.replace(
        "光电子信息产业规模突破5000亿元\n", "光电子信息产业规模突破5000亿元\n\n▶ 本报记者 赵刚\n"
    )
    page = page.replace("据新华社电 ", "")
    first, second = parse_page(page if width is None else narrow(page, width), gazetteer=gazetteer).articles
    assert [c.name for c in first.credits] == ["赵刚"]
    assert [c.name for c in second.credits] == ["王明", "李华"]


def test_a_series_of_bulleted_subheads_stays_with_its_story_after_another_story(gazetteer):
    # The text under 服务企业 says little about 郑州 itself; the series of bulleted subheads
    # keeps it in its story rather than moving it to the 长沙 story above as a resumption.
    page = parse_page(PAGE + "\n" + BULLETS_PAGE, gazetteer=gazetteer, newspapers=["科技日报"])
    zhengzhou = page.articles[-1]
    assert zhengzhou.headline == "郑州高新区：数字经济跑出“加速度”"
    assert [b.text for b in zhengzhou.blocks if b.kind == "subhead"] == ["创新驱动", "服务企业"]
    assert all("joined" not in a.flags for a in page.articles)


def test_a_headline_that_asks_or_exclaims_is_a_headline(gazetteer):
    text = (
        "高新区如何破解“卡脖子”难题？\n\n本报记者 王明\n\n近年来，各地高新区围绕产业链关键环节开展技术攻关。\n\n"
        "奋进新征程 建功新时代！\n\n本报讯（记者 李华）11月28日，苏州高新区举行重大项目集中签约活动。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [(a.headline, a.byline) for a in page.articles] == [
        ("高新区如何破解“卡脖子”难题？", "本报记者 王明"),
        ("奋进新征程 建功新时代！", "本报讯（记者 李华）"),
    ]


def test_a_speakers_exclamation_in_quotes_is_no_headline(gazetteer):
    text = "园区新闻标题\n\n本报记者 王明\n\n今年以来，园区发展很快。\n\n“太好了！”\n\n新增企业很多，带动就业。\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert [(b.kind, b.text) for b in story.blocks][1] == ("p", "“太好了！”")


def test_the_writer_credited_for_the_pages_text_is_credited_with_its_unsigned_stories(gazetteer):
    text = (
        "合肥高新区营收突破万亿元\n\n近日，合肥高新区营收突破万亿元。\n\n成都高新区发布新政\n\n本报记者 李华\n\n"
        "近日，成都高新区发布新政。\n\n本版文字：王明\n"
    )
    first, second = parse_page(text, gazetteer=gazetteer).articles
    assert [(c.name, c.role) for c in first.credits] == [("王明", "author")]
    assert [(c.name, c.role) for c in second.credits] == [("李华", "staff")]
    assert first.byline == ""  # (the credit line stays the page's furniture, as printed)


STORY = """苏州高新区光子产业集群加速成势

本报记者 李明

近日，苏州高新区光子产业集群入选国家先进制造业集群培育名单，集聚光子企业两百余家。

"""


def test_the_lines_set_under_an_advertisements_label_are_the_advertisement(gazetteer):
    ad = "广告\n科技日报2025年度征订工作全面启动\n全国各地邮局均可订阅　邮发代号：1-97\n订阅热线：11185\n"
    page = parse_page(STORY + ad, gazetteer=gazetteer)
    (a,) = page.articles
    assert [b.text for b in a.blocks] == [
        "近日，苏州高新区光子产业集群入选国家先进制造业集群培育名单，集聚光子企业两百余家。"
    ]
    assert "科技日报2025年度征订工作全面启动" in [f["text"] for f in page.furniture if f["kind"] == "ad"]


@pytest.mark.parametrize("label", ["招　租", "招聘", "出售"])
def test_a_classified_notice_with_its_contact_number_is_an_advertisement(gazetteer, label):
    ad = f"{label}\n高新区某厂房整层招租，面积两千平方米，可分租。\n联系电话：0512-6666××××\n"
    page = parse_page(STORY + ad, gazetteer=gazetteer)
    (a,) = page.articles
    assert len(a.blocks) == 1
    assert "高新区某厂房整层招租，面积两千平方米，可分租。" in [f["text"] for f in page.furniture if f["kind"] == "ad"]


def test_a_subhead_about_hiring_over_text_is_no_advertisement(gazetteer):
    text = STORY + "招聘\n\n园区今年将新招聘研发人员三千名，重点面向集成电路企业。\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert not [f for f in page.furniture if f["kind"] == "ad"]

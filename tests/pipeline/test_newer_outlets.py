"""Bylines and datelines of newer outlets (news sites, apps, business weeklies) and of
writers credited with their post: the line is the byline, the headline above it stays the
headline, and the reporter is found."""

import pytest

from archive.pipeline.parse import accounted_chars, parse_page

FIRST = "# 光谷前三季度收入增长\n\n本报记者 王明\n\n今年前三季度，东湖高新区企业总收入同比增长29%。\n\n"


@pytest.mark.parametrize(
    "byline, name",
    [
        ("极目新闻记者 赵贝", "赵贝"),
        ("湖北日报全媒记者 周志兵", "周志兵"),
        ("大众网·海报新闻记者 程世洋 通讯员 王智勇", "程世洋"),
        ("21世纪经济报道记者 陈思琦 深圳报道", "陈思琦"),
        ("文/科技日报副社长 房汉廷", "房汉廷"),
        ("记者：王明", "王明"),
        ("文：王明 图：李华", "王明"),
        ("21世纪经济报道记者 陈思琦 发自深圳", "陈思琦"),
    ],
)
def test_a_byline_under_a_newer_outlet_or_with_a_post_is_the_byline(gazetteer, byline, name):
    text = FIRST + f"园区项目集中开工\n\n{byline}\n\n一批重大项目日前在园区集中开工，涵盖新能源等领域。\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == ["光谷前三季度收入增长", "园区项目集中开工"]
    assert page.articles[1].credits[0].name == name


@pytest.mark.parametrize(
    "lead, names",
    [
        ("荆楚网消息(记者周三春)", ["周三春"]),
        ("荆楚网(湖北日报网)讯(记者 贾方)", ["贾方"]),
        ("深圳新闻网2026年1月28日讯(深圳特区报记者 陈震霖) ", ["陈震霖"]),
        ("速豹新网淄博讯(记者 苗露 特约记者 闫盛霆)", ["苗露", "闫盛霆"]),
        ("深圳新闻网坪山讯 ", []),
        ("中国侨网11月20日电（记者 王明） ", ["王明"]),
    ],
)
def test_a_news_sites_dateline_opens_the_story_and_credits_its_reporters(gazetteer, lead, names):
    text = FIRST + f"# 科技园项目落户新城\n\n{lead}长飞科技园项目日前举行签约仪式，总投资50亿元。\n"
    page = parse_page(text, gazetteer=gazetteer)
    story = page.articles[1]
    assert [c.name for c in story.credits] == names
    assert story.blocks[0].text.startswith("长飞科技园项目")


@pytest.mark.parametrize(
    "lead, names",
    [
        ("大众网记者 王明 潍坊报道 ", ["王明"]),
        ("新华社记者 王明 李华 ", ["王明", "李华"]),
        ("经济日报记者 王明 通讯员 李华 ", ["王明", "李华"]),
    ],
)
def test_another_outlets_reporter_opening_the_first_paragraph_is_the_byline(gazetteer, lead, names):
    text = FIRST + f"# 科技园项目落户新城\n\n{lead}近日，长飞科技园项目举行签约仪式，总投资50亿元。\n"
    page = parse_page(text, gazetteer=gazetteer)
    story = page.articles[1]
    assert story.byline == lead.strip()
    assert [c.name for c in story.credits] == names
    assert story.blocks[0].text.startswith("近日，长飞")


def test_another_outlets_reporter_learning_something_opens_no_byline(gazetteer):
    text = FIRST + "# 科技园项目落户新城\n\n新华社记者 近日从园区获悉，长飞科技园项目举行签约仪式。\n"
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert story.byline == ""
    assert story.blocks[0].text.startswith("新华社记者")


def test_a_paragraph_opening_with_a_word_ending_in_网_is_no_dateline(gazetteer):
    text = FIRST + "互联网电商平台的销售额同比增长35%，园区电商企业达到120家。\n\n国家电网电力保障有力。\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert len(page.articles) == 1
    assert [b.text[:4] for b in page.articles[0].blocks] == ["今年前三", "互联网电", "国家电网"]


def test_a_story_tail_closed_by_its_credits_above_the_first_headline_is_not_that_storys_lead(gazetteer):
    text = (
        "上半年全省高新区新增研发机构32个，同比增长45.45%。(记者 徐莉莎)\n\n"
        "# 电子信息产业被“划重点”\n\n■本报记者 杨成万\n\n省人大常委会近日审议通过了示范区条例，自明年起施行。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [(a.headline, [c.name for c in a.credits]) for a in page.articles] == [
        ("", ["徐莉莎"]),
        ("电子信息产业被“划重点”", ["杨成万"]),
    ]


def test_a_lead_printed_above_its_headline_is_still_the_headlines(gazetteer):
    text = "上半年全省高新区新增研发机构32个。\n\n# 研发机构快速增长\n\n■本报记者 杨成万\n\n其中国家高新区新增10个。\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == ["研发机构快速增长"]


def heads_over(gazetteer, *stack):
    """(kicker, headline, subtitle) of a story whose heading lines are ``stack``, set on the
    page after ``FIRST``."""
    text = FIRST + "\n\n".join(stack) + "\n\n■本报记者 杨成万\n\n省人大常委会近日审议通过了示范区条例。\n"
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    return story.kicker, story.headline, story.subtitle


def test_a_deck_with_a_comma_under_a_headline_is_its_subtitle(gazetteer):
    assert heads_over(gazetteer, "电子信息产业被“划重点”", "《示范区条例》通过，省市政府将统筹协调重大项目") == (
        "",
        "电子信息产业被“划重点”",
        "《示范区条例》通过，省市政府将统筹协调重大项目",
    )


def test_a_kicker_with_a_comma_over_a_headline_stays_the_kicker(gazetteer):
    kicker, headline, _ = heads_over(gazetteer, "坚持创新驱动，推动高质量发展", "电子信息产业被“划重点”")
    assert (kicker, headline) == ("坚持创新驱动，推动高质量发展", "电子信息产业被“划重点”")


def test_a_deck_under_a_kicker_and_a_headline_leaves_both_in_place(gazetteer):
    stack = ("黄埔新区", "百大项目撬动千亿投资跑出开年加速度", "103个项目签约动工，达产产值将达2416亿元")
    assert heads_over(gazetteer, *stack) == stack


def test_a_label_over_a_line_with_a_comma_is_no_headline_with_a_deck(gazetteer):
    assert heads_over(gazetteer, "读+", "追光之旅，创新之途")[1] == "追光之旅，创新之途"


@pytest.mark.parametrize(
    "dateline, names",
    [
        ("中经联播讯（沈重 商和泉 刘辉 ）", ["沈重", "商和泉", "刘辉"]),
        ("园区发布讯（记者 王明）", ["王明"]),
    ],
)
def test_any_senders_xun_with_its_reporters_in_brackets_alone_on_its_line_is_the_dateline(gazetteer, dateline, names):
    text = (
        FIRST
        + f"重庆两江新区行政区正式揭牌\n\n{dateline}\n\n长江与嘉陵江交汇处，一片1360平方公里的土地迎来历史性蜕变。\n"
    )
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert story.headline == "重庆两江新区行政区正式揭牌"
    assert [c.name for c in story.credits] == names


@pytest.mark.parametrize("label", ["园区简讯（第一期）", "科技快讯（上）", "科技快讯（二〇二三）"])
def test_a_column_of_news_numbered_in_brackets_is_no_dateline(gazetteer, label):
    text = (
        FIRST + f"{label}\n\n重庆两江新区行政区正式揭牌\n\n长江与嘉陵江交汇处，一片1360平方公里的土地迎来历史性蜕变。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert all(not a.credits for a in page.articles[1:])


def test_briefs_with_a_bullet_before_their_dateline_are_briefs_of_their_own(gazetteer):
    text = (
        "园区动态\n\n"
        "■ 本报北京2月1日电（记者王政、刘温馨）记者从工业和信息化部获悉，将实施国家高新区新赛道培育行动，"
        "支持国家高新区布局建设一批中试验证平台和高能级孵化器。\n\n"
        "■ 人民网北京2月26日电 (记者申佳平)在工业和信息化部2月26日举行的新闻发布会上，火炬中心副主任何年初表示，"
        "头部园区示范引领作用突出，中西部园区追赶势头强劲。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    assert [[c.name for c in a.credits] for a in page.articles] == [["王政", "刘温馨"], ["申佳平"]]
    assert [a.blocks[0].text[:4] for a in page.articles] == ["记者从工", "在工业和"]


@pytest.mark.parametrize(
    "dateline, credits",
    [
        ("南方日报讯（记者/王彪 通讯员/穗开宣）", [("王彪", "staff"), ("穗开宣", "correspondent")]),
        ("本报讯（记者/王明 实习生/李华）", [("王明", "staff"), ("李华", "contributor")]),
        ("本报讯 记者/王明 通讯员/李华 ", [("王明", "staff"), ("李华", "correspondent")]),
    ],
)
def test_credits_written_role_slash_name_in_a_dateline_credit_each_person(gazetteer, dateline, credits):
    text = FIRST + f"# 黄埔区42个重大项目集中动工\n\n{dateline}6月18日，广州开发区举行重大项目集中动工活动。\n"
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert [(c.name, c.role) for c in story.credits] == credits
    assert story.blocks[0].text.startswith("6月18日")


@pytest.mark.parametrize(
    "byline, name",
    [
        ("南方+记者  郭思琪", "郭思琪"),
        ("证券时报·e公司记者 孙宪超", "孙宪超"),
        ("证券时报e公司记者 孙宪超", "孙宪超"),
        ("川观新闻记者 王明", "王明"),
        ("上游新闻+记者 李华", "李华"),
    ],
)
def test_a_reporter_under_an_outlet_with_a_plus_or_a_latin_letter_is_the_byline(gazetteer, byline, name):
    for sep in ("\n\n", "\n"):
        text = FIRST + sep.join(
            ["园区项目集中开工", byline, "6月20日，一批重大项目在园区集中开工，涵盖新能源等领域。\n"]
        )
        page = parse_page(text, gazetteer=gazetteer)
        assert [a.headline for a in page.articles] == ["光谷前三季度收入增长", "园区项目集中开工"]
        assert [(c.name, c.role) for c in page.articles[1].credits] == [(name, "staff")]


@pytest.mark.parametrize(
    "byline, name",
    [
        ("□ 中国电子信息产业发展研究院 刘 洋", "刘洋"),
        ("■ 清华大学 王明", "王明"),
        ("◎ 国务院发展研究中心 李华", "李华"),
    ],
)
def test_a_bullet_an_organisation_and_a_name_is_the_byline_naming_the_person(gazetteer, byline, name):
    text = (
        FIRST
        + f"# 推动国家级经开区向“新”而行\n\n{byline}\n\n国家级经开区是我国对外开放的重要窗口和制造业发展的主阵地。\n"
    )
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert story.subtitle == ""
    assert [c.name for c in story.credits] == [name]


@pytest.mark.parametrize("line", ["■ 清华大学 创新发展", "□ 中国电子信息产业发展研究院", "■ 研究院 高质量"])
def test_a_bullet_and_an_organisation_without_a_persons_name_is_no_byline(line):
    from archive.pipeline.bylines import is_byline

    assert not is_byline(line)


@pytest.mark.parametrize("lead", ["证券时报e公司讯，", "本报讯，", "经济日报·中国经济网讯，", "本报讯（记者 王明），"])
def test_a_dateline_closed_by_a_comma_is_read_and_the_comma_leaves_the_text(gazetteer, lead):
    text = (
        FIRST
        + f"华锐精密：拟在成都高新区设立西南研发中心\n{lead}华锐精密（688059）6月20日晚间公告，公司拟设立全资子公司。\n"
    )
    page = parse_page(text, gazetteer=gazetteer)
    story = page.articles[1]
    assert story.byline == lead  # (as printed: nothing lost)
    assert accounted_chars(text, page)[0] == accounted_chars(text, page)[1]
    assert story.blocks[0].text.startswith("华锐精密（688059）")


@pytest.mark.parametrize(
    "end, credits",
    [
        ("（孝高宣）", ["孝高宣"]),
        ("（宜高宣 王超）", ["宜高宣", "王超"]),
        ("（经开宣）", ["经开宣"]),
        ("（常新宣 李华）", ["常新宣", "李华"]),
    ],
)
def test_a_zone_press_offices_pen_name_closing_a_brief_is_its_end_credit(gazetteer, end, credits):
    text = FIRST + f"# 孝感高新区新增3家“小巨人”\n\n本报讯 近日，湖北省经信厅公布名单，孝感高新区3家企业入选。{end}\n"
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert [c.name for c in story.credits] == credits
    assert story.blocks[-1].text.endswith("企业入选。")


@pytest.mark.parametrize("end", ["（高新区宣）", "（开宣）"])
def test_other_words_in_brackets_closing_a_brief_stay_in_the_text(gazetteer, end):
    text = FIRST + f"# 孝感高新区新增3家“小巨人”\n\n本报讯 近日，湖北省经信厅公布名单，孝感高新区3家企业入选。{end}\n"
    story = parse_page(text, gazetteer=gazetteer).articles[1]
    assert story.blocks[-1].text.endswith(end)


@pytest.mark.parametrize("line", ["通讯员 穗开宣", "记者/王彪 通讯员/穗开宣", "■经开宣", "(孝高宣)"])
def test_a_zone_press_offices_pen_name_on_a_byline_line_is_a_byline(line):
    from archive.pipeline.bylines import is_byline

    assert is_byline(line)

"""Headline blocks of other papers: a series' name in brackets under or after the headline
(人民日报's （新时代画卷）), and a headline's second line that goes on with a predicate
(高新区13个项目 / 集中开工), not a column's name; a feature's subhead that is a quotation and
its speaker (“…” / ——首任区委书记 王铁军), not a new article; a 时评's paragraph closed by
its source in brackets (…压力。(1月13日《中国青年报》)); a caption with its photo credit a blank
line below; a line a jump cut; a column label's square brackets kept on the page."""

import pytest

from archive.pipeline.lines import ends_sentence
from archive.pipeline.parse import accounted_chars, parse_page
from archive.pipeline.topics import speaker

BODY = "\n\n高新区是科技的集聚地，也是创新的孵化器。十年来，国家高新区探索出科技与经济紧密结合的有效途径。\n"


@pytest.mark.parametrize(
    "heads",
    ["科技的集聚地 创新的孵化器\n\n（新时代画卷）", "科技的集聚地 创新的孵化器（新时代画卷）"],
)
def test_a_series_name_in_brackets_under_or_after_the_headline_is_the_column(gazetteer, heads):
    text = heads + BODY
    page = parse_page(text, gazetteer=gazetteer)
    (story,) = page.articles
    assert (story.headline, story.column, story.kicker) == ("科技的集聚地 创新的孵化器", "新时代画卷", "")
    raw, placed = accounted_chars(text, page)
    assert raw == placed


@pytest.mark.parametrize(
    "headline",
    ["乌鲁木齐高新区（新市区）", "高新区管理办法（征求意见稿）", "园区发展的十年（上）"],
)
def test_a_place_a_documents_status_or_a_part_in_brackets_stays_in_the_headline(gazetteer, headline):
    (story,) = parse_page(headline + BODY, gazetteer=gazetteer).articles
    assert (story.headline, story.column) == (headline, "")


def test_a_headlines_second_line_that_goes_on_with_its_predicate_is_no_column(gazetteer):
    text = "高新区13个项目\n\n集中开工\n\n继年初开工10个项目后，10月29日，玉溪国家高新区集中开工第二批13个项目。\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert (story.headline, story.column) == ("高新区13个项目 集中开工", "")


def test_a_quotation_and_its_speaker_over_a_section_is_a_subhead_not_an_article(gazetteer):
    text = (
        "20年，我爱滨江\n\n"
        "我们找到了曾经在这里工作的官员、常年观察滨江的学者，以及生活在这里的人们，听他们讲述滨江的故事。\n\n"
        "“希望滨江成为现代科技城，一个天堂硅谷”\n\n——首任滨江区委书记 王铁军\n\n"
        "1997年组建新区的时候，市政府给了1100万元。我们花了40多万元，把老房子装修了一下，就是办公楼。\n\n"
        "那时候周边都是农田，道路也没有修好，招商引资非常困难，但大家干劲十足。\n"
    )
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert [b.kind for b in story.blocks][1:3] == ["subhead", "subhead"]


@pytest.mark.parametrize("line", ["——记株洲高新区创新发展", "——首任滨江区委书记"])
def test_a_dashed_subtitle_names_no_speaker(line):
    assert not speaker(line)


def test_a_paragraph_closed_by_its_source_in_brackets_ends_there(gazetteer):
    text = (
        "“园区倍增”或许是一种病\n\n严辉文\n\n"
        "最近，一些科创园大唱“空城计”，被媒体曝光。招商人员坦言压力很大。(1月13日《中国青年报》)\n\n"
        "这些年，“栽下梧桐树，引来金凤凰”的金句深入人心。随之而来，就是各地开建园区。\n"
    )
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert [b.text[:4] for b in story.blocks] == ["最近，一", "这些年，"]


@pytest.mark.parametrize("line", ["压力很大。(1月13日《中国青年报》)", "压力很大。”（据新华社）"])
def test_a_note_in_brackets_after_a_sentences_end_ends_the_line(line):
    assert ends_sentence(line)


def test_a_bracket_inside_an_open_sentence_does_not_end_it():
    assert not ends_sentence("园区（含托管区）")


def test_a_caption_with_its_photo_credit_a_blank_line_below_is_a_caption(gazetteer):
    text = (
        "光谷“逐光”\n\n武汉光谷广场（无人机照片）。\n\n新华社记者 李 贺摄\n\n"
        "2009年12月，武汉东湖高新区被批准为全国第二个自主创新示范区。也是在那一年，光谷开始引才。\n\n"
        "经过12年的发展，光谷海外留学归国人员与常住外籍人员已达1.9万人。\n"
    )
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert story.captions == ["武汉光谷广场（无人机照片）。"]
    assert [b.text[:4] for b in story.blocks] == ["2009", "经过12"]


# A story whose last line, above its jump mark, is the one filled in.
JUMPING = (
    "山水之城 美丽之地\n\n光明日报记者 张国圣 李宏\n\n"
    "这里是这座城市蓝图的原点。回望一座城市的历史，就像听她讲述自己的成长故事。\n\n"
    "{}\n\n（下转第8版）\n"
)


def test_a_line_a_jump_cut_is_a_paragraph_not_a_subhead(gazetteer):
    text = JUMPING.format("5月17日，市委全会通过了《关于深入推动科技创新支撑引领高质")
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert [b.kind for b in story.blocks] == ["p", "p"]
    assert story.jumps_to == "8"


def test_a_subhead_above_a_jump_stays_a_subhead(gazetteer):
    (story,) = parse_page(JUMPING.format("创新驱动 产业升级"), gazetteer=gazetteer).articles
    assert [b.kind for b in story.blocks] == ["p", "subhead"]


def test_a_columns_label_in_square_brackets_keeps_its_brackets_on_the_page(gazetteer):
    text = "【建设者说】\n\n高扬开放风帆 书写新的故事\n\n作者：江洲\n\n1988年，我就参加了开发区的开发建设。当时开发区还很年轻。\n"
    page = parse_page(text, gazetteer=gazetteer)
    (story,) = page.articles
    assert (story.column, story.headline) == ("建设者说", "高扬开放风帆 书写新的故事")
    raw, placed = accounted_chars(text, page)
    assert raw == placed


INTERVIEW = (
    "让每一个好项目都能跑出“黄埔速度”\n\n南方日报记者  王 彪\n\n"
    "今年以来，广州开发区经济运行稳中向好，一季度地区生产总值同比增长6.8%。\n\n"
    "■{0}\n\n南方日报：今年以来，广州开发区在项目建设方面有哪些新举措？\n\n"
    "李振华：今年我们推出了“拿地即开工”等改革举措，将项目审批时间压缩到15个工作日以内。\n\n"
    "■{1}\n\n南方日报：在人才引进方面，开发区有哪些打算？\n\n"
    "李振华：我们将拿出10亿元人才专项资金，面向全球引进高层次人才。\n"
)


@pytest.mark.parametrize("heads", [("谈项目", "谈人才"), ("谈创新", "谈发展"), ("强链条", "高质量")])
def test_a_bulleted_section_head_of_a_surname_and_a_common_noun_is_a_subhead_not_a_byline(gazetteer, heads):
    (story,) = parse_page(INTERVIEW.format(*heads), gazetteer=gazetteer).articles
    assert [c.name for c in story.credits] == ["王彪"]
    assert [b.text for b in story.blocks if b.kind == "subhead"] == list(heads)


def test_a_bulleted_persons_name_is_still_a_byline():
    from archive.pipeline.bylines import is_byline

    assert is_byline("■谈伟") and is_byline("■ 项明") and is_byline("■ 谈项目 王明") is False

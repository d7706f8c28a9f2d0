"""Searches over a small world of articles built from the fixture pages' paragraphs."""

import datetime

import pytest

from archive.models import Article, Park
from search import query
from search.query import Filters, Term, parse

from .conftest import index_now, make_article, make_park, make_reporter


def ids(results):
    return [a.pk for a in results.articles]


@pytest.fixture
def world(db):
    zhangjiang = make_park(
        "上海张江高新技术产业开发区", "上海张江高新区", "上海", "张江高新区\n张江", slug="zhangjiang-gxq"
    )
    suqian = make_park("宿迁高新技术产业开发区", "宿迁高新区", "江苏", slug="suqian-gxq")
    baotou = make_park("包头稀土高新技术产业开发区", "包头稀土高新区", "内蒙古", "稀土高新区", slug="baotou-gxq")
    beijing = make_park(
        "北京经济技术开发区", "北京经开区", "北京", "北京亦庄", slug="beijing-jkq", kind="national_etdz"
    )
    yu = make_reporter("于大勇", slug="yudayong")
    liu = make_reporter("刘琴", slug="liuqin")
    w = {
        "zhangjiang": make_article(
            "上海张江高新区：引领区域经济高质量发展主力军",
            "近年来，上海张江高新区以强化原始创新能力为目标，以张江科学城为核心承载区。\n\n"
            "张江药物实验室、脑科学与类脑研究中心、量子科学研究中心等高水平实验室稳步推进。",
            parks=[zhangjiang],
            published_on=datetime.date(2021, 5, 1),
        ),
        "suqian": make_article(
            "宿迁高新区：“四个坚持”践行发展新样板",
            "园区在“拿地即开工”的基础上进行升级，延伸至土地摘牌阶段。\n\n"
            "推动张江式的创新？不，宿迁高新区围绕特色产业高质量发展。",
            parks=[suqian],
            published_on=datetime.date(2021, 6, 1),
        ),
        "baotou": make_article(
            "一流服务助推包头双良单晶硅项目加快建设",
            "近年来，包头市“拿地即开工”改革以稀土高新区为试点，完成了项目审批流程两年内“三次大提速”。\n\n"
            "包头市持续推动减税降费。",
            parks=[baotou],
            reporters=[liu],
            published_on=datetime.date(2022, 5, 24),
        ),
        "urumqi": make_article(
            "乌鲁木齐与京、沪、渝、深签署跨区域协同创新合作协议",
            "乌鲁木齐科技局分别与在北京、上海、重庆、深圳的跨区域协同创新中心签约并授牌。\n\n"
            "科技企业轻资产融资的知识价值信用贷款改革政策。",
            reporters=[yu],
            published_on=datetime.date(2020, 10, 20),
        ),
        "beijing": make_article(
            "北京经开区“两区”建设项目集中签约",
            "129个重点项目通过现场签约、5G云签约的方式签署了“入区协议”。\n\n"
            "SMC(中国)有限公司总经理马清海在签署SMC中国总部项目“入区协议”后表示。\n\n"
            "2020年，佛山高新区预计实现工业总产值4191.83亿元。",
            parks=[beijing],
            reporters=[liu],
            published_on=datetime.date(2021, 2, 4),
        ),
        "draft": make_article(
            "草稿：张江瞪羚企业名单",
            "张江 瞪羚企业 拿地即开工",
            parks=[zhangjiang],
            status=Article.Status.REVIEW,
        ),
    }
    index_now()
    return w


def test_words_are_anded(world):
    assert ids(query.search("拿地即开工 包头")) == [world["baotou"].pk]


def test_it_finds_a_phrase_in_both_articles_that_contain_it(world):
    assert set(ids(query.search("拿地即开工"))) == {world["baotou"].pk, world["suqian"].pk}


def test_the_article_about_a_park_comes_first(world):
    results = query.search("张江")
    assert ids(results)[0] == world["zhangjiang"].pk
    assert world["suqian"].pk in ids(results)


def test_it_never_shows_unpublished_articles(world):
    assert world["draft"].pk not in ids(query.search("张江"))
    assert ids(query.search("瞪羚企业")) == []


def test_traditional_characters_find_simplified_text(world):
    assert ids(query.search("張江"))[0] == world["zhangjiang"].pk


@pytest.mark.parametrize(
    "q,key",
    [
        ("京", "urumqi"),
        ("4191.83", "beijing"),
        ("SMC", "beijing"),
        ("smc", "beijing"),
        ("5G", "beijing"),
        ("新中心", "urumqi"),
    ],
)
def test_substrings_the_segmenter_never_emits_still_match(world, q, key):
    assert world[key].pk in ids(query.search(q))


def test_a_single_character_matches_wherever_it_stands(db):
    wherever = [
        make_article("首都新闻", "会议在京"),  # the text's last character
        make_article("京", "正文"),  # the whole headline
        make_article("协同发展", "与沪、京。深签约"),  # between punctuation
        make_article("京2024年", "正文"),  # before a number
        make_article("SMC京东", "正文"),  # after Latin letters, starting a bigram
        make_article("在北京", "正文"),  # inside a word
        make_article("协同", "京\n津冀"),  # before a line break
    ]
    make_article("上海新闻", "沪深两地")
    index_now()
    assert sorted(ids(query.search("京"))) == sorted(a.pk for a in wherever)


def test_a_single_character_does_not_match_across_punctuation(world):
    assert world["urumqi"].pk not in ids(query.search("京沪"))


def test_or_finds_either(world):
    assert set(ids(query.search("包头 OR 乌鲁木齐"))) == {world["baotou"].pk, world["urumqi"].pk}


def test_minus_excludes(world):
    assert ids(query.search("拿地即开工 -包头")) == [world["suqian"].pk]


def test_quoted_phrases_in_chinese_quotes(world):
    assert ids(query.search("“知识价值信用贷款”")) == [world["urumqi"].pk]
    assert ids(query.search('"信用 知识"')) == []


def test_a_reporter_name_finds_their_articles(world):
    assert ids(query.search("于大勇")) == [world["urumqi"].pk]


def test_a_park_alias_finds_the_parks_articles(world):
    assert world["beijing"].pk in ids(query.search("北京亦庄"))


def test_filters(world):
    assert set(ids(query.search("", Filters(reporters=["liuqin"])))) == {world["baotou"].pk, world["beijing"].pk}
    assert ids(query.search("拿地即开工", Filters(parks=["suqian-gxq"]))) == [world["suqian"].pk]
    assert ids(query.search("", Filters(provinces=["北京"]))) == [world["beijing"].pk]
    assert ids(query.search("", Filters(years=[2022]))) == [world["baotou"].pk]
    window = Filters(date_from=datetime.date(2021, 1, 1), date_to=datetime.date(2021, 5, 1))
    assert set(ids(query.search("", window))) == {world["zhangjiang"].pk, world["beijing"].pk}


def test_sort_by_date(world):
    newest = ids(query.search("", Filters(provinces=["上海", "江苏"][:1]), sort="newest"))
    assert newest == [world["zhangjiang"].pk]
    everything = Filters(date_from=datetime.date(2000, 1, 1))
    assert ids(query.search("", everything, sort="oldest"))[0] == world["urumqi"].pk
    assert ids(query.search("", everything, sort="newest"))[0] == world["baotou"].pk


def test_pagination(world):
    everything = Filters(date_from=datetime.date(2000, 1, 1))
    first = query.search("", everything, sort="newest", per_page=2)
    second = query.search("", everything, sort="newest", page=2, per_page=2)
    assert first.count == 5 and first.num_pages == 3
    assert not set(ids(first)) & set(ids(second))


def test_facets_count_the_matches(world):
    facets = query.search("拿地即开工").facets
    assert {f["value"]: f["count"] for f in facets["park"]} == {"suqian-gxq": 1, "baotou-gxq": 1}
    assert {f["value"] for f in facets["province"]} == {"江苏", "内蒙古"}
    assert facets["reporter"] == [{"value": "liuqin", "label": "刘琴", "count": 1}]
    assert {f["value"] for f in facets["year"]} == {"2021", "2022"}


def test_the_park_facet_shows_the_short_name_or_else_the_name(world):
    Park.objects.filter(slug="suqian-gxq").update(short_name="")
    labels = {f["value"]: f["label"] for f in query.search("拿地即开工").facets["park"]}
    assert labels == {"suqian-gxq": "宿迁高新技术产业开发区", "baotou-gxq": "包头稀土高新区"}


def test_snippets_mark_every_matched_word(world):
    article = query.search("拿地即开工 改革").articles[0]
    assert "<mark>拿地即开工</mark>" in article.snippet
    assert "<mark>改革</mark>" in article.snippet


def test_snippets_mark_traditional_queries_in_the_original_text(world):
    article = query.search("張江").articles[0]
    assert "<mark>张江</mark>" in article.snippet


def test_more_like_this_returns_other_published_articles(world):
    related = query.more_like_this(world["baotou"], limit=5)
    assert world["baotou"] not in related
    assert all(a.is_published for a in related)


def test_it_parses_operators_and_quotes():
    parsed = parse('张江 OR 中关村 "拿地 即开工" -包头 “营商环境')
    assert parsed.groups == [
        [Term("张江"), Term("中关村")],
        [Term("拿地 即开工", phrase=True)],
        [Term("营商环境", phrase=True)],
    ]
    assert parsed.excluded == [Term("包头")]


@pytest.mark.parametrize("q", ["", "   ", "OR", "-", '"', "“", "title:(", "[1 TO", "\x00\x01", "😀😀", "AND OR -"])
def test_it_parses_hostile_input_into_something_harmless(q):
    parsed = parse(q)
    assert all(t.text for g in parsed.groups for t in g)


def test_it_cuts_a_quoted_phrase_at_punctuation_but_not_inside_numbers():
    from search.query import parse

    parsed = parse('"近日,家住益阳" "4191.83亿元" "以简政求实效 打造"')
    assert [t.text for g in parsed.groups for t in g] == ["近日", "家住益阳", "4191.83亿元", "以简政求实效 打造"]
    assert all(t.phrase for g in parsed.groups for t in g)


def test_it_cuts_a_quoted_phrase_at_brackets_too():
    from search.query import parse

    parsed = parse('"协同创新中心(异地孵化器)"')
    assert [t.text for g in parsed.groups for t in g] == ["协同创新中心", "异地孵化器"]


def test_it_keeps_a_thousands_separator_inside_a_quoted_phrase():
    parsed = parse('"4,000亿元" "4，000亿元" "2019,2020年"')
    assert [t.text for g in parsed.groups for t in g] == ["4,000亿元", "4，000亿元", "2019", "2020年"]

import pytest

from archive.pipeline.parks import Gazetteer, GazetteerEntry

from .conftest import article


def names(mentions):
    return [(m.name, m.count, m.verified) for m in mentions]


def primary(a):
    (p,) = [m for m in a.parks if m.primary]
    return p


def test_it_matches_an_alias_with_full_or_half_width_parens(gazetteer):
    full = gazetteer.find_mentions("乌鲁木齐高新区（新市区）签约")
    half = gazetteer.find_mentions("乌鲁木齐高新区(新市区)签约")
    assert [m.key for m in full] == [m.key for m in half] == [("乌鲁木齐高新技术产业开发区", "national_hitech")]


def test_it_matches_a_city_name_with_shi(gazetteer):
    (m,) = gazetteer.find_mentions("包头市稀土高新区紧扣包头市要求")
    assert m.key == ("包头稀土高新技术产业开发区", "national_hitech")


def test_it_counts_every_name_of_one_park_together(gazetteer):
    (m,) = gazetteer.find_mentions("北京经开区、北京经济技术开发区和北京亦庄")
    assert m.key == ("北京经济技术开发区", "national_etdz") and m.count == 3


def test_the_longest_name_wins(gazetteer):
    (m,) = gazetteer.find_mentions("武汉东湖高新区")
    assert m.count == 1


def test_a_prefixless_alias_needs_its_city_in_the_text(gazetteer):
    assert gazetteer.find_mentions("滨海高新区召开会议") == []
    assert gazetteer.find_mentions("东湖高新区召开会议") == []
    (m,) = gazetteer.find_mentions("武汉市的东湖高新区召开会议")
    assert m.key[0] == "武汉东湖新技术开发区"


def test_an_unknown_high_tech_zone_is_kept_unverified(gazetteer):
    (m,) = gazetteer.find_mentions("在醴陵高新区开班")  # a provincial zone: not in the national gazetteer
    assert (m.key, m.name, m.verified) == (None, "醴陵高新区", False)


def test_generic_phrases_are_not_parks(gazetteer):
    text = "国家高新区、全国高新区、各地国家高新区、长三角国家高新区、该高新区和高新区都不是园区名"
    assert gazetteer.find_mentions(text) == []


def test_a_preposition_does_not_leak_into_a_park_name():
    g = Gazetteer([GazetteerEntry(key=1, name="甲高新区", short_name="甲高新区", aliases=[])])
    assert names(g.find_mentions("培训班在醴陵高新区开班")) == [("醴陵高新区", 1, False)]


def test_each_article_has_one_primary_park(parsed):
    for page in parsed.values():
        for a in page.articles:
            assert sum(m.primary for m in a.parks) == (1 if a.parks else 0)


def test_the_most_mentioned_park_is_primary(parsed):
    assert primary(article(parsed["001"], "北京经开区")).key == ("北京经济技术开发区", "national_etdz")
    assert primary(article(parsed["003"], "打造“包你满意”")).key[0] == "包头稀土高新技术产业开发区"
    assert primary(article(parsed["002"], "上海张江")).key[0] == "上海张江高新技术产业开发区"
    assert primary(article(parsed["004"], "乌鲁木齐高新区")).key[0] == "乌鲁木齐高新技术产业开发区"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("今年潍坊高新区科技局全力助力企业。", "潍坊高新区"),
        ("2020年佛山高新区预计实现工业总产值。", "佛山高新区"),
        ("代表团齐聚乌鲁木齐高新区。", "乌鲁木齐高新区"),
        ("推动包头市稀土高新区加快建设。", "包头市稀土高新区"),
        ("推进安康高新区高质量发展。", "安康高新区"),
        ("近日，醴陵高新区召开大会。", "醴陵高新区"),
    ],
)
def test_it_keeps_sentence_words_out_of_an_unverified_park_name(sentence, name):
    mentions = Gazetteer([]).find_mentions(sentence)
    assert [m.name for m in mentions] == [name]
    assert mentions[0].verified is False


def test_an_etdz_is_found_as_its_place_and_kaifaqu(gazetteer):
    found = gazetteer.find_mentions("广州开发区、南京江宁开发区和昆山开发区")
    assert [m.key for m in found] == [
        ("广州经济技术开发区", "national_etdz"),
        ("江宁经济技术开发区", "national_etdz"),
        ("昆山经济技术开发区", "national_etdz"),
    ]


def test_a_zone_is_found_in_the_forms_other_papers_write(gazetteer):
    found = gazetteer.find_mentions("大连高新园区、成都高新技术开发区和西安国家级高新区")
    assert [m.key[0] for m in found] == ["大连高新技术产业园区", "成都高新技术产业开发区", "西安高新技术产业开发区"]

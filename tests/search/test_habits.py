"""Searches as readers type them: names after the city, pinyin, variant and OCR forms,
full-width letters and digits, figures with units (issue #18)."""

import datetime

import pytest

from archive.models import Park
from archive.models.parks import derive_names
from search import query

from .conftest import index_now, make_article, make_park, make_reporter


def ids(q, **kwargs):
    return [a.pk for a in query.search(q, **kwargs).articles]


@pytest.fixture
def world(db):
    baotou = make_park("包头稀土高新技术产业开发区", "包头稀土高新区", "内蒙古自治区", city="包头市", slug="baotou-gxq")
    zhangjiang = make_park(
        "上海张江高新技术产业开发区", "上海张江高新区", "上海市", city="上海市", slug="zhangjiang-gxq"
    )
    make_park("上海紫竹高新技术产业开发区", "上海紫竹高新区", "上海市", city="上海市", slug="zizhu-gxq")
    liu = make_reporter("刘琴", slug="liuqin")
    w = {
        "tagged": make_article(
            "稀土新材料产业集群加速成长",
            "园区稀土功能材料企业去年产值增长两成。",
            parks=[baotou],
            published_on=datetime.date(2020, 1, 1),
        ),
        "text": make_article(
            "包头高新区召开企业座谈会",
            "包头高新区负责人介绍了营商环境的新举措。",
            published_on=datetime.date(2022, 1, 1),
        ),
        "zhangjiang": make_article(
            "张江科学城建设提速", "张江药物实验室稳步推进，全年投资近4000亿元。", parks=[zhangjiang]
        ),
        "figure": make_article("长江经济带投资", "沿江省市计划投资 4000 亿元建设新型基础设施。"),
        "millions": make_article("技改投资", "全市技改投资4000万元，同比增长。"),
        "liu": make_article("园区人才政策解读", "人才公寓今年交付。", reporters=[liu]),
        "mentions_liu": make_article("读者来信", "感谢刘琴记者的报道。"),
        "ocr": make_article("髙新区企业走访", "一位企业负责人谈到ＳＭＣ公司的订单。"),
    }
    index_now()
    return {k: v.pk for k, v in w.items()}


def test_a_name_derived_from_the_city_is_unique_to_one_park(world):
    derived = derive_names(list(Park.objects.all()))
    baotou = Park.objects.get(slug="baotou-gxq")
    assert {"包头高新区", "包头市高新区", "包头国家高新区"} <= set(derived[baotou.pk])
    # Two hitech zones in Shanghai: 上海高新区 names neither.
    assert not any("上海高新区" in names for names in derived.values())


def test_a_derived_park_name_finds_its_tagged_articles_first_then_text_matches(world):
    found = ids("包头高新区")
    assert found[0] == world["tagged"]
    assert world["text"] in found


def test_a_reporters_name_finds_the_bylined_articles_first(world):
    found = ids("刘琴")
    assert found == [world["liu"], world["mentions_liu"]]


@pytest.mark.parametrize("typed", ["zhangjiang", "zhang jiang", "Zhāng Jiāng", "zhang1 jiang1"])
def test_pinyin_of_a_park_finds_what_its_characters_find(world, typed):
    assert sorted(ids(typed)) == sorted(ids("张江"))
    assert world["zhangjiang"] in ids(typed)


def test_pinyin_of_a_reporter_finds_the_bylined_articles(world):
    assert ids("liuqin")[0] == world["liu"]


def test_pinyin_of_a_city_finds_the_city(world):
    assert world["text"] in ids("baotou")


def test_an_ocr_variant_in_the_query_finds_the_standard_form(world):
    assert world["text"] in ids("包头髙新区")


def test_a_variant_in_the_text_is_found_by_the_standard_form(world):
    assert world["ocr"] in ids("高新区企业走访")


def test_full_width_letters_find_half_width_and_back(world):
    assert ids("SMC") == ids("ＳＭＣ") == [world["ocr"]]


@pytest.mark.parametrize("typed", ["4000亿元", "4000 亿元", "近4000亿元", '"近4000亿元"', '"4000亿元"'])
def test_a_figure_finds_it_written_with_or_without_a_space_or_hedge(world, typed):
    found = ids(typed)
    assert world["zhangjiang"] in found and world["figure"] in found
    assert world["millions"] not in found


def test_a_number_alone_finds_it_with_any_unit(world):
    assert {world["zhangjiang"], world["figure"], world["millions"]} <= set(ids("4000"))


@pytest.fixture
def grouped(db):
    w = {
        "grouped": make_article("高新区投资", "全年完成投资4,000亿元。"),
        "fullwidth": make_article("经开区投资", "全年完成投资4，000亿元。"),
        "plain": make_article("园区投资", "全年完成投资4000亿元。"),
        "larger": make_article("省级投资", "全年完成投资40,000亿元。"),
    }
    index_now()
    return {k: v.pk for k, v in w.items()}


@pytest.mark.parametrize("typed", ["4000亿元", "4,000亿元", "4，000亿元", '"4,000亿元"', "4000"])
def test_a_number_with_or_without_thousands_separators_finds_every_way_of_writing_it(grouped, typed):
    assert sorted(ids(typed)) == sorted([grouped["grouped"], grouped["fullwidth"], grouped["plain"]])


def test_a_number_is_marked_where_the_text_writes_it_with_separators(grouped):
    snippets = {a.pk: a.snippet for a in query.search("4000亿元").articles}
    assert "<mark>4,000亿元</mark>" in snippets[grouped["grouped"]]
    assert "<mark>4，000亿元</mark>" in snippets[grouped["fullwidth"]]

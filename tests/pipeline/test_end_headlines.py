import pytest

from archive.pipeline.endheads import split_bodies
from archive.pipeline.parse import parse_page
from archive.pipeline.reflow import Item

from .conftest import article


def test_it_matches_headlines_collected_at_the_end_to_their_bodies(parsed):
    page = parsed["004"]
    assert [a.headline for a in page.articles] == [
        "乌鲁木齐高新区（新市区）在全球豫商“一带一路”合作交流大会上签约191亿元",
        "“想不到乌鲁木齐还有这么牛的高科技企业”",
        "衡阳高新区入选湖南省首批产业园区体制机制创新试点",
        "2019打造特色载体推动双创升级工作培训班在佛山高新区开班",
        "郑州高新区研究部署优化营商环境工作",
        "安康高新区大力推进基层党建工作",
    ]


def test_it_reads_the_line_under_an_end_headline_as_its_subtitle(parsed):
    a = article(parsed["004"], "乌鲁木齐高新区（新市区）")
    assert a.subtitle == "新疆智慧科技产业新磁极呼之欲出"
    assert a.byline == "王蓓"


def test_it_separates_two_bodies_at_a_change_of_column_width(parsed):
    a = article(parsed["004"], "“想不到")
    assert a.blocks[0].text.startswith("金秋时节，瓜果飘香。")
    assert article(parsed["004"], "乌鲁木齐高新区（新市区）").blocks[-1].text.endswith("中实现互利共赢。")


def test_it_gives_a_stray_byline_in_the_headline_list_to_the_nearest_uncredited_article(parsed):
    a = article(parsed["004"], "郑州高新区")
    assert [c.name for c in a.credits] == ["姬婷婷", "李永涛"]
    assert not parsed["004"].unplaced


def test_it_ends_a_body_at_an_end_signature(parsed):
    a = article(parsed["004"], "2019打造")
    assert a.byline == "本报讯 孙茜 翁泽荣 王超"
    assert a.blocks[-1].text.endswith("一流园区。")


def test_it_prints_a_stray_byline_after_the_benbaoxun_of_its_article(parsed):
    assert article(parsed["004"], "郑州高新区").byline == "本报讯 姬婷婷 李永涛"


def test_it_joins_a_sentence_a_narrower_column_broke_at_the_top_of_its_story(parsed):
    # The first lines of the narrower story (``以及来`` / ``自全球``) are measured against
    # its own column, not the wider one above it: the sentence goes on.
    a = article(parsed["004"], "“想不到")
    assert "河南省商务厅以及来自全球的豫商代表共同组成" in a.blocks[0].text


def test_a_change_of_column_cuts_no_more_bodies_than_the_headlines_want():
    # Three stories of four paragraphs, each set in another column; one byline, so the
    # only cuts are the two changes of width, and two headlines want just one of them:
    # the clearer (30 -> 18 cells, against 18 -> 22).
    items = [Item("byline", "▶ 王蓓", [0])]
    for n, column in enumerate([30] * 4 + [18] * 4 + [22] * 4):
        items.append(Item("para", f"第{n}段。", [n + 1], columns=[column] * 5))
    bodies = split_bodies(items, narrow=True, headlines=2)
    assert [len(b) for b in bodies] == [5, 8]


def test_one_paragraph_set_narrower_starts_no_body():
    items = [Item("byline", "▶ 王蓓", [0])]
    for n, column in enumerate([30] * 4 + [22] + [30] * 4):
        items.append(Item("para", f"第{n}段。", [n + 1], columns=[column] * 5))
    assert len(split_bodies(items, narrow=True, headlines=3)) == 1


WIDE_END_HEADS = """▶ 本报记者 王明
近日，南京高新区举办科技成果转化对接会，现场签约项目26个，签约金额达18.5亿元。
会上，来自高校院所的30余项科技成果进行了路演。
▶ 本报记者 李华
11月20日，成都高新区发布支持人工智能产业发展的若干政策，最高给予企业1000万元资金支持。
据了解，成都高新区已聚集人工智能企业500余家。
{first}
{second}
"""
NANJING = "南京高新区科技成果转化对接会签约26个项目"
CHENGDU = "成都高新区出台政策支持人工智能产业发展"


@pytest.mark.parametrize("first, second", [(NANJING, CHENGDU), (CHENGDU, NANJING)])
def test_headlines_set_tight_at_the_end_of_a_wide_page_are_matched_one_each(gazetteer, first, second):
    page = parse_page(WIDE_END_HEADS.format(first=first, second=second), gazetteer=gazetteer)
    assert [(a.headline, a.byline) for a in page.articles] == [(NANJING, "本报记者 王明"), (CHENGDU, "本报记者 李华")]


def test_a_headline_broken_over_two_lines_above_its_story_stays_one(gazetteer):
    text = "南京高新区科技成果转化对接会\n签约26个项目\n▶ 本报记者 王明\n近日，南京高新区举办科技成果转化对接会。\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.headline == "南京高新区科技成果转化对接会 签约26个项目"


def test_a_narrow_page_under_its_headline_ending_with_a_subhead_and_a_cut_line_has_no_end_headlines(gazetteer):
    lines = [
        "滨江高新区：打造宜居宜业的新城区",
        "这里是城市里空气最好、环境最美",
        "的新城区之一，被评为国家环保示",
        "范区。区内的道路宽阔，绿地成片。",
        "这里就是滨江高新区。通过坚持产",
        "业与城市相融合、创业与生活相适",
        "宜的发展方向，该区不断提升城区",
        "环境品位。",
        "与智慧企业相伴——创新之城，宜居之地",
        "场景一：上高架走四桥，从主城",
    ]
    page = parse_page("\n\n".join(lines) + "\n", gazetteer=gazetteer)
    (story,) = page.articles
    assert story.headline == "滨江高新区：打造宜居宜业的新城区"
    assert story.blocks[-1].text == "场景一：上高架走四桥，从主城"
    assert page.unplaced == []

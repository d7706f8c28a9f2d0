import re

import pytest

from archive.pipeline import bylines as B
from archive.pipeline.parse import parse_page

from .conftest import article, page_text


def roles(a):
    return [(c.name, c.role) for c in a.credits]


def test_it_reads_a_staff_byline(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert a.byline == "本报记者 于大勇"
    assert roles(a) == [("于大勇", "staff")]


def test_it_reads_a_special_correspondent(parsed):
    assert roles(article(parsed["001"], "佛山高新区")) == [("梁铁", "special")]


def test_it_reads_two_plain_contributors(parsed):
    assert roles(article(parsed["000"], "济宁高新区")) == [("孔令帅", "contributor"), ("唐诗萌", "contributor")]


def test_it_reads_a_contributor_before_a_staff_reporter(parsed):
    a = article(parsed["000"], "益阳高新区")
    assert a.byline == "龙吉妮 本报记者 戈清平"
    assert roles(a) == [("龙吉妮", "contributor"), ("戈清平", "staff")]


def test_it_reads_a_reporter_and_a_correspondent_after_a_circle_marker(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    assert roles(a)[:2] == [("张景阳", "staff"), ("贾婷婷", "correspondent")]
    assert a.byline.startswith("本报记者 张景阳 通讯员 贾婷婷")


def test_it_reads_a_contributor_before_a_staff_reporter_after_a_circle_marker(parsed):
    assert roles(article(parsed["003"], "浙江诸暨")) == [("洪恒飞", "contributor"), ("江耘", "staff")]


def test_it_splits_benbaoxun_with_a_reporter_off_the_body(parsed):
    a = article(parsed["001"], "北京经开区")
    assert a.byline == "本报讯(记者 刘琴)"
    assert roles(a) == [("刘琴", "staff")]
    assert a.blocks[0].text.startswith("2月3日,")


def test_it_keeps_a_bare_benbaoxun_as_the_byline(parsed):
    a = article(parsed["000"], "武汉东湖高新区")
    assert a.byline == "本报讯"
    assert a.blocks[0].text.startswith("近日,由武汉东湖")


def test_it_moves_an_end_signature_on_the_last_line_into_the_byline(parsed):
    a = article(parsed["000"], "潍坊高新区")
    assert a.byline == "本报讯 欣然"
    assert a.blocks[-1].text.endswith("获得生产许可批复。")
    assert ("欣然", "contributor") in roles(a)


def test_it_moves_an_end_signature_line_into_the_byline(parsed):
    a = article(parsed["004"], "衡阳高新区")
    assert a.byline == "本报讯 石珊 谢小青 陈炜 谭超"
    assert [c.name for c in a.credits] == ["石珊", "谢小青", "陈炜", "谭超"]


def test_it_makes_the_writer_of_an_author_note_the_author(parsed):
    a = article(parsed["003"], "把握重大机遇")
    assert a.byline == "王桂林 （作者系广州市政协副主席、广州市科技局局长）"
    assert roles(a) == [("王桂林", "author")]
    assert not any("作者系" in b.text for b in a.blocks)


def test_it_credits_a_photographer(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    assert ("李学飞", "photo") in roles(a)
    assert "李学飞摄" in a.byline


def test_no_name_stays_in_the_body(parsed):
    for page in parsed.values():
        for a in page.articles:
            for c in a.credits:
                assert not any(b.text.strip() == c.name for b in a.blocks)


def structure(page):
    return [
        (a.headline, a.kicker, a.subtitle, a.column, a.byline, roles(a), a.paragraphs, a.captions)
        for a in page.articles
    ]


def test_it_reads_circle_marker_bylines_without_their_markers(parsed, gazetteer):
    bare = parse_page(page_text("003").replace("◎", ""), gazetteer=gazetteer)
    assert structure(bare) == structure(parsed["003"])


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_it_reads_arrow_marker_bylines_without_their_markers(parsed, gazetteer, prefix):
    bare = parse_page(re.sub("▶ ?", "", page_text(prefix)), gazetteer=gazetteer)
    assert structure(bare) == structure(parsed[prefix])


@pytest.mark.parametrize(
    "line",
    ["洪恒飞 本报记者 江耘", "本报记者 张景阳 通讯员 贾婷婷", "实习生 王小明 本报记者 李洋", "文/图 本报记者 叶伟"],
)
def test_it_takes_a_line_of_role_words_and_names_for_a_byline(line):
    assert B.is_byline(line)


@pytest.mark.parametrize("line", ["致敬中国记者", "中国 记者", "记者节 特别报道", "高新区 本报记者"])
def test_it_does_not_take_a_headline_with_a_role_word_for_a_byline(line):
    assert not B.is_byline(line)


def test_it_reads_intern_and_text_and_photo_roles():
    credits = B.parse_credits("文/图 张三 实习生 李四")
    assert [(c.name, c.role) for c in credits] == [("张三", "author"), ("李四", "contributor")]


def test_it_reads_a_lone_name_under_a_headline_as_the_byline():
    page = parse_page("高新区跑出发展加速度\n\n王桂林\n\n近年来，高新区坚持创新驱动发展。\n")
    (a,) = page.articles
    assert (a.headline, a.byline, roles(a)) == ("高新区跑出发展加速度", "王桂林", [("王桂林", "contributor")])


@pytest.mark.parametrize("name", ["王桂林", "许　可"])
def test_a_lone_name_set_tight_under_a_headline_is_the_byline_not_its_second_line(name):
    page = parse_page(f"高新区跑出发展加速度\n{name}\n\n　　近年来，高新区坚持创新驱动发展。\n")
    (a,) = page.articles
    assert a.headline == "高新区跑出发展加速度"
    assert [c.name for c in a.credits] == [name.replace("　", "")]


def test_a_headlines_second_line_that_is_no_name_stays_in_the_headline():
    page = parse_page("高新区跑出发展加速度\n再创新高\n\n　　近年来，高新区坚持创新驱动发展。\n")
    (a,) = page.articles
    assert a.headline == "高新区跑出发展加速度 再创新高"


def test_it_keeps_a_short_column_name_under_a_headline_as_the_column():
    page = parse_page("高新区跑出发展加速度\n\n时评\n\n近年来，高新区坚持创新驱动发展。\n")
    (a,) = page.articles
    assert (a.headline, a.column, a.byline) == ("高新区跑出发展加速度", "时评", "")


END_HEAD = "潍坊高新区创新服务手段 助力科研攻关"
END_LEAD = "今年以来，潍坊高新区科技局全力以专业化科技服务助力企业科研攻关，成效明显。"
END_LAST = "据介绍，下一步潍坊高新区将继续优化科技服务，推动更多科技成果在园区转化落地。"


@pytest.mark.parametrize(
    ("end", "byline", "names"),
    [
        ("（记者 刘琴 叶伟）", "（记者 刘琴 叶伟）", ["刘琴", "叶伟"]),
        ("(王明)", "(王明)", ["王明"]),
        ("（刘琴）（完）", "（刘琴）", ["刘琴"]),
    ],
)
def test_credits_in_brackets_closing_the_text_are_the_byline(gazetteer, end, byline, names):
    text = f"{END_HEAD}\n{END_LEAD}\n{END_LAST}{end}\n"
    page = parse_page(text, gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.byline, [c.name for c in a.credits]) == (byline, names)
    assert [b.text for b in a.blocks] == [END_LEAD, END_LAST]


def test_a_bracket_that_is_no_persons_name_stays_in_the_text(gazetteer):
    text = f"{END_HEAD}\n{END_LEAD}\n{END_LAST}（摘自人民日报）\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.byline == "" and a.blocks[-1].text.endswith("（摘自人民日报）")


@pytest.mark.parametrize("mark", ["（完）", "(完)", "完"])
def test_an_end_mark_is_furniture_and_the_next_headline_starts_an_article(gazetteer, mark):
    second = "景德镇高新区强化党建创新引领"
    text = f"{END_HEAD}\n{END_LEAD}\n{END_LAST}{mark}\n{second}\n{END_LEAD}\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [(a.headline, [b.text for b in a.blocks]) for a in page.articles] == [
        (END_HEAD, [END_LEAD, END_LAST]),
        (second, [END_LEAD]),
    ]
    assert [(e["kind"], e["text"]) for e in page.furniture] == [("end_mark", mark)]


def test_an_end_mark_on_a_line_of_its_own_is_furniture(gazetteer):
    text = f"{END_HEAD}\n{END_LEAD}\n{END_LAST}\n（完）\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [b.text for b in page.articles[0].blocks] == [END_LEAD, END_LAST]
    assert [(e["kind"], e["line"]) for e in page.furniture] == [("end_mark", 3)]


def test_a_persons_name_in_brackets_opening_the_text_is_the_byline(gazetteer):
    text = f"{END_HEAD}\n（刘琴）{END_LEAD}\n{END_LAST}\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.byline, [c.name for c in a.credits]) == ("（刘琴）", ["刘琴"])
    assert [b.text for b in a.blocks] == [END_LEAD, END_LAST]


def test_a_place_in_brackets_in_mid_sentence_opens_nothing(gazetteer):
    text = f"{END_HEAD}\n本报讯 近日，由中交中保\n(武汉)城市发展投资有限公司在潍坊高新区完成工商注册登记。\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.blocks[0].text == "近日，由中交中保(武汉)城市发展投资有限公司在潍坊高新区完成工商注册登记。"

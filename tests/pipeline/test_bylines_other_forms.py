"""Bylines, datelines and credits in other papers' and agencies' forms, and what is no byline."""

import pytest

from archive.pipeline import bylines as B
from archive.pipeline.end_credits import split_end_signature
from archive.pipeline.leads import split_lead
from archive.pipeline.parse import parse_page


@pytest.mark.parametrize(
    "line, names",
    [
        ("经济日报记者 蒋波", ["蒋波"]),
        ("新华社记者 刘琴 叶伟", ["刘琴", "叶伟"]),
        ("人民日报记者 王明 通讯员 李华", ["王明", "李华"]),
        ("经济日报·中国经济网记者 李华", ["李华"]),
        ("中山日报全媒体记者 林小军 通讯员 何晓明", ["林小军", "何晓明"]),
    ],
)
def test_it_reads_a_role_under_another_papers_or_an_agencys_name(line, names):
    assert B.is_byline(line)
    assert [c.name for c in B.parse_credits(line)] == names


def test_the_name_before_benbao_is_a_person_not_part_of_a_papers_name():
    line = "通讯员王桂林本报记者张三"
    assert [(c.name, c.role) for c in B.parse_credits(line)] == [("王桂林", "correspondent"), ("张三", "staff")]


@pytest.mark.parametrize("line", ["据经济日报报道", "新华社记者走进园区", "致敬中国记者"])
def test_a_paper_named_in_a_sentence_or_headline_is_no_byline(line):
    assert not B.is_byline(line)


@pytest.mark.parametrize(
    "line, names",
    [
        ("11月25日，参观者在光博会上体验新产品。 本报记者 刘志伟摄", ["刘志伟"]),
        ("园区一景。 李学飞 摄", ["李学飞"]),
    ],
)
def test_it_credits_the_photographer_at_the_end_of_a_caption(line, names):
    assert B.is_caption(line)
    assert [(c.name, c.role) for c in B.caption_credits(line)] == [(n, "photo") for n in names]


def test_a_sentence_ending_in_she_is_no_caption():
    assert not B.is_caption("这是正文句子。 然后继续写了很多内容并且摄")
    assert B.caption_credits("园区正在建设。本报记者刘志伟摄") is None


@pytest.mark.parametrize("line", ["本报记者 李昌鸿 深圳报道", "经济日报记者 王明 合肥报道", "记者 王明 发自北京"])
def test_the_place_a_byline_was_filed_from_names_no_one(line):
    assert B.is_byline(line)
    assert len(B.parse_credits(line)) == 1


@pytest.mark.parametrize(
    "line, credits",
    [
        ("图/文 李四", [("李四", "author")]),
        ("本报特派记者 王明", [("王明", "staff")]),
        ("本报首席记者 王明", [("王明", "staff")]),
        ("本报驻京记者 张伟", [("张伟", "staff")]),
        ("本报驻山东记者站记者 张伟", [("张伟", "staff")]),
        ("通讯员 张三 本报记者 李四 报道", [("张三", "correspondent"), ("李四", "staff")]),
        ("本报记者 阿依古丽·买买提", [("阿依古丽·买买提", "staff")]),
    ],
)
def test_it_reads_ranks_posts_and_names_other_papers_print(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


@pytest.mark.parametrize("line", ["首席记者走进园区", "记者驻地址"])
def test_a_rank_in_a_headline_is_no_byline(line):
    assert not B.is_byline(line)


@pytest.mark.parametrize(
    "text, lead, names",
    [
        ("央广网北京11月28日消息（记者 王明）近日，园区召开大会。", "央广网北京11月28日消息（记者 王明）", ["王明"]),
        (
            "本报讯（记者 王明）（通讯员 李华）近日，园区召开大会。",
            "本报讯（记者 王明）（通讯员 李华）",
            ["王明", "李华"],
        ),
        ("本报讯 记者 王明 报道：近日，园区召开大会。", "本报讯 记者 王明 报道：", ["王明"]),
        ("据新华社电 近日，园区召开大会。", "据新华社电", []),
        ("【本报讯】（记者 王明）近日，园区召开大会。", "【本报讯】（记者 王明）", ["王明"]),
        ("本报资阳讯（记者 汤斌）近日，园区召开大会。", "本报资阳讯（记者 汤斌）", ["汤斌"]),
        ("本报讯 王文 肖兆力 近日，园区召开大会。", "本报讯 王文 肖兆力", ["王文", "肖兆力"]),
        ("本报讯（全媒体记者李梅）近日，园区召开大会。", "本报讯（全媒体记者李梅）", ["李梅"]),
        (
            "本报讯（融媒体记者 王晓 通讯员 李强）近日，园区召开大会。",
            "本报讯（融媒体记者 王晓 通讯员 李强）",
            ["王晓", "李强"],
        ),
        (
            "据新华社北京11月12日电 （记者吴晶晶 周凯莉）近日，园区召开大会。",
            "据新华社北京11月12日电 （记者吴晶晶 周凯莉）",
            ["吴晶晶", "周凯莉"],
        ),
    ],
)
def test_it_splits_other_papers_datelines_off_the_text(text, lead, names):
    from archive.pipeline.leads import split_lead

    got_lead, rest, credits = split_lead(text)
    assert (got_lead, rest, [c.name for c in credits]) == (lead, "近日，园区召开大会。", names)


def test_a_sentence_opening_with_ju_and_a_company_is_no_dateline():
    from archive.pipeline.leads import opens

    assert not opens("据国家电网统计，园区用电量增长。", bare=True)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("特约记者 张三", [("张三", "special")]),
        ("本报特约评论员 张三", [("张三", "author")]),
        ("评论员 王明", [("王明", "author")]),
        ("实习生 王明", [("王明", "contributor")]),
        ("文·图/本报记者 张三", [("张三", "staff")]),
        ("撰文：张三  摄影：李四", [("张三", "author"), ("李四", "photo")]),
    ],
)
def test_it_reads_commentators_special_reporters_and_credits_with_colons(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("图/本报记者 张三", [("张三", "photo")]),
        (
            "文/南方日报记者 李四 通讯员 王五 图/南方日报记者 张三",
            [("李四", "staff"), ("王五", "correspondent"), ("张三", "photo")],
        ),
    ],
)
def test_a_reporter_credited_after_tu_slash_is_the_photographer(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("■本报记者 张三 近日，园区举行签约。", ["张三"]),
        ("■ 本报记者 张三 近日，园区举行签约。", ["张三"]),
        ("■通讯员 王芳 近日，园区举行签约。", ["王芳"]),
        ("■叶伟 近日，园区举行签约。", ["叶伟"]),
    ],
)
def test_a_bullet_before_a_role_or_a_persons_name_opening_a_paragraph_is_its_credits(text, names):
    lead, rest, credits = split_lead(text)
    assert [c.name for c in credits] == names
    assert rest == "近日，园区举行签约。"


def test_a_bullet_before_words_opening_a_paragraph_is_no_credits():
    assert split_lead("■ 创新驱动 近日，园区举行签约。") is None


@pytest.mark.parametrize("source", ["（据新华社）", "（据新华社电）", "（据《科技日报》）", "（来源：人民日报）"])
def test_a_source_in_brackets_closing_a_story_is_set_apart_and_names_no_one(source):
    assert split_end_signature(f"新政涵盖20条措施。{source}") == ("新政涵盖20条措施。", source)
    assert B.parse_credits(source) == []


def test_a_bracket_of_the_sentence_is_no_source():
    assert split_end_signature("同比增长20%。（据统计）") == ("同比增长20%。（据统计）", "")
    assert split_end_signature("总投资50亿元（据测算）。") == ("总投资50亿元（据测算）。", "")


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("本报讯 特约记者 王明 近日，园区举行签约。", [("王明", "special")]),
        ("本报讯 本报特约记者 王明 通讯员 李华 近日，园区举行签约。", [("王明", "special"), ("李华", "correspondent")]),
        ("本报评论员 王明 近日，园区举行签约。", [("王明", "author")]),
        ("本报讯 特约记者王明报道：近日，园区举行签约。", [("王明", "special")]),
    ],
)
def test_a_paragraph_opening_credits_every_role_a_byline_line_credits(text, credits):
    lead, rest, got = split_lead(text)
    assert [(c.name, c.role) for c in got] == credits
    assert rest == "近日，园区举行签约。"


def test_a_photographers_or_writers_word_opening_a_paragraph_is_no_credit():
    assert split_lead("摄影 王明 近日，园区举行签约。") is None
    assert split_lead("作者 王明 近日，园区举行签约。") is None


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("文/王明（中国科学院科技战略咨询研究院研究员）", [("王明", "author")]),
        ("■ 王明（科技部火炬中心）", [("王明", "contributor")]),
    ],
)
def test_a_writers_post_in_brackets_after_the_byline_names_no_one(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


def test_a_bracket_after_a_byline_that_is_no_post_keeps_it_from_being_a_byline():
    assert not B.is_byline("本报记者 王明（实习）")


@pytest.mark.parametrize(
    "line, names", [("文 / 吴晨", ["吴晨"]), ("王明 / 文", ["王明"]), ("文 / 吴晨 图 / 李华", ["吴晨", "李华"])]
)
def test_a_slash_set_apart_by_spaces_still_credits_the_writer(line, names):
    assert B.is_byline(line)
    assert [c.name for c in B.parse_credits(line)] == names


@pytest.mark.parametrize(
    "line, credits",
    [
        ("记者：王明", [("王明", "staff")]),
        ("作者：王明", [("王明", "author")]),
        ("文：王明 图：李华", [("王明", "author"), ("李华", "photo")]),
        ("撰文/王明 摄影/李华", [("王明", "author"), ("李华", "photo")]),
        ("撰文：张三  摄影：李四", [("张三", "author"), ("李四", "photo")]),
        ("记者/王彪 通讯员/李华", [("王彪", "staff"), ("李华", "correspondent")]),
    ],
)
def test_it_reads_role_words_written_with_a_colon_or_a_slash(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


@pytest.mark.parametrize("line", ["记者：创新是第一动力", "文：创新驱动发展", "图：高新区全景"])
def test_a_deck_after_a_role_word_and_a_colon_is_no_byline(line):
    assert not B.is_byline(line)


@pytest.mark.parametrize(
    "line, credits",
    [
        ("本报记者 孙杰报道", [("孙杰", "staff")]),
        ("文 白丽媛 余小平 宋桔丽", [("白丽媛", "author"), ("余小平", "author"), ("宋桔丽", "author")]),
        ("作者:江洲(原广州开发区管委会二级巡视员)", [("江洲", "author")]),
    ],
)
def test_it_reads_a_name_run_into_baodao_a_writer_after_wen_and_a_space_and_a_former_post(line, credits):
    assert B.is_byline(line)
    assert [(c.name, c.role) for c in B.parse_credits(line)] == credits


def test_a_name_run_into_baodao_in_an_unspaced_lead_is_the_name():
    assert [c.name for c in B.parse_credits("本报记者孙杰报道")] == ["孙杰"]


@pytest.mark.parametrize("line", ["记者 苏思 摄/视觉重庆", "罗斌摄/光明图片"])
def test_a_photo_credit_with_its_picture_desk_after_a_slash_credits_the_photographer(line):
    assert [c.role for c in B.photo_credit(line)] == ["photo"]


@pytest.mark.parametrize(
    "body, name", [("记者张斯炜文/图", "张斯炜"), ("（记者张斯炜图/文）", "张斯炜"), ("记者李文/图", "李文")]
)
def test_words_and_pictures_set_close_after_a_name_are_no_part_of_it(body, name):
    from archive.pipeline.bylines import parse_credits

    assert [c.name for c in parse_credits(body)] == [name]


def test_a_writers_and_checkers_credit_line_closing_a_story_credits_the_writer(gazetteer):
    page = parse_page(
        "合肥高新区量子产业加速成链\n\n　　近日，合肥高新区量子产业园新签约项目12个。\n\n撰稿：王　明　　审核：李　强\n",
        gazetteer=gazetteer,
    )
    (a,) = page.articles
    assert [(c.name, c.role) for c in a.credits] == [("王明", "author")]
    assert [b.text for b in a.blocks] == ["近日，合肥高新区量子产业园新签约项目12个。"]

"""Articles without a byline, and reprints attributed to a source or a writer
(``other_papers.UNSIGNED``): a headline over text about something else than the article
above starts an article whatever its first words (为…, 金秋时节…); ``【来源】X``,
``来源：X 作者：Y``, ``【作者】Y`` are the byline, a source names no reporter. A subhead
over more of the same article stays a subhead (the fixture pages, ``test_golden``, hold
the rest: 003's article resumed under a subhead after the one that cut into it)."""

import pytest

from archive.pipeline.leads import split_lead
from archive.pipeline.parse import accounted_chars, parse_page
from archive.pipeline.types import Credit

from .other_papers import UNSIGNED, in_traditional, page, stories

WIDTHS = [None, 12, 17, 24]
IDS = ["paragraph-a-line", "w12", "w17", "w24"]


def found(parsed_page):
    return [(a.headline, [c.name for c in a.credits]) for a in parsed_page.articles]


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headline_over_a_story_about_something_else_starts_an_article(gazetteer, parsed, width, script):
    items = stories(parsed, UNSIGNED)
    if script == "traditional":
        items = in_traditional(items)
    got = parse_page(page(items, width), gazetteer=gazetteer)
    assert found(got) == [(s.headline, s.names) for s in items]


def test_an_attribution_is_the_byline_and_leaves_the_text_whole(gazetteer, parsed):
    items = stories(parsed, UNSIGNED)
    got = parse_page(page(items), gazetteer=gazetteer)
    assert [a.byline for a in got.articles][6:] == [
        "【来源】科技日报",
        "来源：新华网 作者：孔令帅",
        "【作者】颜玮",
        "【来源：中国高新技术产业导报】",
        "来源：科技日报 作者：王明",
    ]
    # (Page 004's paragraphs come as its columns broke them; a page set one paragraph a
    # line joins them again.)
    assert ["".join(b.text for b in a.blocks) for a in got.articles] == ["".join(s.paragraphs) for s in items]
    assert {c.role for a in got.articles[6:] for c in a.credits} == {"author"}


@pytest.mark.parametrize("width", WIDTHS, ids=IDS)
def test_every_character_of_a_page_without_bylines_is_placed_once(gazetteer, parsed, width):
    text = page(stories(parsed, UNSIGNED), width)
    raw, placed = accounted_chars(text, parse_page(text, gazetteer=gazetteer))
    assert raw == placed, (raw - placed, placed - raw)


def test_a_subhead_over_more_of_the_same_story_stays_a_subhead(gazetteer, parsed):
    # 佛山's own subheads (one over ``据了解，…``), printed under an article about something
    # else: they are the article's, not new articles.
    (foshan,) = [a for a in parsed["001"].articles if a.headline.startswith("佛山高新区")]
    (other,) = [a for a in parsed["000"].articles if a.headline.startswith("打通向西开放")]
    lines = [
        other.headline,
        *[b.text for b in other.blocks if b.kind == "p"][:3],
        foshan.headline,
        "本报特约通讯员 梁铁",
    ]
    lines += [b.text for b in foshan.blocks]
    got = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer)
    assert [a.headline for a in got.articles] == [other.headline, foshan.headline]
    assert [(b.kind, b.text) for b in got.articles[1].blocks] == [(b.kind, b.text) for b in foshan.blocks]


def test_a_source_names_no_reporter_and_a_writer_is_an_author():
    assert split_lead("【来源】新华社") == ("【来源】新华社", "", [])
    assert split_lead("来源：新华网 作者：王明、李华 近日，…") == (
        "来源：新华网 作者：王明、李华",
        "近日，…",
        [Credit("王明", "author"), Credit("李华", "author")],
    )
    assert split_lead("【作者：王明】为做好疫情防控") == (
        "【作者：王明】",
        "为做好疫情防控",
        [Credit("王明", "author")],
    )


def test_a_source_run_into_the_text_is_not_read():
    # Where the source ends is a guess: the paragraph is left as printed.
    assert split_lead("来源：新华网近日，某地召开会议。") is None


def test_a_name_alone_before_the_next_briefs_dateline_signs_the_story_above(gazetteer):
    from archive.pipeline.parse import parse_page

    text = (
        "## 建湖高新区新乡贤回乡“看发展”\n\n本报讯 近日，建湖高新区邀请部分回乡过节的新乡贤人士参加活动。\n\n刘琴\n\n"
        "本报讯 日前，海口国家高新区新药创制产业创新园项目建设加速推进。\n\n王明\n"
    )
    a, b = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, [c.name for c in a.credits]) == ("建湖高新区新乡贤回乡“看发展”", ["刘琴"])
    assert [c.name for c in b.credits] == ["王明"]
    assert b.paragraphs == ["日前，海口国家高新区新药创制产业创新园项目建设加速推进。"]


LAST_SECTION = (
    "## 苏州高铁新城：跑出数字经济发展“加速度”\n\n"
    "在江苏省苏州市相城区青龙港路和采莲路的交界处，有一片高低错落有致，幕墙与水绿层叠交织的高端研发楼宇组团——"
    "长三角国际研发社区启动区。近年来，苏州高铁新城聚焦创新引领，大力推动科研成果落地转化，跑出了数字经济"
    "产业发展“加速度”，也成为了高铁枢纽经济发展的新样板。\n\n"
    "大力打造创新产业集群\n\n"
    "长三角国际研发社区启动区作为相城的高端产业载体之一，目标是打造科技体制改革的“试验田”、"
    "产业技术升级的“推进器”、吸引创新资源的“强磁场”和重大创新成果的“策源地”。\n"
)


def test_a_subhead_over_one_short_last_paragraph_stays_a_subhead(gazetteer):
    got = parse_page(LAST_SECTION, gazetteer=gazetteer)
    assert [a.headline for a in got.articles] == ["苏州高铁新城：跑出数字经济发展“加速度”"]
    assert ("subhead", "大力打造创新产业集群") in [(b.kind, b.text) for b in got.articles[0].blocks]


def test_a_headline_over_one_short_paragraph_closed_by_its_credits_is_a_brief(gazetteer):
    text = LAST_SECTION.replace(
        "大力打造创新产业集群\n\n长三角", "开发区签约项目10个 总投资158.36亿元\n\n今年以来，开发区转变招商思路，长三角"
    ).replace("“策源地”。\n", "“策源地”。（记者 唐翀 通讯员 王晓光）\n")
    got = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in got.articles][1:] == ["开发区签约项目10个 总投资158.36亿元"]
    assert [c.name for c in got.articles[1].credits] == ["唐翀", "王晓光"]

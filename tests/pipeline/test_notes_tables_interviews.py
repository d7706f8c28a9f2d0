"""Editors' notes, tables, interviews, wire features and the headings around them."""

import pytest

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap
from .test_briefs import BULLETED_BRIEFS

NOTE_AND_TABLE = """编者按：国家高新区是创新驱动发展示范区。本版今起推出“高新区巡礼”专栏，敬请关注。

长春新区打造东北亚开放新高地
科技日报讯 （记者刘恒伟 通讯员李华）11月25日，记者从长春新区获悉，今年前三季度，长春新区地区生产总值增长8.2%。

2023年前三季度部分园区主要指标
园区 营业收入（亿元） 增速（%）
长春新区 1056 8.2
哈尔滨新区 863 7.5
"""


def test_an_editors_note_opening_a_paragraph_is_an_article_of_its_own(gazetteer):
    note, story = parse_page(NOTE_AND_TABLE, gazetteer=gazetteer).articles[:2]
    assert (note.headline, [b.text for b in note.blocks]) == (
        "编者按：",
        ["国家高新区是创新驱动发展示范区。本版今起推出“高新区巡礼”专栏，敬请关注。"],
    )
    assert story.headline == "长春新区打造东北亚开放新高地"


def test_a_tables_rows_stay_lines_of_their_own(gazetteer):
    # (printed under the story about 长春新区, the table is read as its section)
    story = parse_page(NOTE_AND_TABLE, gazetteer=gazetteer).articles[-1]
    assert [(b.kind, b.text) for b in story.blocks[-4:]] == [
        ("subhead", "2023年前三季度部分园区主要指标"),
        ("p", "园区　营业收入（亿元）　增速（%）"),
        ("p", "长春新区　1056　8.2"),
        ("p", "哈尔滨新区　863　7.5"),
    ]


def test_one_line_of_a_paragraph_with_spaced_numbers_is_no_table(gazetteer):
    text = "衡阳高新区综合实力\n\n进入湖南省园区前 5 名、全国高新区 50 强，营收 120 亿元 8 个百分点。\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert len(a.blocks) == 1


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "日前，合肥高新区量子科技产业园内，工作人员正在调试设备。",
            "合肥高新区量子科技产业园内，工作人员正在调试设备",
        ),
        ("图为科研人员在实验室工作。", "科研人员在实验室工作"),
        ("近日，南京高新区举办对接会，现场签约项目26个。", "南京高新区举办对接会"),
        ("“十二五”期间，高新区将全力建设宜居宜业“高新城”，并确定了目标。", "高新区将全力建设宜居宜业“高新城”"),
        ("18日下午，一群来自世界各地的记者体验了共享单车。", "一群来自世界各地的记者体验了共享单车"),
        (
            "3月26日，在武汉东湖高新区一家光电子企业，工人在生产线上作业。",
            "在武汉东湖高新区一家光电子企业，工人在生产线上作业",
        ),
        ("在南京召开的推介会上，园区签约10个项目。", "在南京召开的推介会上，园区签约10个项目"),
    ],
)
def test_a_derived_headline_says_what_happens_not_only_where_or_when(text, headline):
    from archive.pipeline.leads import brief_headline

    assert brief_headline(text) == headline


INTERVIEW = """让“硬科技”成为高质量发展硬支撑
——访西安高新区管委会主任王华

■本报记者 李刚

记者：2022年西安高新区交出了怎样的成绩单？
王华：2022年，西安高新区实现地区生产总值3020亿元，同比增长6.2%；规上工业总产值达到4800亿元，增长19.8%。全区市场主体总数突破23万户，其中科技型中小企业7200家。
记者：下一步有哪些打算？
王华：我们将实施“三个倍增”行动，一是推动高新技术企业数量倍增，二是推动规上工业企业数量倍增，三是推动上市企业数量倍增。到2025年，力争高新技术企业达到1.2万家。
"""


@pytest.mark.parametrize("width", [12, 14, 18])
def test_each_turn_of_an_interview_in_a_narrow_column_is_a_paragraph(gazetteer, width):
    lines = []
    for line in (INTERVIEW + "\n" + BULLETED_BRIEFS).split("\n"):
        lines += wrap(line, width) if "：" in line or line.startswith("■ ") else [line]
    a = parse_page("\n\n".join(x for x in lines if x) + "\n", gazetteer=gazetteer).articles[0]
    assert [p.split("：")[0] for p in a.paragraphs] == ["记者", "王华"] * 2


def test_a_heading_of_nothing_but_a_dash_under_a_headline_is_kept_as_printed(gazetteer):
    (a,) = parse_page("#园区新闻\n\n► 张三\n\n#—", gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == ("园区新闻", "—")


def test_a_dashed_line_read_above_the_marked_headline_is_its_subtitle(gazetteer):
    text = "——大湾区融合发展浪奔潮涌 深中通道带给光明新机遇\n\n# 光明科学城辐射向西 异地产业协作前景广\n\n本报记者 林小军\n\n深中通道的开通，将让深中、深江的经济深度合作驶上快车道。"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.subtitle) == (
        "",
        "光明科学城辐射向西 异地产业协作前景广",
        "大湾区融合发展浪奔潮涌 深中通道带给光明新机遇",
    )


def test_a_bullet_after_credits_broken_over_lines_opens_the_next_brief(gazetteer):
    text = "\n".join(
        [
            "园区短波",
            "■ 日前，建湖高新区举办科技",
            "型中小企业评价工作培训会，",
            "30余家企业负责人参加。（陈",
            "明）",
            "■ 10月10日，盐城高新区智能",
            "终端产业园新签约项目5个，",
            "总投资22亿元。（李华 王芳）",
        ]
    )
    a, b = parse_page(text, gazetteer=gazetteer).articles
    assert (a.paragraphs, [c.name for c in a.credits]) == (
        ["日前，建湖高新区举办科技型中小企业评价工作培训会，30余家企业负责人参加。"],
        ["陈明"],
    )
    assert b.paragraphs == ["10月10日，盐城高新区智能终端产业园新签约项目5个，总投资22亿元。"]


def test_a_byline_between_an_editors_note_and_the_headline_is_the_storys(gazetteer):
    text = (
        "【编者按】为加强新形势下开发区的改革和创新发展，我市日前印发实施方案。本报今起推出系列报道。\n\n"
        "本报记者 陈 忠 通讯员 刘晓宇\n\n"
        "# 我市出台方案促进开发区改革创新发展\n\n"
        "本报讯 近日，市政府办公厅印发《关于促进我市开发区改革和创新发展的实施方案》。"
    )
    note, story = parse_page(text, gazetteer=gazetteer).articles
    assert note.credits == []
    assert [c.name for c in story.credits] == ["陈忠", "刘晓宇"]


WIRE_FEATURE = """新华社广州8月11日电  题：在这里牵手世界——广州南沙推进粤港澳大湾区建设走笔

新华社记者陈凯星、周强、马晓澄、周颖

珠江口，伶仃洋畔。十年来，从国家级新区到自贸试验区，广州南沙的战略地位不断提升。
"""


def test_a_wires_feature_gives_its_headline_after_ti_on_the_datelines_line(gazetteer):
    page = parse_page(WIRE_FEATURE, gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.headline, a.subtitle) == ("在这里牵手世界", "广州南沙推进粤港澳大湾区建设走笔")
    assert [c.name for c in a.credits] == ["陈凯星", "周强", "马晓澄", "周颖"]
    assert a.paragraphs == ["珠江口，伶仃洋畔。十年来，从国家级新区到自贸试验区，广州南沙的战略地位不断提升。"]
    raw, placed = accounted_chars(WIRE_FEATURE, page)
    assert raw == placed


@pytest.mark.parametrize(
    "first, second",
    [
        ("东海高新区8个重点项目集中签约", "总投资超90亿元"),
        ("宿迁高新区“双信地”出让", "实现拿地即开工"),
        ("川渝高竹新区首次集中签约", "引资上千亿元"),
    ],
)
@pytest.mark.parametrize("mark", ["", "# "])
def test_a_headlines_second_line_with_a_figure_or_a_verb_is_no_column(gazetteer, first, second, mark):
    text = f"{mark}{first}\n\n{mark}{second}\n\n本报记者 王明\n\n近日，园区举行项目集中签约仪式，多个重大项目落地。\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, a.column, a.subtitle) == (f"{first} {second}", "", "")


def test_an_editors_note_under_a_headline_and_its_byline_is_the_storys_own(gazetteer):
    text = (
        "# 一季度园区经济“开门红”成色足\n\n▶ 本报记者 刘琴 综合报道\n\n"
        "编者按：一季度是全年经济工作的开局。记者近日走访多地国家高新区。\n\n"
        "“十四五”开局首季，株洲高新区实现地区生产总值122.2亿元，同比增长18.5%。\n"
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, a.column, [c.name for c in a.credits]) == ("一季度园区经济“开门红”成色足", "", ["刘琴"])
    assert [b.kind for b in a.blocks] == ["subhead", "p", "p"]


def test_a_short_line_under_a_place_alone_is_the_headlines_second_line_not_a_column(gazetteer):
    from archive.pipeline.parse import parse_page

    text = (
        "续写春天的故事\n\n山东邹城市\n\n特色园区激发活力\n\n本报记者 王金虎\n\n"
        "依靠煤电产业发展打下的工业基础，邹城在2020年3月份整合原有经济开发区、工业园区两家山东省级开发区，"
        "成立新的邹城经济开发区，走出了一条县域城镇化特色发展路径。\n"
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline, a.column) == ("续写春天的故事", "山东邹城市 特色园区激发活力", "")


@pytest.mark.parametrize("bar", ["▍", "▌", "■", "◆"])
def test_the_bar_or_bullet_a_subhead_is_set_with_is_dropped(gazetteer, bar):
    page = (
        "合肥高新区量子产业加速成链\n\n本报记者 王明\n\n近日，合肥高新区量子产业园新签约项目12个。\n\n"
        f"{bar}强链补链\n\n今年以来，园区围绕量子通信引进企业8家。\n"
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert [(b.kind, b.text) for b in a.blocks][1] == ("subhead", "强链补链")

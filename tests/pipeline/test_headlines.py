import pytest

from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import article
from .layouts import wrap


def test_it_puts_a_markdown_heading_above_the_headline_in_the_kicker(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert a.kicker == "乌鲁木齐与京、沪、渝、深签署跨区域协同创新合作协议"


def test_it_keeps_level_four_markdown_headings_as_subheads(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert [b.text for b in a.blocks if b.kind == "subhead"] == ["年会亮点纷呈", "打造内陆沿边开放高地"]


def test_it_does_not_let_a_cut_off_article_swallow_the_next_one(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert a.blocks[-1].text == "乌鲁木齐市相关负责人表示:“与"
    assert article(parsed["000"], "济宁高新区").byline == "孔令帅 唐诗萌"


def test_it_finds_a_plain_kicker_above_a_plain_headline(parsed):
    a = article(parsed["001"], "佛山高新区")
    assert a.kicker == "为高质量发展提供坚强保障"


def test_it_joins_a_two_line_subhead_and_keeps_it_in_the_article(parsed):
    a = article(parsed["001"], "佛山高新区")
    subheads = [b.text for b in a.blocks if b.kind == "subhead"]
    assert subheads == [
        "聚焦“高”“新” 工作成绩“亮眼”",
        "“干”字当头 促招商引资实现“三个转变”",
        "提升平台创新承载力 设置重点奖补政策",
    ]


def test_it_joins_a_headline_broken_over_two_lines(parsed):
    assert article(parsed["001"], "北京经开区").headline == "北京经开区129个项目签约落地 总投资额近4000亿元"
    assert article(parsed["001"], "景德镇高新区").headline == "景德镇高新区:强化党建创新引领 助推基层社会治理"


def test_it_starts_a_new_article_at_a_headline_naming_another_park(parsed):
    a = article(parsed["001"], "贵阳高新区")
    assert a.headline == "贵阳高新区 引导企业做好常态化疫情防控"
    assert a.blocks[0].text.startswith("为做好疫情常态化防控")


def test_it_cuts_page_001_into_its_six_articles(parsed):
    assert len(parsed["001"].articles) == 6


def test_it_puts_the_column_name_on_every_article_under_it(parsed):
    page = parsed["002"]
    assert {a.column for a in page.articles} == {"国家高新区高质量发展 在行动"}
    assert len(page.articles) == 5


def test_it_makes_the_editors_note_its_own_article(parsed):
    a = parsed["002"].articles[0]
    assert a.headline == "编者按"
    assert len(a.blocks) == 2 and a.blocks[1].text.startswith("本报即日起推出")


def test_it_reads_a_short_line_between_headline_and_byline_as_a_column(parsed):
    a = article(parsed["003"], "把握重大机遇")
    assert a.column == "科技厅局长话创新"
    assert a.headline == "把握重大机遇 向科技创新强市迈进"


def test_it_keeps_subheads_with_a_comma_as_subheads(parsed):
    a = article(parsed["003"], "把握重大机遇")
    assert sum(b.kind == "subhead" for b in a.blocks) == 5


def test_a_page_with_no_headlines_becomes_one_headless_article():
    from archive.pipeline.parse import parse_page

    page = parse_page("第一段文字，说了一件事。\n\n第二段文字，又说了一件事。\n")
    assert len(page.articles) == 1
    assert page.articles[0].headline == ""
    assert len(page.articles[0].blocks) == 2


MIXED_PAGE = """# 济宁高新区:减税降费持续发力 企业跑出“加速度”

▶ 本报记者 于大勇

“国家的减税降费红利为企业送来了‘大礼包’，企业节约资金用于研发投入。”济宁高新区一家企业负责人说。

#### 落实“一户一策”

济宁高新区税务局加强政策宣传辅导，帮助企业应享尽享各项优惠政策，企业获得感不断增强。

潍坊高新区新材料项目获得生产许可
本报讯 近日，潍坊高新区一家新材料企业的新建项目获得生产许可批复，项目将于年内投产。

该项目总投资5亿元，建成后年产值可达10亿元，将带动上下游企业集聚发展。

### 北京经开区129个项目签约落地

本报讯(记者 刘琴) 2月3日，北京经开区举行重点项目集中签约活动，129个项目签约落地。

## 贵阳高新区 引导企业做好常态化疫情防控

颜玮

贵阳高新区持续引导辖区企业做好常态化疫情防控工作，确保生产经营有序开展。
"""


def test_it_reads_markdown_headings_of_every_level_and_plain_headlines_on_one_page():
    page = parse_page(MIXED_PAGE)
    assert [(a.headline, a.byline) for a in page.articles] == [
        ("济宁高新区:减税降费持续发力 企业跑出“加速度”", "本报记者 于大勇"),
        ("潍坊高新区新材料项目获得生产许可", "本报讯"),
        ("北京经开区129个项目签约落地", "本报讯(记者 刘琴)"),
        ("贵阳高新区 引导企业做好常态化疫情防控", "颜玮"),
    ]
    assert [b.kind for b in page.articles[0].blocks] == ["p", "subhead", "p"]


def test_it_starts_an_article_at_a_plain_headline_followed_directly_by_benbaoxun():
    a = parse_page(MIXED_PAGE).articles[1]
    assert a.paragraphs == [
        "近日，潍坊高新区一家新材料企业的新建项目获得生产许可批复，项目将于年内投产。",
        "该项目总投资5亿元，建成后年产值可达10亿元，将带动上下游企业集聚发展。",
    ]


STACKED_HEADS = """科技赋能产业升级
苏州工业园区：打造世界一流高科技园区
——园区生物医药产业发展调查
经济日报记者 蒋波

走进苏州工业园区生物医药产业园，一栋栋研发楼错落有致。截至目前，园区已集聚生物医药企业2300余家。

园区管委会负责人表示，下一步将加快建设公共技术服务平台。
"""


def test_a_dashed_line_under_a_headline_is_its_subtitle_without_the_dash(gazetteer):
    (a,) = parse_page(STACKED_HEADS, gazetteer=gazetteer).articles
    assert (a.headline, a.subtitle) == ("苏州工业园区：打造世界一流高科技园区", "园区生物医药产业发展调查")


def test_a_subtitles_dash_is_kept_as_the_pages_typography(gazetteer):
    page = parse_page(STACKED_HEADS, gazetteer=gazetteer)
    assert [e["text"] for e in page.furniture if e["kind"] == "markup"] == ["——"]
    raw, placed = accounted_chars(STACKED_HEADS, page)
    assert raw == placed


def test_a_line_above_a_place_and_colon_headline_is_its_kicker(gazetteer):
    (a,) = parse_page(STACKED_HEADS, gazetteer=gazetteer).articles
    assert a.kicker == "科技赋能产业升级"
    assert [c.name for c in a.credits] == ["蒋波"]


TIGHT_KICKER = """强化创新引领 打造产业高地
合肥高新区营收突破1.5万亿元
本报记者 王明

近日，记者从合肥高新区管委会获悉，2022年，合肥高新区实现营业收入1.52万亿元。
"""


def test_a_kicker_of_two_phrases_set_tight_over_a_headline_opening_with_a_park_is_its_kicker(gazetteer):
    (a,) = parse_page(TIGHT_KICKER, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == ("强化创新引领 打造产业高地", "合肥高新区营收突破1.5万亿元")


def test_a_headline_broken_after_its_parks_line_stays_one_headline(gazetteer):
    page = TIGHT_KICKER.replace(
        "强化创新引领 打造产业高地\n合肥高新区营收突破1.5万亿元", "合肥高新区 营收突破1.5万亿元\n研发投入强度达6.8%"
    )
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == ("", "合肥高新区 营收突破1.5万亿元 研发投入强度达6.8%")


@pytest.mark.parametrize("kicker", ["数字经济引领转型升级", "聚焦“首位产业”壮大集群规模"])
def test_a_kicker_of_one_phrase_set_tight_over_a_headline_opening_with_a_park_is_its_kicker(gazetteer, kicker):
    page = TIGHT_KICKER.replace("强化创新引领 打造产业高地", kicker)
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == (kicker, "合肥高新区营收突破1.5万亿元")


def test_a_headlines_short_first_line_over_a_parks_name_stays_one_headline(gazetteer):
    page = TIGHT_KICKER.replace("强化创新引领 打造产业高地", "全国首个")
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert a.kicker == ""


@pytest.mark.parametrize("label", ["高新区观察", "园区快讯", "创新一线", "聚焦·园区", "园区·动态"])
def test_a_column_name_over_a_headline_without_brackets_is_the_column(gazetteer, label):
    page = f"{label}\n\n新能源汽车产业集群加速成势\n——常州国家高新区新能源产业发展纪实\n\n▶ 本报记者 陈芳\n\n近日，常州国家高新区举行签约仪式。\n"
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert (a.column, a.kicker, a.headline) == (label, "", "新能源汽车产业集群加速成势")


@pytest.mark.parametrize("label", ["相关阅读", "延伸阅读"])
def test_a_sidebars_label_over_the_sidebars_own_headline_is_its_column_not_its_kicker(gazetteer, label):
    page = (
        "新能源汽车产业集群加速成势\n\n▶ 本报记者 陈芳\n\n近日，常州国家高新区举行签约仪式。\n\n"
        f"{label}\n\n江苏出台新能源汽车产业集群培育方案\n\n近日，江苏省印发培育方案，提出到2025年产业规模突破万亿元。\n"
    )
    first, second = parse_page(page, gazetteer=gazetteer).articles
    assert (second.column, second.kicker, second.headline) == (label, "", "江苏出台新能源汽车产业集群培育方案")


@pytest.mark.parametrize("kicker", ["为高质量发展提供坚强保障", "科技赋能产业升级", "开放合作·共赢未来"])
def test_a_kicker_over_a_headline_is_no_column(gazetteer, kicker):
    page = f"{kicker}\n\n新能源汽车产业集群加速成势\n\n▶ 本报记者 陈芳\n\n近日，常州国家高新区举行签约仪式。\n"
    (a,) = parse_page(page, gazetteer=gazetteer).articles
    assert (a.column, a.kicker) == ("", kicker)


BRIEFS = """园区快讯

本报讯 近日，南京高新区举办科技成果转化对接会，现场签约项目26个，签约金额达18.5亿元。（王明）

本报讯 11月20日，成都高新区发布支持人工智能产业发展的若干政策，最高给予企业1000万元资金支持。（李华）

本报讯 记者从济南高新区获悉，该区今年新增国家级专精特新“小巨人”企业15家，总数达到58家。（记者 张三）
"""


def test_a_run_of_briefs_is_one_article_each_under_the_column_heading(gazetteer):
    arts = parse_page(BRIEFS, gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits]) for a in arts] == [
        ("园区快讯", ["王明"]),
        ("园区快讯", ["李华"]),
        ("园区快讯", ["张三"]),
    ]
    assert [a.parks[0].name[:2] for a in arts] == ["南京", "成都", "济南"]


BRIEFS_CREDITED_AT_THE_START = """园区快讯

本报讯（记者 孙庆辉 通讯员 王亚楠）近日，郑州高新区召开媒体见面会，介绍园区发展情况。

据悉，2010年底，高新区被批准为国家高新技术产业标准化示范区。

本报讯 采访团参观了高新信息港、国家动漫产业基地和汉威电子公司。（王亚楠）
"""


def test_a_second_dateline_opens_the_next_brief_though_the_first_closed_without_credits(gazetteer):
    a, b = parse_page(BRIEFS_CREDITED_AT_THE_START, gazetteer=gazetteer).articles
    assert [c.name for c in a.credits] == ["孙庆辉", "王亚楠"]
    assert [p[:4] for p in a.paragraphs] == ["近日，郑", "据悉，2"]
    assert b.paragraphs == ["采访团参观了高新信息港、国家动漫产业基地和汉威电子公司。"]
    assert b.column == "园区快讯"


BULLETED_BRIEFS = """园区简讯

■ 日前，武汉东湖高新区发布光电子信息产业政策，每年安排不少于10亿元专项资金。（张莉）
■ 3月10日，长沙高新区与华为技术有限公司签署战略合作协议，总投资约15亿元。（王磊）
■ 截至2月底，成都高新区今年已新增注册企业8563户，同比增长26.4%。（刘洋）
"""


def test_a_run_of_bulleted_briefs_is_one_article_each_without_its_bullet(gazetteer):
    arts = parse_page(BULLETED_BRIEFS, gazetteer=gazetteer).articles
    assert [(a.column, a.headline, [c.name for c in a.credits]) for a in arts] == [
        ("园区简讯", "武汉东湖高新区发布光电子信息产业政策", ["张莉"]),
        ("园区简讯", "长沙高新区与华为技术有限公司签署战略合作协议", ["王磊"]),
        ("园区简讯", "成都高新区今年已新增注册企业8563户", ["刘洋"]),
    ]
    assert arts[0].paragraphs[0].startswith("日前，武汉东湖高新区")


@pytest.mark.parametrize("width", [12, 14, 18])
def test_a_run_of_bulleted_briefs_in_a_narrow_column_is_one_article_each(gazetteer, width):
    lines = []
    for line in BULLETED_BRIEFS.split("\n"):
        lines += wrap(line, width) if line.startswith("■") else [line]
    arts = parse_page("\n\n".join(x for x in lines if x) + "\n", gazetteer=gazetteer).articles
    assert [[c.name for c in a.credits] for a in arts] == [["张莉"], ["王磊"], ["刘洋"]]


PHOTO_NEWS = """图片新闻

近日，苏州工业园区一家生物医药企业的科研人员正在进行新药研发试验。今年以来，园区生物医药产业产值同比增长15.2%。
本报记者 王明摄

11月15日，参观者在高交会上体验智能机器人。本届高交会吸引了3000余家企业参展。
新华社记者 李华摄

日前，合肥高新区量子科技产业园内，工作人员正在调试量子计算设备。（资料图片）
"""


def test_each_picture_under_picture_news_is_a_story_of_its_own(gazetteer):
    arts = parse_page(PHOTO_NEWS, gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits], a.paragraphs[0][:5]) for a in arts] == [
        ("图片新闻", ["王明"], "近日，苏州"),
        ("图片新闻", ["李华"], "11月15"),
        ("图片新闻", [], "日前，合肥"),
    ]
    assert all("derived_headline" in a.flags for a in arts)
    assert arts[2].headline == "合肥高新区量子科技产业园内，工作人员正在调试量子计算设备"


@pytest.mark.parametrize(
    ("rest", "paragraphs"),
    [
        # closing credits, then a paragraph without a dateline
        ("南京高新区举办对接会。（王明）\n\n会上，多家企业发布了新产品。", 2),
        # a photographer's credit inside the story
        ("南京高新区举办对接会。\n\n本报记者 王明摄\n\n近日，多家企业发布了新产品。", 2),
        # paragraphs set with bullets, no credits closing the one above
        ("南京高新区举办对接会。\n\n■ 一是加快项目落地。\n\n■ 二是优化服务。", 3),
    ],
)
def test_a_paragraph_that_opens_no_brief_stays_in_the_story(gazetteer, rest, paragraphs):
    text = f"南京高新区签约项目26个\n\n本报讯 近日，{rest}\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.headline == "南京高新区签约项目26个" and len(a.paragraphs) == paragraphs


def test_a_headline_over_one_brief_stays_its_headline(gazetteer):
    text = "南京高新区签约项目26个\n\n本报讯 近日，南京高新区举办对接会，现场签约项目26个。（王明）\n"
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.headline, a.column) == ("南京高新区签约项目26个", "")


LABELLED = """【园区动态】
郑州高新区：数字经济核心产业增加值增长15%
■本报记者 李洋
近日，从郑州高新区获悉，今年前三季度，该区数字经济核心产业增加值同比增长15%。
扫码阅读全文

【一线观察】
让科技成果“落地生根”
——记株洲高新区科技成果转化工作
□通讯员 王芳 本报记者 张三
在株洲高新区，一项项科技成果正加快转化为现实生产力。2023年，全区技术合同成交额达到85亿元。
"""


def test_a_bracketed_label_over_a_headline_is_its_column(gazetteer):
    a, b = parse_page(LABELLED, gazetteer=gazetteer).articles
    assert (a.column, a.headline, a.kicker) == ("园区动态", "郑州高新区：数字经济核心产业增加值增长15%", "")
    assert (b.column, b.headline, b.kicker) == ("一线观察", "让科技成果“落地生根”", "")


def test_a_dashed_subtitle_naming_the_park_is_not_the_headline(gazetteer):
    b = parse_page(LABELLED, gazetteer=gazetteer).articles[1]
    assert b.subtitle == "记株洲高新区科技成果转化工作"


def test_a_hollow_square_marks_a_byline(gazetteer):
    b = parse_page(LABELLED, gazetteer=gazetteer).articles[1]
    assert [(c.name, c.role) for c in b.credits] == [("王芳", "correspondent"), ("张三", "staff")]


def test_a_qr_codes_prompt_is_furniture(gazetteer):
    page = parse_page(LABELLED, gazetteer=gazetteer)
    assert {"line": 4, "kind": "qr_prompt", "text": "扫码阅读全文"} in page.furniture
    assert "扫码" not in page.articles[0].blocks[-1].text and not page.articles[1].kicker


def test_a_brief_without_a_headline_is_titled_by_its_first_clause_and_flagged(gazetteer):
    arts = parse_page(BRIEFS, gazetteer=gazetteer).articles
    assert [a.headline for a in arts] == [
        "南京高新区举办科技成果转化对接会",
        "成都高新区发布支持人工智能产业发展的若干政策",
        "济南高新区今年新增国家级专精特新“小巨人”企业15家",
    ]
    assert all(a.flags == ["derived_headline"] for a in arts)


@pytest.mark.parametrize("width", [14, 20, 40])
def test_a_run_of_briefs_set_in_a_narrow_column_is_still_one_article_each(gazetteer, width):
    from .layouts import wrap

    lines = [line for para in BRIEFS.split("\n") for line in (wrap(para, width) if len(para) > width else [para])]
    arts = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert [(a.column, [c.name for c in a.credits]) for a in arts] == [
        ("园区快讯", ["王明"]),
        ("园区快讯", ["李华"]),
        ("园区快讯", ["张三"]),
    ]


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

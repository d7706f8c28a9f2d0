import pytest

from archive.pipeline.parse import accounted_chars, parse_page

from .conftest import article


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

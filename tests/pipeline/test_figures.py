"""The key-figures stage (archive.pipeline.figures): the answer key over the fixture
pages (recall and precision, see docs/figures.md), what a figure records, what is left
out, and properties over generated text."""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.models import blocks_to_body
from archive.pipeline.figures import article_figures, article_text, extract_figures
from archive.pipeline.types import Block, ParkMention

from .figure_key import KEY

_QUALIFIER_RE = re.compile(
    r"^(?:最高不超过|不超过|多达|超过|将近|接近|大约|约|近|超|逾|最高)|(?:以上|以下|左右|以内|之多)$"
)


def core(text: str) -> str:
    """A figure as written without whitespace and the approximation words around it."""
    return _QUALIFIER_RE.sub("", re.sub(r"\s+", "", text))


def key_article(parsed, page, headline_start):
    matches = [a for a in parsed[page].articles if a.headline.startswith(headline_start)]
    assert len(matches) == 1, (page, headline_start, [a.headline for a in parsed[page].articles])
    return matches[0]


def key_figures(entry):
    """``(figure as written, metric class, metric as written or None)`` of a key entry."""
    for f in entry["figures"]:
        text, cls, *metric = f.split(" ")
        yield text, cls, (metric[0] if metric else None)


def score(parsed, gazetteer):
    """(recall, precision, misses, extras) of the extractor against the answer key.

    A key figure is found when an extracted figure has the same text (as ``core``) and the
    same metric class; an extracted figure is a real key figure when its text is in the key.
    """
    found = expected = extracted = real = 0
    misses, extras = [], []
    for (page, head), entry in KEY.items():
        art = key_article(parsed, page, head)
        figures = article_figures(art, gazetteer)
        want = Counter((core(t), c) for t, c, _m in key_figures(entry))
        got = Counter((core(f.text), f.metric_class) for f in figures)
        hit = want & got
        found += sum(hit.values())
        expected += sum(want.values())
        misses += [
            (page, head, t, c, [f.metric_class for f in figures if core(f.text) == t])
            for (t, c) in (want - hit).elements()
        ]
        want_text = Counter(t for t, _ in want.elements())
        got_text = Counter(core(f.text) for f in figures)
        real += sum((want_text & got_text).values())
        extracted += sum(got_text.values())
        extras += [(page, head, t) for t in (got_text - want_text).elements()]
    return found / expected, real / extracted, misses, extras


def test_it_finds_the_key_figures_of_the_fixture_pages(parsed, gazetteer):
    recall, precision, misses, extras = score(parsed, gazetteer)
    print(f"recall {recall:.3f} precision {precision:.3f}")
    assert recall >= 0.90, f"recall {recall:.3f}; missed (page, article, figure, class, classes found): {misses}"
    assert precision >= 0.85, f"precision {precision:.3f}; not key figures: {extras}"


def test_it_names_the_metric_as_the_key_writes_it(parsed, gazetteer):
    """Where the key gives the metric as written, the figure with that text and class has it."""
    named = right = 0
    wrong = []
    for (page, head), entry in KEY.items():
        got = Counter(
            (core(f.text), f.metric_class, f.metric)
            for f in article_figures(key_article(parsed, page, head), gazetteer)
        )
        for t, c, m in key_figures(entry):
            if m is not None:
                named += 1
                if got[(core(t), c, m)]:
                    right += 1
                else:
                    wrong.append((t, m, [g for g in got if g[0] == core(t)]))
    print(f"metric as written: {right}/{named}")
    assert right / named >= 0.9, f"{right}/{named}; (figure, key's metric, extracted): {wrong}"


def test_it_indexes_the_body_as_the_article_stores_it(parsed):
    for page in parsed.values():
        for art in page.articles:
            blocks = [{"kind": b.kind, "text": b.text} for b in art.blocks]
            assert article_text(art.blocks) == blocks_to_body(blocks)


def test_it_records_value_unit_base_and_metric():
    text = "2020年,佛山高新区预计实现工业总产值4191.83亿元,增长2.99%;高企存量达到1.2万家。"
    a, b, c = extract_figures(text)
    assert (a.value, a.unit, a.base_value, a.base_unit) == ("4191.83", "亿元", 419183000000.0, "元")
    assert (a.metric, a.metric_class, a.year, a.approx) == ("工业总产值", "产值", 2020, "exact")
    assert (b.value, b.unit, b.metric_class) == ("2.99", "%", "增速")
    assert (c.value, c.unit, c.base_value, c.base_unit, c.metric_class) == ("1.2万", "家", 12000.0, "个", "企业数")
    assert text[a.start : a.end] == a.text == "4191.83亿元"
    assert set(a.as_export()) == {
        "value",
        "unit",
        "base_value",
        "base_unit",
        "approx",
        "metric",
        "metric_class",
        "year",
        "park",
        "quote",
    }


def test_it_reads_qualifiers_as_approximations():
    figs = {
        f.text: f
        for f in extract_figures(
            "总投资额近4000亿元,走访企业120余家,引进超百名人才,占地约200亩,最高不超过100万元的财政支持,培训500人以上。"
        )
    }
    assert figs["近4000亿元"].approx == "approx"
    assert (figs["120余家"].approx, figs["120余家"].value) == ("lower", "120余")
    assert (figs["超百名"].approx, figs["超百名"].base_value) == ("lower", 100.0)
    assert figs["约200亩"].approx == "approx"
    assert figs["最高不超过100万元"].approx == "upper"
    assert figs["500人以上"].approx == "lower"


def test_it_reads_chinese_numerals_and_shares():
    (f,) = extract_figures("园区企业中三成来自长三角。")
    assert (f.value, f.unit, f.base_value, f.base_unit, f.metric_class) == ("三", "成", 30.0, "%", "占比")
    (g,) = extract_figures("助力产业向两千亿元规模迈进,三个方面。")
    assert (g.value, g.unit, g.base_value) == ("两千", "亿元", 2e11)


def test_it_names_a_capacity_without_a_cue_by_the_noun_after_its_unit():
    (f,) = extract_figures("日前，在双良硅材料（包头市）有限公司40GW单晶硅项目中上演。")
    assert (f.value, f.unit, f.metric, f.metric_class) == ("40", "GW", "单晶硅项目", "产能")


def test_it_leaves_out_dates_durations_ordinals_and_names():
    text = (
        "10月15-16日召开第三届年会,使办理期限由3-5个工作日缩短,5年时间,全国第13位,前5名,"
        "推动G60科创走廊建设,《优化营商环境重点任务100条》,咨询电话0531-88888888,"
        "按50%:50%的股权比例,设立4个临时党支部,三个方面,千亩加速器,超10亿元的重点产业项目14个。"
    )
    assert [f.text for f in extract_figures(text)] == ["14个"]


def test_it_counts_items_in_tiao_but_not_policy_clauses():
    text = (
        "征得企业各类需求和意见建议20余条。梳理各类清单问题 400多条，建成3条生产线。"
        "出台促进金融发展政策20条、降低实体经济成本22条措施，共提出26条具体举措，出台26条。"
    )
    assert [(f.text, f.metric) for f in extract_figures(text)] == [
        ("20余条", "需求和意见建议"),
        ("400多条", "清单问题"),
        ("3条", "生产线"),
    ]


def test_it_classes_counts_by_the_noun_after_the_unit():
    figs = extract_figures("签约129个重点项目,2家自贸业务专营银行揭牌,集聚330家国家级研发机构,引进6名知名专家。")
    assert [f.metric_class for f in figs] == ["项目数", "企业数", "其他", "人才"]


def test_it_takes_an_enumerated_figures_metric_from_the_noun_before_its_number():
    figs = extract_figures(
        "持续推动改革，调整更新权责6835项、备案78项、行政许可257项。实现一窗受理1487项、自助服务666项。"
    )
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("权责", "其他"),
        ("备案", "其他"),
        ("行政许可", "其他"),
        ("一窗受理", "其他"),
        ("自助服务", "其他"),
    ]


def test_it_prefers_the_noun_before_the_number_to_a_term_of_an_earlier_clause():
    figs = extract_figures("调配园区干部1.8万人次，排查车辆14071辆，帮助协调解决各类实际问题1500余项。")
    assert [f.metric for f in figs] == ["干部", "车辆", "实际问题"]


def test_it_does_not_take_a_verb_a_place_or_a_total_for_the_metric():
    figs = extract_figures(
        "科技型中小企业注册总数达1152家；高新技术企业总数达到786家，2020年，湘潭高新区政务服务办件为13457件。"
        "自主创新示范区政务服务办件为1345件，“好差评”满  意度达100%。"
    )
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("科技型中小企业", "企业数"),
        ("高新技术企业", "企业数"),
        ("政务服务办件", "其他"),
        ("政务服务办件", "其他"),
        ("满意度", "占比"),
    ]


def test_it_names_kinds_of_enterprise_tax_revenue_and_trade_as_written():
    figs = extract_figures(
        "全区拥有国家级高新技术企业2300余家，瞪羚企业156家；全年实现税收收入89.6亿元，"
        "出口总额156亿美元，实际使用外资8.2亿美元，协议总金额达到286.5亿元。中关村示范区企业总收入达8.7万亿元。"
    )
    assert [(f.text, f.metric, f.metric_class) for f in figs] == [
        ("2300余家", "高新技术企业", "企业数"),
        ("156家", "瞪羚企业", "企业数"),
        ("89.6亿元", "税收收入", "税收"),
        ("156亿美元", "出口总额", "进出口"),
        ("8.2亿美元", "实际使用外资", "投资"),
        ("286.5亿元", "协议总金额", "投资"),
        ("8.7万亿元", "企业总收入", "营收"),
    ]


def test_it_takes_a_mass_figures_metric_from_the_noun_after_its_unit():
    (f,) = extract_figures("协调交管大队帮助企业办理运输通行证，解决了企业1万多吨产品仓储存放的燃眉之急。")
    assert (f.value, f.unit, f.approx, f.metric, f.metric_class) == ("1万多", "吨", "lower", "产品", "其他")


def test_it_takes_an_areas_metric_from_the_noun_after_its_unit():
    a, b = extract_figures("正建设15万平方米的载体空间，建成超1万平方米的湖畔科技创新平台。")
    assert [(a.metric, a.metric_class), (b.metric, b.metric_class)] == [
        ("载体空间", "面积"),
        ("湖畔科技创新平台", "面积"),
    ]


def test_it_finds_the_counted_term_after_a_coordination():
    (f,) = extract_figures("计划用5年时间，培育引进超百名专职科研队伍和高端技术人才，")
    assert (f.metric, f.metric_class) == ("人才", "人才")


def test_it_names_a_rate_by_the_noun_before_its_change_word():
    figs = extract_figures("全市政务服务和公共服务事项的办理时限总体压缩71.8%，跑动率压缩83%，即办率达到55.1%。")
    assert [(f.metric, f.metric_class) for f in figs] == [("办理时限", "增速"), ("跑动率", "增速"), ("即办率", "占比")]


def test_it_names_a_share_of_a_whole_by_the_figure_it_divides():
    figs = extract_figures(
        "全年净增695家企业通过高企认定，占佛山市的76.21%；对材料齐全的申请人100%做到1日内办结，其中95%实现即办。"
    )
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("高企", "企业数"),
        ("高企", "占比"),
        ("申请人", "占比"),
        ("", "占比"),
    ]


def test_it_counts_the_noun_after_the_unit_when_a_verb_parts_the_number_from_a_term():
    figs = extract_figures(
        "各类创新创业载体相继开展了36项创客沙龙、企业交流等活动。高新技术企业达到70家，走访调研企业120余家。"
    )
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("创客沙龙", "其他"),
        ("高新技术企业", "企业数"),
        ("企业", "企业数"),
    ]


def test_it_keeps_a_verb_that_a_suffix_makes_a_noun():
    figs = extract_figures("培训技能人才2000人次，完成率达95%；处理污水1.5万吨。全年接待游客120万人次。")
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("人才", "人才"),
        ("完成率", "占比"),
        ("污水", "其他"),
        ("游客", "其他"),
    ]


def test_it_names_an_amount_without_a_term_by_the_noun_before_it():
    (f,) = extract_figures("累计减免租金500万元。")
    assert (f.value, f.unit, f.metric, f.metric_class) == ("500", "万元", "减免租金", "其他")


def test_it_takes_the_year_from_the_sentence_but_not_a_comparison_base():
    figs = extract_figures("高新技术企业达到70家,较2020年增长27.3%。今年签约项目47个。", reference_year=2021)
    assert [f.year for f in figs] == [None, None, 2021]


def test_it_ties_a_figure_to_its_sentences_park_else_the_primary_park(gazetteer):
    text = "佛山高新区引入项目27个。郑州高新区签约项目12个。另有8个项目开工。"
    primary = ParkMention(key="k", name="佛山高新技术产业开发区", count=2, primary=True)
    figs = extract_figures(text, gazetteer=gazetteer, parks=[primary])
    assert [f.park for f in figs] == ["佛山高新技术产业开发区", "郑州高新技术产业开发区", "佛山高新技术产业开发区"]


def test_it_quotes_the_sentence():
    (f,) = extract_figures("第一段。\n\n园区共引入超亿元产业项目27个。")
    assert f.quote == "园区共引入超亿元产业项目27个。"


PIECES = st.sampled_from(
    [
        "4191.83亿元",
        "近4000亿元",
        "1.2万家",
        "三成",
        "百余家",
        "增长2.99%",
        "3-5个工作日",
        "第三届",
        "2020年",
        "，",
        "。",
        "\n\n",
        "## ",
        "超",
        "余",
        "万",
        "亿",
        "元",
        "家",
        "个",
        "项",
        " ",
        "两千",
        "《",
        "》",
        "：",
        "%",
        "0531-88888888",
        "佛山高新区",
        "企业",
        "项目",
        "总投资",
        "近",
        "约",
        "以上",
        "１２",
        "．",
        "，",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40))
def test_no_figure_lies_outside_its_article_text(pieces):
    blocks = [Block(text=t, kind="subhead" if i % 5 == 4 else "p") for i, t in enumerate("".join(pieces).split("\n\n"))]
    text = article_text(blocks)
    for f in extract_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.quote and f.quote in text


def test_a_share_of_another_quantity_is_named_by_the_quantity_that_is_divided():
    figs = extract_figures("研发投入占营收比重达6.8%，高企数量占全市的比重为30%。")
    assert [(f.metric, f.metric_class) for f in figs] == [("研发投入", "占比"), ("高企", "占比")]


def test_a_figure_per_head_is_not_the_total_it_is_divided_from():
    figs = extract_figures("全区人均GDP达到12.5万元，居民人均可支配收入4.2万元，地区生产总值860亿元。")
    assert [(f.metric, f.metric_class) for f in figs] == [
        ("人均GDP", "其他"),
        ("人均可支配收入", "其他"),
        ("地区生产总值", "产值"),
    ]

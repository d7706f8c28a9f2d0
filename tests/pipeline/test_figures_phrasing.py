"""Key figures in phrasings the fixture pages don't use but other papers' zone reports do
(科技日报, 经济日报, local dailies): 突破 as a lower bound, a year that opens a sentence and
holds after its semicolons, thresholds that name a class of enterprises, demonstratives
before a metric, and the metric terms of profits, tax-and-profit, fund-raising and R&D
intensity."""

import pytest

from archive.pipeline.companies import extract_companies
from archive.pipeline.figures import extract_figures

from .conftest import by_text


def test_tupo_before_a_number_is_a_lower_bound():
    figs = by_text("包头稀土高新区稀土产业产值首次突破200亿元大关。")
    f = figs["突破200亿元"]
    assert (f.approx, f.metric, f.metric_class) == ("lower", "产值", "产值")


def test_tupo_is_not_part_of_the_metric_before_it():
    (f,) = extract_figures("南京江北新区集成电路产业规模突破600亿元。")
    assert (f.value, f.approx, f.metric, f.metric_class) == ("600", "lower", "产业规模", "产值")


def test_tupo_as_a_noun_is_no_qualifier():
    (f,) = extract_figures("关键技术实现突破，5G基站数量达到1.2万个。")
    assert (f.text, f.approx) == ("1.2万个", "exact")


def test_a_year_opening_a_sentence_holds_after_its_semicolons():
    text = "2023年，中关村示范区企业总收入8万亿元；新增独角兽企业12家；2024年新增15家。去年新增9家。"
    figs = extract_figures(text, reference_year=2025)
    assert [(f.text, f.year) for f in figs] == [("8万亿元", 2023), ("12家", 2023), ("15家", 2024), ("9家", 2024)]


def test_a_year_does_not_pass_a_full_stop_or_a_line_break():
    figs = extract_figures("2023年，园区营收8万亿元。新增企业12家；\n\n引进项目30个；落地项目20个。")
    assert [f.year for f in figs] == [2023, None, None, None]


def test_an_amount_naming_a_class_of_enterprises_or_projects_is_not_a_figure():
    figs = extract_figures("园区集聚规上工业企业386家，其中年营收超亿元企业58家、超10亿元企业9家，亿元以上项目32个。")
    assert [f.text for f in figs] == ["386家", "58家", "9家", "32个"]


def test_an_amount_with_a_qualifier_and_no_class_after_it_stays():
    (f,) = extract_figures("全年实现营收超10亿元，同比持平。")
    assert (f.text, f.metric_class) == ("超10亿元", "营收")


def test_a_demonstrative_is_not_part_of_the_metric():
    (f,) = extract_figures("该基金规模为20亿元，重点投向生物医药领域。")
    assert f.metric == "基金规模"
    (g,) = extract_figures("该区企业研发投入占营业收入比重达到5.8%。")
    assert (g.metric, g.metric_class) == ("企业研发投入", "占比")


def test_profit_and_tax_fund_raising_and_rd_intensity_have_their_terms():
    figs = by_text(
        "项目达产后可实现年销售收入约80亿元、年利税10亿元，净利润3亿元，首期募集5亿元，研发经费投入强度达6.2%。"
    )
    assert (figs["约80亿元"].metric, figs["约80亿元"].metric_class) == ("销售收入", "营收")
    assert (figs["10亿元"].metric, figs["10亿元"].metric_class) == ("利税", "税收")
    assert (figs["3亿元"].metric, figs["3亿元"].metric_class) == ("净利润", "其他")
    assert (figs["5亿元"].metric, figs["5亿元"].metric_class) == ("募集", "融资/贷款")
    assert (figs["6.2%"].metric, figs["6.2%"].metric_class) == ("研发经费投入强度", "占比")


def test_a_limited_partnership_is_a_company():
    text = "苏州市创业投资管理合伙企业（有限合伙）和杭州海康威视数字技术股份有限公司分别出资。"
    assert [c.name for c in extract_companies(text)] == [
        "苏州市创业投资管理合伙企业（有限合伙）",
        "杭州海康威视数字技术股份有限公司",
    ]


def test_figures_of_an_article_in_traditional_characters():
    text = "2020年，佛山高新區預計實現工業總產值4191.83億元，增長2.99%；高企存量達到1.2萬家。"
    a, b, c = extract_figures(text)
    assert (a.value, a.unit, a.base_value, a.metric, a.metric_class, a.year) == (
        "4191.83",
        "億元",
        419183000000.0,
        "工業總產值",
        "产值",
        2020,
    )
    assert (b.metric_class, c.value, c.unit, c.base_value, c.metric_class) == ("增速", "1.2萬", "家", 12000.0, "企业数")
    assert (
        [text[f.start : f.end] for f in (a, b, c)] == [f.text for f in (a, b, c)] == ["4191.83億元", "2.99%", "1.2萬家"]
    )
    assert a.quote.startswith("2020年，佛山高新區")


def test_a_traditional_sentences_park_is_found(gazetteer):
    (f,) = extract_figures("鄭州高新區簽約項目12個。", gazetteer=gazetteer)
    assert f.park == "郑州高新技术产业开发区"


def test_companies_in_traditional_characters_merge_with_their_simplified_spelling():
    text = "園區與深圳市大疆創新科技有限公司簽約。华为技术有限公司和華為技術有限公司均參與。"
    assert [(c.name, c.mentions) for c in extract_companies(text)] == [
        ("深圳市大疆創新科技有限公司", 1),
        ("华为技术有限公司", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "园区高新技术企业数量从2018年的120家增长到2023年的560家。",
        "该区国家高新技术企业数量由2018年的120家增至2023年的560家。",
    ],
)
def test_a_count_rising_from_one_year_to_another_is_named_by_the_class_before_it(text):
    figs = extract_figures(text)
    assert [(f.text, f.metric, f.year) for f in figs] == [
        ("120家", "高新技术企业", 2018),
        ("560家", "高新技术企业", 2023),
    ]


def test_a_figure_per_mu_is_not_the_total_it_is_divided_from():
    (f,) = extract_figures("全区亩均税收达到50万元。")
    assert (f.metric, f.metric_class) == ("亩均税收", "其他")


def test_a_cluster_the_zone_builds_is_named_without_the_verb():
    (f,) = extract_figures("全市打造千亿级产业集群3个。")
    assert f.metric == "千亿级产业集群"


def test_respectively_pairs_each_figure_with_its_item():
    figs = extract_figures("园区营业收入、工业总产值、税收分别达到120亿元、80亿元和5亿元。")
    assert [(f.text, f.metric, f.metric_class) for f in figs] == [
        ("120亿元", "营业收入", "营收"),
        ("80亿元", "工业总产值", "产值"),
        ("5亿元", "税收", "税收"),
    ]


def test_respectively_in_a_later_clause_pairs_with_the_same_items():
    figs = extract_figures("高新技术企业和科技型中小企业分别达到320家、1500家，分别增长18%和25%。")
    assert [(f.text, f.metric, f.metric_class) for f in figs] == [
        ("320家", "高新技术企业", "企业数"),
        ("1500家", "科技型中小企业", "企业数"),
        ("18%", "高新技术企业", "增速"),
        ("25%", "科技型中小企业", "增速"),
    ]


def test_respectively_with_more_figures_than_items_changes_nothing():
    text = "营业收入和税收分别增长12%、8%和5%。"
    assert [f.metric for f in extract_figures(text)] == ["税收", "税收", "税收"]


def test_a_growth_in_times_is_a_growth_rate():
    a, b = extract_figures("新能源汽车产量达到35万辆，同比增长1.2倍。")
    assert (b.text, b.metric, b.metric_class) == ("1.2倍", a.metric, "增速")
    (c,) = extract_figures("技术合同成交额是2012年的3.2倍。")
    assert c.metric_class == "其他"


def test_respectively_without_a_list_pairs_with_the_figures_before_it():
    figs = extract_figures("高新技术企业达到70家,科技型中小企业达到146家,较2020年分别增长27.3%、31.5%。")
    assert [(f.text, f.metric, f.metric_class) for f in figs][2:] == [
        ("27.3%", "高新技术企业", "增速"),
        ("31.5%", "科技型中小企业", "增速"),
    ]


def test_a_term_with_quotation_marks_inside_is_found():
    (f,) = extract_figures("新增国家级专精特新“小巨人”企业15家。")
    assert (f.metric, f.metric_class) == ("小巨人企业", "企业数")


def test_rd_spending_is_named_in_full():
    (f,) = extract_figures("研发投入占比超过8%。")
    assert (f.metric, f.metric_class) == ("研发投入", "占比")


def test_a_range_with_its_unit_written_twice_is_one_figure():
    figs = extract_figures("给予30万元至50万元奖励，研发费用增长10%-15%的企业再奖励20万元。")
    assert [(f.text, f.value, f.unit, f.base_value, f.approx) for f in figs] == [
        ("30万元至50万元", "30至50", "万元", 300000.0, "range"),
        ("10%-15%", "10-15", "%", 10.0, "range"),
        ("20万元", "20", "万元", 200000.0, "exact"),
    ]


def test_two_figures_of_different_units_or_apart_stay_two():
    figs = extract_figures("签约项目30个、总投资50亿元，奖励30万元和50万元。")
    assert [f.text for f in figs] == ["30个", "50亿元", "30万元", "50万元"]


def test_counts_of_party_organisations_and_members_are_not_key_figures():
    text = "全区共有党员1200名，基层党组织86个，选举产生党工委委员9名，引进人才300名。"
    assert [f.text for f in extract_figures(text)] == ["300名"]


def test_a_sentences_park_by_a_name_that_needs_its_city_finds_the_city_in_the_article(gazetteer):
    from archive.pipeline.types import ParkMention

    text = "上海市召开科创大会。武汉东湖新技术开发区营收1万亿元。张江高新区集聚企业1000家。"
    primary = ParkMention(
        key=("武汉东湖新技术开发区", "national_hitech"), name="武汉东湖新技术开发区", count=1, primary=True
    )
    figs = extract_figures(text, gazetteer=gazetteer, parks=[primary])
    assert [f.park for f in figs] == ["武汉东湖新技术开发区", "上海张江高新技术产业开发区"]


def test_a_decline_has_a_negative_base_value():
    figs = extract_figures(
        "工业产值同比下降3.2%，出口额减少12.5%，成本降低15%，能耗降低0.8个百分点，营收增长-1.5%，税收增长6%。"
    )
    assert [(f.text, f.value, f.base_value, f.metric_class) for f in figs] == [
        ("3.2%", "3.2", -3.2, "增速"),
        ("12.5%", "12.5", -12.5, "增速"),
        ("15%", "15", -15.0, "增速"),
        ("0.8个百分点", "0.8", -0.8, "增速"),
        ("1.5%", "1.5", -1.5, "增速"),
        ("6%", "6", 6.0, "增速"),
    ]


def test_a_share_after_a_decline_word_in_another_clause_stays_positive():
    (f,) = extract_figures("成本下降，研发投入占比达到8%。")
    assert (f.base_value, f.metric_class) == (8.0, "占比")


def test_an_amount_without_yuan_after_a_money_term_is_money():
    figs = extract_figures("项目总投资50亿，营收突破千亿大关，补贴20万，融资3亿左右。")
    assert [(f.text, f.unit, f.base_value, f.base_unit, f.metric_class) for f in figs] == [
        ("50亿", "亿", 5e9, "元", "投资"),
        ("突破千亿", "亿", 1e11, "元", "营收"),
        ("20万", "万", 2e5, "元", "资金"),
        ("3亿左右", "亿", 3e8, "元", "融资/贷款"),
    ]


def test_a_bare_scaling_word_without_a_money_term_is_no_amount():
    text = "该区人口约50万，实施四大工程，编印指南3万余本，新增企业1.2万家。"
    assert [f.text for f in extract_figures(text)] == ["3万余本", "1.2万家"]


def test_guo_and_po_before_a_number_are_lower_bounds():
    (f,) = extract_figures("园区产值破千亿元。")
    assert (f.text, f.approx, f.metric_class) == ("破千亿元", "lower", "产值")
    (g,) = extract_figures("参会人数过5000人。")
    assert (g.text, g.approx) == ("过5000人", "lower")


def test_guo_in_a_word_is_no_qualifier():
    figs = extract_figures("企业通过3项认证，经过12家机构评审，不过5家获批。")
    assert [(f.text, f.approx) for f in figs] == [("3项", "exact"), ("12家", "exact"), ("5家", "exact")]


def test_a_threshold_after_guo_naming_a_class_of_enterprises_is_not_a_figure():
    figs = extract_figures("园区营收过百亿元企业达到5家，产值过亿元企业58家。")
    assert [f.text for f in figs] == ["5家", "58家"]


def test_technology_contracts_rd_spending_and_expert_workstations_have_their_terms():
    figs = by_text("技术合同成交额达到86.3亿元，R&D经费支出120亿元，R&D投入强度3.2%，建成院士工作站12个。")
    assert (figs["86.3亿元"].metric, figs["86.3亿元"].metric_class) == ("技术合同成交额", "其他")
    assert (figs["120亿元"].metric, figs["120亿元"].metric_class) == ("R&D经费支出", "投资")
    assert (figs["3.2%"].metric, figs["3.2%"].metric_class) == ("R&D投入强度", "占比")
    assert (figs["12个"].metric, figs["12个"].metric_class) == ("院士工作站", "其他")


def test_a_count_after_a_verb_and_its_noun_counts_that_noun_not_the_term_before():
    (f,) = extract_figures("今年已为企业解决问题300余个。")
    assert (f.metric, f.metric_class) == ("问题", "其他")
    (g,) = extract_figures("园区共办结事项和开具各类证件、证明2286件。")
    assert g.metric == "事项"  # the last item of a list is not what the total counts


def test_a_grant_named_after_the_amount_is_funding():
    (f,) = extract_figures("对新引进的顶尖人才给予最高1亿元综合资助。")
    assert (f.text, f.metric, f.metric_class) == ("最高1亿元", "资助", "资金")


def test_a_share_followed_by_de_is_a_share_of_that_noun():
    a, b = extract_figures("国家高新区聚集了全国约36%的高新技术企业、约67%的科创板上市企业。")
    assert [(a.metric, a.metric_class), (b.metric, b.metric_class)] == [
        ("高新技术企业", "占比"),
        ("科创板上市企业", "占比"),
    ]


def test_parks_counted_are_no_enterprises():
    a, b = extract_figures("2022年，178家国家高新区实现营业收入53.5万亿元。")[:2]
    assert (a.text, a.metric, a.metric_class) == ("178家", "国家高新区", "其他")
    assert (b.metric, b.metric_class) == ("营业收入", "营收")


def test_a_year_run_into_a_place_whose_name_starts_with_a_unit_is_no_figure():
    assert extract_figures("2021株洲高新区工作要突出党建引领，2021张家港经开区要突出实干。") == []
    assert [f.text for f in extract_figures("园区种植苗木2021株。")] == ["2021株"]


def test_a_space_parts_a_figure_from_the_latin_word_before_it():
    (f,) = extract_figures("全年产出GDP 50亿元。")
    assert (f.text, f.metric, f.metric_class) == ("50亿元", "GDP", "产值")
    assert extract_figures("G60科创走廊") == []


def test_a_quoted_class_of_enterprises_counted_after_a_total_word_is_its_metric():
    (f,) = extract_figures("国家级专精特新“小巨人”企业累计达到47家。")
    assert (f.metric, f.metric_class) == ("小巨人企业", "企业数")


def test_patents_per_ten_thousand_people_are_not_a_count_of_patents():
    (f,) = extract_figures("全区每万人发明专利拥有量达到186件。")
    assert (f.metric, f.metric_class) == ("每万人发明专利拥有量", "其他")
    (g,) = extract_figures("园区发明专利拥有量达到1.2万件。")
    assert (g.metric, g.metric_class) == ("发明专利拥有量", "专利")


def test_an_amount_before_de_is_the_size_of_the_fund_after_it():
    (f,) = extract_figures("园区还设立规模为100亿元的生物医药产业基金。")
    assert (f.metric, f.metric_class) == ("产业基金", "资金")
    (g,) = extract_figures("园区实现营收100亿元的企业不断增加。")
    assert (g.metric, g.metric_class) == ("营收", "营收")


def test_shang_before_a_scaling_word_is_a_lower_bound():
    (f,) = extract_figures("上万名研发人员在此工作。")
    assert (f.value, f.approx, f.metric, f.metric_class) == ("万", "lower", "研发人员", "人才")
    assert [g.approx for g in extract_figures("园区线上3家企业。")] == ["exact"]
    assert extract_figures("以上万家企业为例。") == []


def test_an_amount_is_not_named_by_an_earlier_clauses_unclassed_term():
    figs = by_text("园区聚集上市公司32家，市值总额超5000亿元。")
    assert figs["超5000亿元"].metric == "市值总额"


def test_places_gained_in_a_ranking_are_not_people():
    assert extract_figures("高新区位列全国综合排名第12位，较上年提升3位。") == []
    assert [f.text for f in extract_figures("园区新增专家5位。")] == ["5位"]


ROUNDUP = """各地高新区前三季度经济运行稳中向好

本报记者 王明

苏州工业园区前三季度实现营业收入8000亿元，同比增长8%。该区新增高新技术企业320家。

合肥高新区前三季度实现营业收入3500亿元，同比增长12%。该区规上工业增加值增长15%，新增上市企业5家。
"""


def test_a_sentence_naming_no_park_in_a_roundup_is_its_paragraphs_park(gazetteer):
    from archive.pipeline.figures import article_figures
    from archive.pipeline.parse import parse_page

    (a,) = parse_page(ROUNDUP, gazetteer=gazetteer).articles
    parks = {f.text: f.park[:2] for f in article_figures(a, gazetteer)}
    assert parks == {
        "8000亿元": "苏州",
        "8%": "苏州",
        "320家": "苏州",
        "3500亿元": "合肥",
        "12%": "合肥",
        "15%": "合肥",
        "5家": "合肥",
    }


def test_a_share_after_de_is_a_share_of_the_noun_before_it():
    figs = by_text("高新区完成固定资产投资215.6亿元，完成年度目标的86%。")
    assert (figs["86%"].metric, figs["86%"].metric_class) == ("年度目标", "占比")


def test_a_fall_is_named_by_the_head_a_term_only_qualifies():
    (f,) = extract_figures("园区推行“拿地即开工”，项目审批时间压缩60%以上。")
    assert (f.metric, f.metric_class, f.base_value) == ("项目审批时间", "增速", -60.0)


def test_a_comparison_with_last_year_does_not_date_the_figure():
    figs = by_text("研发投入强度达6.5%，较上年提高0.8个百分点。", reference_year=2023)
    assert [figs["6.5%"].year, figs["0.8个百分点"].year] == [None, None]


@pytest.mark.parametrize(
    ("text", "share", "metric"),
    [
        ("园区GDP占全市比重提升至35.6%。", "35.6%", "GDP"),
        ("完成工业投资150亿元，占固定资产投资的比重为60%。", "60%", "投资"),
        ("园区以全市3%的土地贡献了全市30%的GDP。", "3%", "土地"),
    ],
)
def test_a_share_is_named_by_what_it_is_a_share_of(text, share, metric):
    f = by_text(text)[share]
    assert (f.metric, f.metric_class) == (metric, "占比")

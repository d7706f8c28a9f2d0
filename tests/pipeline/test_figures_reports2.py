"""Key figures in zone reports on innovation, funds and energy (sentences after real reports,
reworded): what grew named without its modifiers or the unit before it, fund sizes, R&D
money, taxes, 约为, thresholds that name a class of places, and the year of the figure a
comparison names."""

import pytest

from archive.pipeline.figures import extract_figures

from .conftest import by_text


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("2021年专利国际申请量增长了0.9%。", "0.9%", "专利国际申请量"),
        ("截止10月18日新能源汽车产量达120万辆。", "120万辆", "新能源汽车产量"),
        ("全年销售额4586.9亿元，比2020年的3819.4亿元增长20.1%。", "20.1%", "销售额"),
        ("产业规模年均复合增长率为8.94%。", "8.94%", "产业规模"),
    ],
)
def test_what_grew_is_named_without_a_date_a_unit_or_a_modifier_before_it(text, written, metric):
    assert by_text(text)[written].metric == metric


@pytest.mark.parametrize(
    "text, written, cls",
    [
        ("该基金规划总规模300亿元，首期100亿元。", "300亿元", "资金"),
        ("集群总规模近9000亿元。", "近9000亿元", "产值"),
        ("首发募集资金共计10049亿元。", "10049亿元", "融资/贷款"),
        ("银行投放了2300万元流动资金贷款。", "2300万元", "融资/贷款"),
        ("规模以上工业企业研发经费达到69.07亿元。", "69.07亿元", "投资"),
        ("园区实现税金6925万元。", "6925万元", "税收"),
        ("每万人口高价值发明专利拥有量已达到15.3件。", "15.3件", "其他"),
    ],
)
def test_fund_sizes_money_raised_rd_money_and_taxes_have_their_classes(text, written, cls):
    assert by_text(text)[written].metric_class == cls


def test_a_shortened_time_is_a_fall():
    f = by_text("项目落地周期平均缩短40%。")["40%"]
    assert (f.metric_class, f.base_value) == ("增速", -40)


@pytest.mark.parametrize(
    "text, written", [("二期投产后年产值预计约为20亿元。", "约为20亿元"), ("营收约达3亿元。", "约达3亿元")]
)
def test_yue_wei_and_yue_da_are_approximate(text, written):
    assert by_text(text)[written].approx == "approx"


def test_a_bare_yi_before_de_after_a_money_term_is_money():
    f = by_text("培育出产值超1500亿的生物医药产业。")["超1500亿"]
    assert (f.base_value, f.metric_class) == (1.5e11, "产值")


def test_a_threshold_naming_a_class_of_places_is_no_figure():
    assert [f.text for f in extract_figures("PCT国际专利申请超过1000件的省份有7个。")] == ["7个"]


def test_the_figure_a_comparison_names_has_the_comparisons_year():
    figs = by_text("2021年销售额预计为4586.9亿元，比2020年的3819.4亿元增长20.1%。")
    assert (figs["4586.9亿元"].year, figs["3819.4亿元"].year) == (2021, 2020)


def test_money_a_recruiting_report_counts_as_invested_is_investment():
    text = "新签约项目280个，协议签约资金583.40亿元；到位资金66.11亿元，实际到账资金12亿元，公司增资4.5亿元。"
    assert [(f.metric, f.metric_class) for f in extract_figures(text) if f.unit == "亿元"] == [
        ("协议签约资金", "投资"),
        ("到位资金", "投资"),
        ("实际到账资金", "投资"),
        ("增资", "投资"),
    ]


def test_thresholds_written_as_alternatives_or_ranges_name_classes_of_projects():
    text = "其中50亿元或5亿美元以上工业项目2个、30~50亿元或3~5亿美元工业项目6个。"
    assert [f.text for f in extract_figures(text)] == ["2个", "6个"]


def test_thresholds_listed_before_the_class_they_name_are_no_amounts():
    text = "东部地区拥有主营业务收入30亿元以上、中西部地区15亿元以上制造业企业共1765家。"
    assert [f.text for f in extract_figures(text)] == ["1765家"]


def test_a_threshold_naming_a_class_of_companies_is_no_amount():
    assert [f.text for f in extract_figures("价值在10亿美元以上的非上市公司中国有340家。")] == ["340家"]


def test_a_quoted_label_of_projects_is_no_count():
    assert [f.text for f in extract_figures("园区已有“百亿项目”3个。")] == ["3个"]


def test_a_share_price_and_its_trading_are_no_key_figures():
    text = "受此消息影响，该股开盘一度冲高超14%，现报2.79元，成交额放大至2亿元。"
    assert extract_figures(text) == []


def test_counts_before_a_word_starting_with_the_units_character_are_counts():
    assert [f.text for f in extract_figures("建成5个体育公园，新增20家居家养老服务中心。")] == ["5个", "20家"]

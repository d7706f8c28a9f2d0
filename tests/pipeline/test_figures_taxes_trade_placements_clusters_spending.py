"""Metric terms of a fiscal or trade report: each kind of tax is tax revenue (增值税, 企业所得税,
个人所得税, 消费税, 契税 …); a trade total with a partner (对欧贸易额) is trade; a private
placement (定增, 定向增发) raises capital; the size of an industrial cluster is its output;
spending (民生支出) is no investment, though a clause before it named one."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("分税种看，国内增值税完成18.3亿元，增长4.1%。", "18.3亿元"),
        ("企业所得税入库7.6亿元。", "7.6亿元"),
        ("全年个人所得税收入2.4亿元。", "2.4亿元"),
        ("契税完成1.1亿元，土地增值税完成0.8亿元。", "1.1亿元"),
        ("契税完成1.1亿元，土地增值税完成0.8亿元。", "0.8亿元"),
        ("消费税实现3.5亿元。", "3.5亿元"),
    ],
)
def test_each_kind_of_tax_is_tax_revenue(text, figure):
    assert (figure, "税收") in figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("园区对欧贸易额达到36.5亿元。", "36.5亿元"),
        ("全年对东盟贸易总额突破20亿美元。", "突破20亿美元"),
    ],
)
def test_a_trade_total_with_a_partner_is_trade(text, figure):
    assert (figure, "进出口") in figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("上半年，区内上市公司完成定增12.5亿元。", "12.5亿元"),
        ("公司通过定向增发募得5.2亿元。", "5.2亿元"),
    ],
)
def test_a_private_placement_raises_capital(text, figure):
    assert (figure, "融资/贷款") in figures(text)


def test_the_size_of_an_industrial_cluster_is_its_output():
    assert ("1500亿元", "产值") in figures("到2026年，新材料产业集群规模力争达到1500亿元。")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("教育投入持续加大，全年教育支出6.4亿元。", "6.4亿元"),
        ("财政投入稳步增长，一般公共预算支出45.2亿元。", "45.2亿元"),
    ],
)
def test_spending_is_no_investment_though_the_clause_before_named_one(text, figure):
    assert (figure, "其他") in figures(text)


def test_rd_spending_is_still_invested():
    assert ("3.6亿元", "投资") in figures("企业研发支出3.6亿元。")

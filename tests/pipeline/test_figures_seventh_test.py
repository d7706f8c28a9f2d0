"""Key figures as a seventh held-out test wrote them: containers (标箱), a transformer's
capacity (千伏安) and documents (份) counted; a numbered institute's short name in brackets no
count; a company's capital put into a company it sets up, its own funds spent on a project,
Taiwanese capital are investment; a count right after 年产 is a capacity; installations are no
capacity; a contract won is no investment; items of a 分别 list sharing the term after the last
of them."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("港区全年完成集装箱吞吐量45万标箱。", "45万标箱"),
        ("新建变电站一座，新增变电容量80万千伏安。", "80万千伏安"),
        ("园区已收到企业申报材料320份。", "320份"),
    ],
)
def test_containers_transformer_capacity_and_documents_are_counted(text, figure):
    assert figure in [t for t, _c in figures(text)]


def test_policies_counted_in_documents_are_no_key_figure_as_their_clauses_are_not():
    assert not [t for t, _c in figures("园区研究出台12份扶持政策。") if t.endswith("份")]


def test_months_and_shares_count_no_documents():
    assert not [t for t, _c in figures("1-6月份，公司持有股份占比未变。") if t.endswith("份")]


def test_a_numbered_institutes_short_name_in_brackets_is_no_count():
    text = "中国船舶集团有限公司第七〇二研究所（中船702所）与园区签约，项目总投资8亿元。"
    assert [t for t, _c in figures(text)] == ["8亿元"]


def test_institutes_counted_in_brackets_are_still_counted():
    assert "12所" in [t for t, _c in figures("区内集聚高校和科研机构（其中高校12所）。")]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("公司拟以自有资金出资3亿元，在园区设立全资子公司无锡新材料有限公司。", "3亿元"),
        ("双方共同出资设立合资公司，注册资本5亿元，其中甲公司出资3亿元。", "3亿元"),
        ("公司拟使用自有资金不超过8亿元，在园区购置土地建设研发中心。", "不超过8亿元"),
        ("区内台资总额超过50亿美元。", "超过50亿美元"),
        ("新批台资项目12个，合同台资1.2亿美元。", "1.2亿美元"),
    ],
)
def test_capital_put_into_a_company_own_funds_spent_and_taiwanese_capital_are_investment(text, figure):
    assert (figure, "投资") in figures(text)


def test_capital_put_into_a_fund_stays_funds():
    assert ("2亿元", "资金") in figures("园区出资2亿元，与社会资本共同设立产业投资基金。")


def test_a_count_right_after_yearly_output_is_a_capacity():
    assert ("500万条", "产能") in figures("公司扩建年产500万条全钢轮胎生产线。")


def test_installations_counted_are_no_capacity():
    assert ("超过300万套", "其他") in figures("该操作系统装机量超过300万套。")


def test_a_contract_won_is_no_investment():
    assert ("约2.6亿元", "其他") in figures("公司联合中标一项智慧城市项目，合同金额约2.6亿元。")


def test_items_of_a_list_take_the_term_written_after_the_last_of_them():
    text = "集成电路和生物医药两大产业集群产值分别为800亿元和650亿元。"
    assert figures(text) == [("800亿元", "产值"), ("650亿元", "产值")]

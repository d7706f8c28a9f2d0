"""Classes of finance and statistics news: a running total after a semicolon with nothing
naming it is what the clause before counted in the same unit (…工业总产值386.2亿元；1—10月累计
完成3712.5亿元); a bank's credit line (额度) and bonds (债券, 发行规模) are financing; vouchers
(算力券) are grants; graduates and other people named by a word for a person before their
number are talent; a capacity named by its ability counted in heads or units is a capacity;
insurance cover (风险保障) and a cost saved (融资成本) are no money of those classes;
participants of an event counted in 人次 (参演人员) are no workforce."""

import pytest

from archive.pipeline.figures import extract_figures


def classes(text):
    return {f.text: f.metric_class for f in extract_figures(text)}


def test_a_running_total_after_a_semicolon_is_what_the_clause_before_counted():
    text = "9月份，园区规模以上工业总产值完成210.5亿元，同比增长4.1%；1—9月累计完成1856.2亿元，同比增长3.9%。"
    first, total = (f for f in extract_figures(text) if f.unit == "亿元")
    assert (total.metric, total.metric_class) == (first.metric, "产值")


def test_a_figure_after_a_semicolon_named_in_its_own_clause_keeps_its_name():
    text = "园区工业总产值完成210.5亿元；实现税收18.6亿元。"
    assert classes(text)["18.6亿元"] == "税收"


@pytest.mark.parametrize(
    "text, figure, cls",
    [
        ("苏州银行同步推出“科技成长”专项额度20亿元。", "20亿元", "融资/贷款"),
        ("集团成功发行2025年度第一期中期票据，发行规模8亿元，期限3年。", "8亿元", "融资/贷款"),
        ("该公司发行绿色公司债券6亿元。", "6亿元", "融资/贷款"),
        ("市大数据局面向中小企业发布算力券2000万元。", "2000万元", "资金"),
        ("今年园区新引进高校毕业生约1.8万人，同比增长9%。", "约1.8万人", "人才"),
        ("公司年屠宰肉牛能力达到30万头。", "30万头", "产能"),
        ("科技保险保费补贴覆盖企业600多家，提供风险保障逾80亿元。", "逾80亿元", "其他"),
        ("园区发放“人才贷”2.1亿元，为企业节约融资成本约900万元。", "约900万元", "其他"),
        ("园区联合举办消防演练12场，参演人员8000人次。", "8000人次", "其他"),
    ],
)
def test_credit_lines_bonds_vouchers_graduates_capacities_cover_and_savings(text, figure, cls):
    assert classes(text)[figure] == cls


def test_people_trained_in_person_times_are_still_talent():
    assert classes("园区全年培训技术工人6500人次。")["6500人次"] == "人才"


def test_a_grant_quota_is_still_a_grant():
    assert classes("园区今年安排人才补贴额度5000万元。")["5000万元"] == "资金"


def test_securities_held_are_no_vouchers():
    assert classes("公司持有证券3亿元。")["3亿元"] != "资金"

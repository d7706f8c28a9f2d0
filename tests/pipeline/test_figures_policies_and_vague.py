"""Key figures of talent and industrial policies and of company news, as a third held-out
test wrote them: grants given per head, figures per mu or per head before any term,
vague magnitudes (数亿元, 数百家), halves (超过一半, 过半), equipment in sets (台套), the
places of a ranking in a list, policies' nicknames and laws' sizes in 条, and a share's
bound before the whole (不低于销售收入的5%)."""

import pytest

from archive.pipeline.companies import extract_companies
from archive.pipeline.figures import extract_figures

from .conftest import by_text


@pytest.mark.parametrize(
    "text, written",
    [
        ("对新引进的全职博士，三年内每人给予30万元安家补贴。", "30万元"),
        ("按每人每月3000元标准发放生活补贴。", "3000元"),
        ("硕士研究生每人给予5万元生活补助。", "5万元"),
    ],
)
def test_a_grant_given_per_head_is_still_money(text, written):
    assert by_text(text)[written].metric_class == "资金"


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("2022年，园区亩均营业收入达到615万元。", "615万元", "亩均营业收入"),
        ("规上工业企业人均营业收入达到215万元。", "215万元", "人均营业收入"),
        ("企业人均利税18万元。", "18万元", "人均利税"),
        ("人均公共绿地面积达到15.6平方米。", "15.6平方米", "面积"),
    ],
)
def test_a_figure_per_mu_or_per_head_before_any_term_is_not_the_zones_total(text, written, metric):
    fig = by_text(text)[written]
    assert fig.metric_class == "其他"
    assert fig.metric == metric


@pytest.mark.parametrize(
    "text, written, value, unit, base, metric_class",
    [
        ("微纳芯宣布完成数亿元B轮融资。", "数亿元", "数", "亿元", 1e8, "融资/贷款"),
        ("项目总投资数十亿元。", "数十亿元", "数十", "亿元", 1e9, "投资"),
        ("园区吸引数百家企业入驻。", "数百家", "数百", "家", 100, "企业数"),
        ("集聚数千名研发人员。", "数千名", "数千", "名", 1000, "人才"),
    ],
)
def test_a_vague_magnitude_with_shu_or_ji_is_an_approximate_figure(text, written, value, unit, base, metric_class):
    fig = by_text(text)[written]
    assert (fig.value, fig.unit, fig.base_value, fig.approx) == (value, unit, base, "approx")
    assert fig.metric_class == metric_class


def test_a_vague_magnitude_reads_without_an_added_yue():
    from archive.models.figures import figure_display

    fig = by_text("项目总投资数十亿元。")["数十亿元"]
    assert figure_display(fig.value, fig.unit, fig.approx, fig.base_value) == "数十亿元"


@pytest.mark.parametrize("text", ["这几个方面的工作要抓实。", "他数十年如一日扎根园区。"])
def test_shu_or_ji_without_a_count_is_no_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text, written, approx",
    [
        ("园区企业研发经费占全国的比重超过一半。", "超过一半", "lower"),
        ("近一半的税收来自高新技术企业。", "近一半", "approx"),
        ("一半以上企业实现增长。", "一半以上", "lower"),
        ("高新技术企业数量过半。", "过半", "lower"),
        ("超过半数企业设立了研发机构。", "超过半数", "lower"),
    ],
)
def test_a_bounded_half_is_a_share_of_fifty_per_cent(text, written, approx):
    fig = by_text(text)[written]
    assert (fig.value, fig.base_value, fig.base_unit, fig.approx) == ("一半", 50.0, "%", approx)


@pytest.mark.parametrize("text", ["一半是海水，一半是火焰。", "工期超过半年。", "半导体企业超过半年没有订单。"])
def test_a_bare_half_or_half_a_year_is_no_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("可形成年产电驱动系统60万台套的生产能力。", "60万台套", "台套"),
        ("建成后将新增年产能1.5万台（套）。", "1.5万台（套）", "台（套）"),
        ("开放了超过2000台/套大型仪器设备。", "超过2000台/套", "台/套"),
    ],
)
def test_equipment_counted_in_sets_keeps_its_unit(text, written, unit):
    assert by_text(text)[written].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "成都经开区、西安经开区分别上升4位和3位。",
        "将对考核评价结果排名后5位的国家级经开区予以警告。",
    ],
)
def test_places_in_a_ranking_in_a_list_or_at_its_bottom_are_no_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text",
    ["第四季度将实施“稳增长20条”。", "广州开发区发布“科创十条”。", "《条例》共七章四十六条。", "办法共五章三十条。"],
)
def test_a_policys_nickname_or_a_laws_size_in_tiao_is_no_figure(text):
    assert extract_figures(text) == []


def test_lines_counted_in_tiao_are_still_a_figure():
    assert by_text("新建3条生产线。")["3条"].metric == "生产线"


@pytest.mark.parametrize(
    "text, written, approx",
    [
        ("企业研发投入不低于销售收入的5%。", "5%", "lower"),
        ("研发投入不少于营业收入的3%。", "3%", "lower"),
        ("不高于全市的10%。", "10%", "upper"),
        ("不到全市的9%。", "9%", "upper"),
    ],
)
def test_a_bound_before_the_whole_keeps_its_negation(text, written, approx):
    assert by_text(text)[written].approx == approx


@pytest.mark.parametrize(
    "text, names",
    [
        ("上半年公司研发投入3.62亿元。", []),
        ("报告期内公司实现营收5亿元。", []),
        ("既有北京亦庄国际投资发展有限公司，也有京东方科技集团股份有限公司。",
         ["北京亦庄国际投资发展有限公司", "京东方科技集团股份有限公司"]),
        ("山东如意科技集团有限公司签约落户。", ["山东如意科技集团有限公司"]),
    ],
)  # fmt: skip
def test_a_time_or_a_lists_lead_in_before_a_company_is_not_its_name(text, names):
    assert [c.name for c in extract_companies(text)] == names


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("区内整车企业累计生产汽车93.6万辆。", "93.6万辆", "汽车"),
        ("下线整车20万辆。", "20万辆", "整车"),
        ("项目年产电驱动系统60万台套。", "60万台套", "电驱动系统"),
        ("该项目全部达产达标后，可年产硅片40亿片。", "40亿片", "硅片"),
        ("新增年产能4万吨。", "4万吨", "产能"),
    ],
)
def test_output_made_is_a_capacity_of_the_product_named_before_its_number(text, written, metric):
    fig = by_text(text)[written]
    assert (fig.metric, fig.metric_class) == (metric, "产能")


def test_a_count_after_production_checks_is_no_capacity():
    assert by_text("安全生产检查发现隐患120件。")["120件"].metric_class == "其他"


@pytest.mark.parametrize(
    "text, written, metric, metric_class",
    [
        ("国家级人才计划入选者41名。", "41名", "人才计划入选者", "人才"),
        ("重大人才工程入选者一百二十余人。", "一百二十余人", "入选者", "人才"),
        ("建成院士专家工作站35个。", "35个", "院士专家工作站", "其他"),
        ("实现一般公共预算全口径收入68.9亿元。", "68.9亿元", "全口径收入", "税收"),
    ],
)
def test_talent_schemes_workstations_and_fiscal_revenue_are_classed_by_their_whole_term(
    text, written, metric, metric_class
):
    fig = by_text(text)[written]
    assert (fig.metric, fig.metric_class) == (metric, metric_class)


@pytest.mark.parametrize(
    "text, written",
    [("经评审给予最高1亿元项目资助。", "最高1亿元"), ("最高2000万元的项目补贴。", "最高2000万元")],
)
def test_a_bounded_grant_for_a_project_is_money_not_a_class_of_projects(text, written):
    fig = by_text(text)[written]
    assert (fig.metric_class, fig.approx) == ("资金", "upper")

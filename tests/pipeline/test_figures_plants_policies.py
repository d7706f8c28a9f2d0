"""Key figures of plants, talent policies and zone bulletins (sentences after real reports
and statistical bulletins, reworded): capacities in tonnes and vehicles, qualifiers set
apart from their number (最高补贴100万元, 约占…的28.3%), jobs, 依次 read as 分别, and the
share of a value added."""

import pytest

from archive.pipeline.figures import extract_figures

from .conftest import by_text


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("该区1.2万吨碳纤维项目投产。", "1.2万吨", "碳纤维项目"),
        ("项目主要建设40万吨/年聚氯乙烯装置。", "40万吨", ""),
        ("今年汽车产量61.9万辆，同比增长20.8%。", "61.9万辆", "汽车产量"),
        ("去年，该区形成16万吨原丝、5万吨碳丝的产能规模。", "16万吨", "原丝"),
    ],
)
def test_a_plants_size_in_tonnes_or_vehicles_is_a_capacity(text, written, metric):
    fig = by_text(text)[written]
    assert fig.metric_class == "产能"
    assert fig.metric == metric


@pytest.mark.parametrize(
    "text, written, approx",
    [
        ("对新引进的顶尖人才，最高补贴100万元。", "100万元", "upper"),
        ("博士最高可获得50万元安家补贴。", "50万元", "upper"),
        ("单个项目最高支持1亿元。", "1亿元", "upper"),
        ("园区GDP约占全市经济总量的28.3%。", "28.3%", "approx"),
        ("园区GDP占全市经济总量的28.3%。", "28.3%", "exact"),
    ],
)
def test_a_qualifier_set_apart_from_its_number_by_a_verb_or_a_whole_still_qualifies_it(text, written, approx):
    assert by_text(text)[written].approx == approx


def test_a_share_after_约占_is_named_by_the_noun_before_it():
    assert by_text("园区GDP约占全市经济总量的28.3%。")["28.3%"].metric == "GDP"


def test_money_of_a_policy_that_supports_a_project_is_funds():
    assert by_text("单个项目最高支持1亿元。")["1亿元"].metric_class == "资金"


@pytest.mark.parametrize(
    "text, written",
    [("项目可提供就业岗位400个。", "400个"), ("新增用工突破10万人。", "突破10万人")],
)
def test_jobs_and_hiring_are_talent(text, written):
    assert by_text(text)[written].metric_class == "人才"


def test_yici_names_the_listed_metrics_in_order_as_fenbie_does():
    figs = extract_figures("工业总产值、税收收入同比依次增长43.1%和35.5%。")
    assert [(f.metric, f.metric_class) for f in figs] == [("工业总产值", "增速"), ("税收收入", "增速")]


def test_a_value_addeds_share_of_another_is_a_share_not_a_growth():
    fig = by_text("园区工业增加值占全国工业增加值的8.21%。")["8.21%"]
    assert (fig.metric, fig.metric_class) == ("工业增加值", "占比")


@pytest.mark.parametrize(
    "text, written",
    [
        ("每平方公里工业用地工业增加值约13亿元。", "约13亿元"),
        ("每亩税收50万元。", "50万元"),
        ("高新区万人有效发明专利达474件。", "474件"),
        ("每平方公里产出GDP 50亿元。", "50亿元"),
    ],
)
def test_a_figure_per_unit_of_land_or_per_head_is_no_total_of_its_class(text, written):
    assert by_text(text)[written].metric_class == "其他"


def test_a_head_count_before_another_figure_of_the_clause_sets_no_unit():
    assert by_text("新增就业1.2万人、税收5亿元。")["5亿元"].metric_class == "税收"


@pytest.mark.parametrize(
    "text",
    [
        "年营业收入1.27万亿元，位居全国146个高新区第三位。",
        "在全国169家国家高新区中排名第12位。",
        "排名分别是：长沙高新区33名、长沙经开区38名。",
        "全区共划分为7个街道、12个乡镇。",
    ],
)
def test_rankings_the_groups_they_are_among_and_admin_divisions_are_no_figures(text):
    assert [f.metric_class for f in extract_figures(text)] in ([], ["营收"])


def test_a_retail_total_and_a_plants_taxes_keep_their_own_class():
    figs = by_text("完成进出口总额795亿美元、社会消费品零售总额242亿元。预计年产值5.5亿元，年创税2750万元。")
    assert [figs[w].metric_class for w in ("795亿美元", "242亿元", "5.5亿元", "2750万元")] == [
        "进出口",
        "其他",
        "产值",
        "税收",
    ]


def test_a_word_starting_with_duo_after_a_unit_is_no_lower_bound():
    fig = by_text("仁德新能源1GW多晶硅铸锭项目投产。")["1GW"]
    assert (fig.approx, fig.metric, fig.metric_class) == ("exact", "多晶硅铸锭项目", "产能")


def test_a_size_class_in_tonnes_is_no_amount():
    assert "5万吨" not in by_text("建设2个5万吨级泊位。")


def test_gutou_is_fixed_asset_investment_and_makes_a_bare_yi_money():
    assert by_text("总投资约22亿，固投约15亿。")["约15亿"].metric_class == "投资"


def test_a_growth_in_times_listed_after_a_growth_rate_is_a_growth():
    assert by_text("制造业、服务业投资额分别增长1.7%、1.1倍。")["1.1倍"].metric_class == "增速"


def test_parks_counted_in_jia_are_no_enterprises():
    figs = by_text("我省已建有高新区20家，其中国家高新区6家。")
    assert [(figs[w].metric, figs[w].metric_class) for w in ("20家", "6家")] == [
        ("高新区", "其他"),
        ("国家高新区", "其他"),
    ]


def test_a_level_with_no_noun_after_qizhong_counts_what_the_figure_before_counts():
    assert by_text("孵化器达到1239家(其中国家级435家)。")["435家"].metric_class == "其他"
    assert by_text("全市高新技术企业达到1200家，其中国家级500家。")["500家"].metric == "高新技术企业"


@pytest.mark.parametrize(
    "text, written",
    [
        ("长沙经开区成立于1992年，去年，园区完成规模工业总产值2111亿元。", "2111亿元"),
        ("该园区1994年5月获批，行政区域288平方公里。", "288平方公里"),
    ],
)
def test_a_parks_founding_year_dates_no_figure_after_it(text, written):
    assert by_text(text)[written].year is None


def test_an_approximate_amount_sizing_one_project_is_its_investment():
    assert by_text("总投资约125亿元新材料项目亮点纷呈。")["约125亿元"].metric_class == "投资"
    assert "超10亿元" not in by_text("引进超10亿元的重点产业项目12个。")

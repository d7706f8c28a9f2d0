"""Figures of whole zone reports (火炬 and 商务部 releases, zone reviews, company features,
after a held-out probe of 23 articles): parks counted, figures per unit of land or money,
packs as units, names of honours, growth kept up, projects counted in 家, founding years,
quoted nouns after a count."""

import pytest

from .conftest import by_text


def test_a_count_of_the_nations_zones_and_its_growth_count_zones():
    found = by_text("截至目前，国家高新区总数达173家，较2012年增加84家。")
    assert [(found[t].metric, found[t].metric_class) for t in ("173家", "84家")] == [
        ("国家高新区", "其他"),
        ("国家高新区", "其他"),
    ]


def test_a_count_with_no_noun_after_a_count_in_its_unit_counts_the_same():
    found = by_text("园区高新技术企业达到120家，比上年增加20家。")
    assert (found["20家"].metric, found["20家"].metric_class) == ("高新技术企业", "企业数")


@pytest.mark.parametrize(
    "text, written",
    [
        ("肇庆高新区亩产值从106万元增到1500万元。", "1500万元"),
        ("贵阳高新区项目投资强度330万元每亩。", "330万元"),
        ("光谷瞪羚每千万元研发经费发明专利授权量为3件。", "3件"),
    ],
)
def test_a_figure_per_unit_of_land_or_money_is_no_total_of_its_class(text, written):
    assert by_text(text)[written].metric_class == "其他"


def test_the_amount_after_mei_is_a_denominator_not_a_figure():
    assert "千万元" not in by_text("光谷瞪羚每千万元研发经费发明专利授权量为3件。")


def test_packs_are_a_count_of_a_plants_output():
    f = by_text("海口高新区项目将建成一条年产量600万盒中药口服液生产线。")["600万盒"]
    assert (f.base_value, f.metric_class) == (6000000.0, "产能")


def test_a_number_naming_a_talent_honour_is_no_head_count():
    assert by_text("东湖高新区对核心成员授予光谷3551人才荣誉。") == {}


def test_a_rate_kept_up_as_growth_is_a_growth():
    f = by_text("光谷科技型中小企业数量达到5827家，连续三年保持10%以上增长。")["10%以上"]
    assert f.metric_class == "增速"


def test_projects_counted_in_jia_are_projects():
    assert by_text("扬州经开区同时有超过5家优质储备项目在谈。")["超过5家"].metric_class == "项目数"


def test_a_companys_founding_year_dates_no_figure_after_it():
    f = by_text("比亚迪股份有限公司创立于1995年，员工总数已超过13万人。")["超过13万人"]
    assert f.year is None


def test_a_quoted_noun_after_a_count_is_what_it_counts():
    found = by_text("园区拥有23家上市公司、8家“独角兽”、570家“新物种”企业。")
    assert [found[t].metric for t in ("23家", "8家", "570家")] == ["上市公司", "独角兽", "企业"]

"""The charts and lists written in Python (``charts.horizontal_bars_html``,
``charts.year_columns_html``, the ``ranked_links`` filter) are the markup their templates
(``templates/archive/charts/``, a loop of ``{% url %}``) draw, escaping included."""

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string

from archive import charts

HOSTILE = '<script>alert("x")</script> & 上海'


def test_the_bar_chart_is_what_the_template_draws():
    chart = charts.horizontal_bars(
        "province-chart",
        f"各省份{HOSTILE}的报道数量",
        [(HOSTILE, 1234), ("江苏", 7), ("西藏", 0), ("新疆", 1)],
    )
    assert chart.bars[2].value == 0  # a bar without its rect
    assert charts.horizontal_bars_html(chart) == render_to_string(
        "archive/charts/_horizontal_bars.html", {"chart": chart}
    )
    assert "<script>" not in charts.horizontal_bars_html(chart)


def test_a_chart_of_another_unit_names_it_in_its_table_as_the_template_does():
    chart = charts.horizontal_bars("c", "金额", [("甲", 12)])
    chart.unit, chart.value_label = "亿元", "金额"
    chart.bars[0].display = "12.5"
    assert "（亿元）" in charts.horizontal_bars_html(chart)
    assert charts.horizontal_bars_html(chart) == render_to_string(
        "archive/charts/_horizontal_bars.html", {"chart": chart}
    )


def test_the_column_chart_is_what_the_template_draws():
    chart = charts.year_columns("park-timeline", f"{HOSTILE}历年报道数量", [(2015, 3), (2018, 1234), (2019, 0)])
    assert [b.value for b in chart.bars] == [3, 0, 0, 1234, 0]  # empty years drawn as zero
    assert charts.year_columns_html(chart) == render_to_string("archive/charts/_year_columns.html", {"chart": chart})
    assert "<script>" not in charts.year_columns_html(chart)


def test_a_column_chart_of_figures_is_what_the_template_draws():
    rows = [(2000 + i, 4191.83 * i) for i in range(1, 20)]  # enough years to skip some labels
    chart = charts.year_columns(
        "park-figure-1", "产值", rows, unit=f"亿元{HOSTILE}", value_label="产值", fmt=charts.number, gaps=False
    )
    assert not all(b.show_label for b in chart.bars)
    assert charts.year_columns_html(chart) == render_to_string("archive/charts/_year_columns.html", {"chart": chart})


LOOP = (
    '{% load archive_tags %}<ul class="ranked">{% for p in rows %}<li><a href="{% url name p.slug %}">{{ p.name }}</a>'
    ' <span class="count">{{ p.n }} 篇</span></li>{% endfor %}</ul>|{{ rows|ranked_links:name }}'
)


@pytest.mark.parametrize("name", ["archive:park", "archive:reporter"])
def test_a_ranked_list_is_what_a_loop_of_url_tags_draws(name):
    rows = [{"name": HOSTILE, "slug": "zhangjiang-gxq", "n": 12345}, {"name": "光谷", "slug": "donghu", "n": 1}]
    looped, drawn = Template(LOOP).render(Context({"rows": rows, "name": name})).split("|")
    assert drawn == looped
    assert "<script>" not in drawn and "12345 篇" in drawn


def test_a_column_chart_of_growth_rates_draws_declines_below_the_zero_line():
    chart = charts.year_columns(
        "g", "增速", [(2019, 8.5), (2020, -3.2), (2021, 12.0)], unit="%", fmt=charts.number, gaps=False
    )
    up, down, top = chart.bars
    assert all(b.height > 0 for b in chart.bars)  # no negative height: a valid SVG rect
    assert up.y + up.height == chart.baseline == down.y  # rising bars end, falling ones start, at zero
    assert top.height > up.height > down.height
    assert down.display == "-3.2"
    assert charts.year_columns_html(chart) == render_to_string("archive/charts/_year_columns.html", {"chart": chart})


def test_a_column_chart_of_positive_values_keeps_its_zero_line_at_the_bottom():
    chart = charts.year_columns("c", "产值", [(2019, 10), (2020, 20)], fmt=charts.number, gaps=False)
    assert chart.baseline == chart.bars[1].y + chart.bars[1].height == 20 + chart.height - 40


def test_a_column_chart_of_zeros_keeps_its_zero_line_at_the_bottom():
    chart = charts.year_columns("c", "报道", [(2019, 0), (2020, 0)])
    assert chart.baseline == 20 + chart.height - 40 and all(b.height == 0 for b in chart.bars)

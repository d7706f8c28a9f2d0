"""The province bar chart written in Python (``charts.horizontal_bars_html``) is the markup
the template (``templates/archive/charts/_horizontal_bars.html``) draws, escaping included."""

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

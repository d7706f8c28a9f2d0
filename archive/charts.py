"""Geometry for the server-rendered SVG charts (no JavaScript, no external assets).

Functions here are pure: they turn ``[(label, value)]`` into boxes with coordinates in a
fixed viewBox; templates in ``templates/archive/charts/`` draw them (and escape every
label). The SVG scales with CSS, so the numbers are in viewBox units, not pixels.
"""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe


@dataclass
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    show_label: bool = True
    label_x: float = 0
    label_y: float = 0
    value_x: float = 0
    value_y: float = 0
    display: str = ""  # the value as printed (a count, or 12.5 for 12.5亿元)

    def __post_init__(self):
        self.display = self.display or str(self.value)


@dataclass
class Chart:
    id: str
    title: str
    description: str
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    label_width: int = 0
    baseline: float = 0
    unit: str = "篇"  # what the values count, after each value in titles and the data table
    value_label: str = "文章数"  # the data table's value column

    @property
    def total(self):
        return sum(b.value for b in self.bars)


def horizontal_bars(chart_id, title, rows, *, width=640, row_height=24, label_width=96):
    """One row per label, bars growing to the right; rows are drawn in the order given."""
    top = max((v for _, v in rows), default=0) or 1
    span = width - label_width - 56  # room for the value printed after the bar
    bars = []
    for i, (label, value) in enumerate(rows):
        bar_width = round(span * value / top, 1)
        middle = i * row_height + (row_height - 6) / 2
        bars.append(
            Bar(
                label=label,
                value=value,
                x=label_width,
                y=i * row_height,
                width=bar_width,
                height=row_height - 6,
                label_x=label_width - 8,
                label_y=middle,
                value_x=label_width + bar_width + 6,
                value_y=middle,
            )
        )
    described = "；".join(f"{label} {value} 篇" for label, value in rows)
    return Chart(
        id=chart_id,
        title=title,
        description=described or "暂无数据",
        width=width,
        height=max(len(rows), 1) * row_height,
        bars=bars,
        label_width=label_width,
    )


def year_columns(
    chart_id, title, rows, *, width=320, height=160, max_bar=36, unit="篇", value_label="文章数", fmt=str, gaps=True
):
    """One column per year from the first to the last, empty years included as zero
    (``gaps=False``: only the years given, for values where a missing year is unknown,
    not zero). ``fmt`` prints a value; ``unit`` follows it."""
    counts = dict(rows)
    years = (list(range(min(counts), max(counts) + 1)) if gaps else sorted(counts)) if counts else []
    # The zero line is at the bottom unless a value is negative (a growth rate's fall): then
    # the plot spans from the lowest value to the highest, columns rising or hanging from zero.
    top = max(max(counts.values(), default=0), 0)
    low = min(min(counts.values(), default=0), 0)
    span = (top - low) or 1
    plot_height = height - 40  # room for the value above and the year below each column
    if low:
        plot_height -= 15  # and for the value under a hanging column
    zero = round(20 + plot_height * (top / span if low else 1), 1)
    slot = width / max(len(years), 1)
    every = 1 if len(years) <= 6 else (2 if len(years) <= 12 else (4 if len(years) <= 24 else 5))
    bars = []
    for i, year in enumerate(years):
        value = counts.get(year, 0)
        h = round(plot_height * abs(value) / span, 1)
        bar_width = min(slot * 0.7, max_bar)
        bars.append(
            Bar(
                label=str(year),
                value=value,
                x=round(i * slot + (slot - bar_width) / 2, 1),
                y=round(zero - h, 1) if value >= 0 else zero,
                width=round(bar_width, 1),
                height=h,
                show_label=(i % every == 0 or i == len(years) - 1),
                label_x=round(i * slot + slot / 2, 1),
                label_y=height - 6,
                value_x=round(i * slot + slot / 2, 1),
                value_y=round(zero - h - 5, 1) if value >= 0 else round(zero + h + 13, 1),
                display=fmt(value),
            )
        )
    described = "；".join(f"{y}年 {fmt(counts.get(y, 0))} {unit}" for y in years)
    return Chart(
        id=chart_id,
        title=title,
        description=described or "暂无数据",
        width=width,
        height=height,
        bars=bars,
        baseline=zero,
        unit=unit,
        value_label=value_label,
    )


# Base units (as figures store them) -> the larger units a chart prints them in.
DISPLAY_UNITS = {
    "元": [(10**8, "亿元"), (10**4, "万元"), (1, "元")],
    "美元": [(10**8, "亿美元"), (10**4, "万美元"), (1, "美元")],
    "平方米": [(10**6, "平方公里"), (10**4, "万平方米"), (1, "平方米")],
    "W": [(10**9, "GW"), (10**6, "MW"), (10**3, "kW"), (1, "W")],
    "个": [(10**4, "万"), (1, "")],
    "千瓦时": [(10**8, "亿千瓦时"), (10**4, "万千瓦时"), (1, "千瓦时")],
}


def display_unit(base_unit, top):
    """``(divisor, unit)`` to print values up to ``top`` (in ``base_unit``) readably:
    419183000000 元 -> (10**8, "亿元")."""
    for divisor, unit in DISPLAY_UNITS.get(base_unit, []):
        if abs(top) >= divisor:
            return divisor, unit
    return 1, base_unit


def number(value):
    """A value for reading: at most two decimals, no trailing zeros (4191.83, 12, 0.5)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


PROVINCE_ORDER = [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    "台湾省", "香港特别行政区", "澳门特别行政区",
]  # fmt: skip
_PROVINCE_RANK = {name: i for i, name in enumerate(PROVINCE_ORDER)}
_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏", "宁夏回族自治区": "宁夏",
          "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港", "澳门特别行政区": "澳门"}  # fmt: skip


def province_sort_key(name):
    """The conventional order of China's provincial divisions (GB/T 2260); unknown ones last."""
    return (_PROVINCE_RANK.get(name, len(PROVINCE_ORDER)), name)


def province_short(name):
    if not name:
        return "未知"
    return _SHORT.get(name) or (name[:-1] if name[-1] in "省市" and len(name) > 2 else name)


# The charts as their templates draw them (``templates/archive/charts/``), written with
# format strings; tests compare each with its template. Every text is escaped. The start
# and the data table are the same for both kinds of chart.
CHART_HEAD = (
    '<figure class="chart chart--{kind}">\n<svg class="chart__svg" xmlns="http://www.w3.org/2000/svg" '
    'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-desc" '
    'preserveAspectRatio="xMinYMin meet">\n<title id="{id}-title">{title}</title>\n'
    '<desc id="{id}-desc">{description}</desc>\n'
)
BAR_ROW = (
    '<g class="chart__row">\n<text class="chart__label" x="{label_x}" y="{label_y}" text-anchor="end" '
    'dominant-baseline="central">{label}</text>\n{rect}\n<text class="chart__value" x="{value_x}" '
    'y="{value_y}" dominant-baseline="central">{display}</text>\n</g>\n'
)
BAR_RECT = (
    '<rect class="chart__bar" x="{x}" y="{y}" width="{width}" height="{height}" rx="2">'
    "<title>{label}：{display} {unit}</title></rect>"
)
# The end of a chart and its data table, as ``_table.html`` draws it: ``unit`` "年" for the
# column charts (a year column, each year with 年), "" for the bar chart (a province column).
CHART_TABLE = (
    '</svg>\n<figcaption>{title}</figcaption>\n</figure>\n<details class="chart__data">\n'
    "<summary>查看数据表</summary>\n<table>\n<caption>{title}</caption>\n"
    '<thead><tr><th scope="col">{first}</th><th scope="col">{value_label}{unit_note}</th></tr></thead>\n'
    "<tbody>{rows}</tbody>\n</table>\n</details>\n\n"
)


def _chart_head(chart, kind):
    """The figure's start: the SVG with its title and description."""
    return CHART_HEAD.format(
        kind=kind,
        width=chart.width,
        height=chart.height,
        id=escape(chart.id),
        title=escape(chart.title),
        description=escape(chart.description),
    )


def _chart_table(chart, unit=""):
    """The figure's end and the chart's data table (``templates/archive/charts/_table.html``)."""
    rows = "".join(
        f'<tr><th scope="row">{escape(b.label)}{unit}</th><td>{escape(b.display)}</td></tr>' for b in chart.bars
    )
    return CHART_TABLE.format(
        title=escape(chart.title),
        first="年份" if unit else "省份",
        value_label=escape(chart.value_label),
        unit_note=f"（{escape(chart.unit)}）" if chart.unit != "篇" and chart.unit else "",
        rows=rows,
    )


# The bar chart as ``_horizontal_bars.html`` draws it (with its ``_table.html``, no
# ``unit``): the park directory draws its provinces' chart (~30 bars, ~500 template
# lookups: 3.2 ms of CPU; this 0.5 ms) again after every change of a count.
def horizontal_bars_html(chart):
    """``chart`` (``horizontal_bars``) as SVG and its data table, HTML."""
    unit = escape(chart.unit)
    rows = []
    for bar in chart.bars:
        label, display = escape(bar.label), escape(bar.display)
        rect = (
            ""
            if not bar.value
            else BAR_RECT.format(
                x=bar.x, y=bar.y, width=bar.width, height=bar.height, label=label, display=display, unit=unit
            )
        )
        rows.append(
            BAR_ROW.format(
                label_x=bar.label_x,
                label_y=bar.label_y,
                label=label,
                rect=rect,
                value_x=bar.value_x,
                value_y=bar.value_y,
                display=display,
            )  # fmt: skip
        )
    return mark_safe(  # noqa: S308 - every text is escaped
        _chart_head(chart, "bars") + "".join(rows) + _chart_table(chart)
    )


# The column chart as ``templates/archive/charts/_year_columns.html`` draws it (with its
# ``_table.html``, ``unit="年"``), for the park page, which draws up to five of them (its
# years and its figures' charts) after every change of the archive: ~2.7 ms of a first
# visit's CPU at 100,000 articles through the template. A test compares it with the
# template. Every text is escaped.
COLUMNS_AXIS = '<line class="chart__axis" x1="0" y1="{baseline}" x2="{width}" y2="{baseline}"/>\n'
COLUMN_VALUE = (
    '<rect class="chart__bar" x="{x}" y="{y}" width="{width}" height="{height}" rx="2">'
    "<title>{label}年：{display} {unit}</title></rect>\n"
    '<text class="chart__value" x="{value_x}" y="{value_y}" text-anchor="middle">{display}</text>'
)
COLUMN_LABEL = '<text class="chart__label" x="{label_x}" y="{label_y}" text-anchor="middle">{label}</text>'


def year_columns_html(chart):
    """``chart`` (``year_columns``) as SVG and its data table, HTML."""
    unit = escape(chart.unit)
    columns = []
    for bar in chart.bars:
        label, display = escape(bar.label), escape(bar.display)
        value = (
            COLUMN_VALUE.format(
                x=bar.x,
                y=bar.y,
                width=bar.width,
                height=bar.height,
                label=label,
                display=display,
                unit=unit,
                value_x=bar.value_x,
                value_y=bar.value_y,
            )  # fmt: skip
            if bar.value
            else ""
        )
        shown = COLUMN_LABEL.format(label_x=bar.label_x, label_y=bar.label_y, label=label) if bar.show_label else ""
        columns.append(f'<g class="chart__column">\n{value}\n{shown}\n</g>\n')
    return mark_safe(  # noqa: S308 - every text is escaped
        _chart_head(chart, "columns")
        + COLUMNS_AXIS.format(baseline=chart.baseline, width=chart.width)
        + "".join(columns)
        + _chart_table(chart, unit="年")
    )

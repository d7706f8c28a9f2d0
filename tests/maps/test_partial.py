"""templates/archive/_map.html: links, names, escaping, and nothing the CSP would block."""

import re
from pathlib import Path

from django.template.loader import render_to_string

from archive.maps.render import ParkPoint, china_map, province_map

XSS = "<script>alert('x')</script>"


def parks():
    return [
        ParkPoint("zgc", "中关村科技园区", "national_hitech", 116.41, 39.9, 7, "/parks/zgc/"),
        ParkPoint("evil", XSS, "national_etdz", 104.07, 30.57, 0, "/parks/evil/"),
        ParkPoint("nowhere", "无处园区", "national_etdz", None, None, 1, "/parks/nowhere/"),
    ]


def render(m):
    return render_to_string("archive/_map.html", {"map": m})


def test_it_links_each_park_once_with_its_name_and_count():
    html = render(china_map(parks(), {"北京市": 7}))
    assert html.count('href="/parks/zgc/"') == 1
    assert 'aria-label="中关村科技园区：7 篇"' in html
    assert "<title>中关村科技园区：7 篇</title>" in html
    assert html.count('href="/parks/nowhere/"') == 1  # listed under the map, not drawn


def test_it_escapes_park_names():
    html = render(china_map(parks(), {}))
    assert XSS not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;：暂无报道" in html


def test_it_links_provinces_to_the_filter_url():
    html = render(china_map(parks(), {"北京市": 7}, province_url={"北京市": "/parks/?province=北京市"}))
    assert 'href="/parks/?province=北京市" aria-label="北京市：7 篇报道"' in html


def test_it_uses_classes_not_styles_and_loads_nothing_from_elsewhere():
    html = render(china_map(parks(), {"北京市": 7}))
    assert "style=" not in html and "<script" not in html
    assert re.findall(r"https?://[^\"' ]+", html) == ["http://www.w3.org/2000/svg"]
    assert "/static/archive/map.css" in html


def test_it_has_a_text_alternative_and_the_attribution():
    html = render(china_map(parks(), {}))
    assert 'aria-describedby="park-map-desc"' in html and "完整列表见下文" in html
    assert "Apache ECharts 4.9.0" in html and "cpca" in html
    assert 'href="#park-map-end"' in html and 'id="park-map-end"' in html


def test_it_renders_numbers_without_localisation():
    html = render(province_map("北京市", parks()[:1]))
    assert re.search(r'viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+"', html)
    assert 'r="' in html and not re.search(r'r="\d+,\d+"', html)


# The map as the template drew every layer before they were written in Python
# (archive/maps/svg.py): the markup must not change.
TEMPLATE_DRAWN = Path(__file__).resolve().parent / "data" / "map_template_drawn.html"


def test_the_layers_drawn_in_python_are_what_the_template_drew():
    from django.template import Context, Template

    template = Template(TEMPLATE_DRAWN.read_text(encoding="utf-8"))
    urls = {"北京市": "/parks/?province=北京市", "四川省": "/parks/?province=<四川>&x=1"}
    maps = (
        china_map(parks(), {"北京市": 7, "四川省": 3, "广东省": 1, "上海市": 12}, province_url=urls),
        province_map("四川省", parks(), province_count=3),
        province_map("海南省", parks()),
    )
    for m in maps:
        assert m.parks and m.provinces
        assert render(m) == template.render(Context({"map": m}))


def test_the_map_written_in_python_is_what_the_template_draws():
    from archive.maps.figure import figure

    hostile = [*parks(), ParkPoint("evil2", XSS, "national_hitech", None, None, 3, "/parks/?a=1&b=<2>")]
    for m in (
        china_map(hostile, {"北京市": 7, "四川省": 1}, province_url={"北京市": "/parks/?province=北京&x=<1>"}),
        china_map([], {}),
        province_map("北京市", hostile),
        province_map("海南省", hostile, province_count=3),
    ):
        assert figure(m) == render(m)

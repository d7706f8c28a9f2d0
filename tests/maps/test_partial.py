"""templates/archive/_map.html: links, names, escaping, and nothing the CSP would block."""

import re

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


# What the template drew before the parks' layer was written in Python (ParkMap.parks_svg).
TEMPLATE_PARKS_LAYER = (
    "{% load l10n %}{% localize off %}{% for park in map.parks %}\n"
    '<a class="map__park map__park--{{ park.kind }}{% if not park.count %} map__park--none{% endif %}" '
    'href="{{ park.url }}" aria-label="{{ park.label }}"><title>{{ park.label }}</title>'
    '{% if park.shape == "square" %}<rect class="map__mark" x="{{ park.left }}" y="{{ park.top }}" '
    'width="{{ park.side }}" height="{{ park.side }}"/>{% else %}<circle class="map__mark" cx="{{ park.x }}" '
    'cy="{{ park.y }}" r="{{ park.r }}"/>{% endif %}<text class="map__tip" x="{{ park.x }}" y="{{ park.tip_y }}">'
    "{{ park.label }}</text></a>{% endfor %}{% endlocalize %}"
)


def test_the_parks_layer_is_what_the_template_drew():
    from django.template import Context, Template

    for m in (china_map(parks(), {"北京市": 7}), province_map("四川省", parks())):
        assert m.parks
        assert str(m.parks_svg) == Template(TEMPLATE_PARKS_LAYER).render(Context({"map": m}))

"""The projected outline in provinces.json: China where and how it should be."""

from archive.charts import PROVINCE_ORDER
from archive.maps.projection import Projection
from archive.maps.render import load_provinces

from .geo import contains, rings


def projection():
    return Projection.from_dict(load_provinces()["projection"])


def test_it_puts_beijing_north_east_of_chengdu():
    bx, by = projection().to_svg(116.41, 39.90)
    cx, cy = projection().to_svg(104.07, 30.57)
    assert bx > cx and by < cy  # SVG y grows downwards


def test_it_keeps_north_up_along_the_central_meridian():
    x0, y0 = projection().to_svg(105, 25)
    x1, y1 = projection().to_svg(105, 45)
    assert abs(x1 - x0) < 1e-6 and y1 < y0


def test_it_has_every_province_of_the_gazetteer_order():
    assert list(load_provinces()["provinces"]) == PROVINCE_ORDER


def test_it_keeps_every_province_and_hainan_inside_the_view_box():
    data = load_provinces()
    for name, shape in data["provinces"].items():
        x0, y0, x1, y1 = shape["bbox"]
        assert 0 <= x0 < x1 <= data["width"] and 0 <= y0 < y1 <= data["height"], name
    hainan = data["provinces"]["海南省"]
    assert contains(hainan["d"], projection().to_svg(110.2, 19.2))  # the middle of the island


def test_it_draws_the_south_china_sea_inset_clear_of_the_provinces():
    data = load_provinces()
    inset = data["inset"]
    assert inset["name"] == "南海诸岛"
    x, y, w, h = inset["box"]
    assert 0 <= x and x + w <= data["width"] and 0 <= y and y + h <= data["height"]
    assert len(rings(inset["d"])) == 12  # ECharts's frame, its coast and ten dashes
    for name, shape in data["provinces"].items():
        for ring in rings(shape["d"]):
            assert not any(x < px < x + w and y < py < y + h for px, py in ring), name


def test_it_keeps_taiwan_with_the_diaoyu_islands():
    taiwan = load_provinces()["provinces"]["台湾省"]
    assert contains(taiwan["d"], projection().to_svg(121.0, 23.7))
    diaoyu = projection().to_svg(123.4745, 25.743)
    assert any(
        min(px for px, _ in ring) - 1 <= diaoyu[0] <= max(px for px, _ in ring) + 1
        and min(py for _, py in ring) - 1 <= diaoyu[1] <= max(py for _, py in ring) + 1
        for ring in rings(taiwan["d"])
    )


def test_it_stays_small():
    from archive.maps.render import PROVINCES_JSON

    assert PROVINCES_JSON.stat().st_size < 80_000

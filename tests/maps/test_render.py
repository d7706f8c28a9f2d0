"""archive.maps.render: the geometry the map partial draws, from plain data."""

from archive.maps.render import (
    ParkPoint,
    china_map,
    coverage_levels,
    load_provinces,
    province_map,
    radius,
)

from .geo import contains


def park(slug, count=0, *, lon=116.407394, lat=39.904211, kind="national_hitech", name=None):
    return ParkPoint(slug, name or slug, kind, lon, lat, count, f"/parks/{slug}/")


WORLD = [
    park("zgc", 40),
    park("bjjkq", 3, kind="national_etdz"),
    park("cd", 12, lon=104.066794, lat=30.572893),
    park("hk", 0, lon=110.19989, lat=20.044001),
    park("lost", 5, lon=None, lat=None),
]


def test_it_draws_each_placed_park_exactly_once_and_lists_the_rest():
    m = china_map(WORLD, {"北京市": 43})
    assert sorted(p.slug for p in m.parks) == ["bjjkq", "cd", "hk", "zgc"]
    assert [p.slug for p in m.unplaced] == ["lost"]
    assert "1 个园区无法定位" in m.description


def test_it_grows_radii_with_the_count():
    radii = [radius(c, 100) for c in (0, 1, 2, 10, 50, 99, 100)]
    assert radii == sorted(radii) and len(set(radii)) == len(radii)
    assert radius(0, 0) == radius(0, 100)


def test_it_draws_busier_parks_bigger_and_first():
    m = china_map(WORLD, {})
    assert [p.slug for p in m.parks] == ["zgc", "cd", "bjjkq", "hk"]
    assert m.parks[0].r > m.parks[1].r > m.parks[2].r > m.parks[3].r


def test_it_spreads_parks_of_one_city_apart():
    m = china_map([park(f"p{i}", i) for i in range(8)], {})
    assert len({(p.x, p.y) for p in m.parks}) == 8


def test_it_draws_etdzs_as_squares_of_equal_area():
    square = next(p for p in china_map(WORLD, {}).parks if p.slug == "bjjkq")
    assert square.shape == "square" and abs(square.side**2 - 3.14159 * square.r**2) < 0.1


def test_it_puts_a_park_in_its_province():
    data = load_provinces()
    chengdu = next(p for p in china_map(WORLD, {}).parks if p.slug == "cd")
    assert contains(data["provinces"]["四川省"]["d"], (chengdu.x, chengdu.y))


def test_it_shades_provinces_by_quartile():
    counts = {"none": 0} | {f"p{c}": c for c in (1, 2, 3, 4, 5, 6, 7, 100)}
    levels, legend = coverage_levels(counts)
    assert [levels[name] for name in counts] == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert [level.label for level in legend] == ["暂无报道", "1–2 篇", "3–4 篇", "5–6 篇", "7–100 篇"]


def test_it_merges_levels_when_counts_tie():
    levels, legend = coverage_levels({"a": 5, "b": 5, "c": 5})
    assert set(levels.values()) == {1} and len(legend) == 2


def test_it_links_provinces_that_have_a_url():
    m = china_map(
        WORLD, {"北京市": 43}, province_url=lambda name: f"/parks/?province={name}" if name == "北京市" else None
    )
    linked = [p for p in m.provinces if p.url]
    assert [(p.name, p.url, p.level) for p in linked] == [("北京市", "/parks/?province=北京市", 1)]
    m = china_map(WORLD, {}, province_url={"四川省": "/parks/sichuan/"})
    assert [p.name for p in m.provinces if p.url] == ["四川省"]


def test_it_draws_the_inset_on_the_national_map():
    m = china_map(WORLD, {})
    assert m.inset["name"] == "南海诸岛" and not m.inset_transform


def test_it_frames_one_province_with_its_neighbours():
    m = province_map("四川省", [WORLD[2]], province_count=12)
    mine = [p for p in m.provinces if not p.context]
    assert [p.name for p in mine] == ["四川省"] and m.provinces[-1].name == "四川省"
    assert {"重庆市", "云南省"} <= {p.name for p in m.provinces if p.context}
    assert "北京市" not in {p.name for p in m.provinces}
    x, y, w, h = (float(v) for v in m.view_box.split())
    (point,) = m.parks
    assert x < point.x < x + w and y < point.y < y + h
    assert m.inset is None


def test_it_gives_hainan_the_south_china_sea_inset():
    m = province_map("海南省", [WORLD[3]])
    assert m.inset["name"] == "南海诸岛" and m.inset_transform.startswith("translate(")

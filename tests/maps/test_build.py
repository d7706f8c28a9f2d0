"""The map build reproduces its committed outputs, offline, from the committed sources."""

import hashlib
import json

import pytest

from archive.maps import build, echarts


def test_it_reproduces_provinces_json_byte_for_byte():
    assert build.build_provinces(build.ECHARTS_DIR) == build.PROVINCES_JSON.read_text(encoding="utf-8")


def test_it_reproduces_park_coordinates_byte_for_byte():
    pytest.importorskip("cpca", reason="cpca is a build-time tool: pip install -r requirements-build.txt")
    assert build.build_coordinates() == build.COORDINATES_CSV.read_text(encoding="utf-8")


def test_it_keeps_the_echarts_files_with_their_licence():
    for name in build.ECHARTS_FILES:
        assert (build.ECHARTS_DIR / name).is_file(), name
    assert "Apache License" in (build.ECHARTS_DIR / "LICENSE").read_text(encoding="utf-8")
    # china.json exactly as echarts 4.9.0 ships it (sha256 of the file in the npm tarball)
    digest = hashlib.sha256((build.ECHARTS_DIR / "map/json/china.json").read_bytes()).hexdigest()
    assert digest == "d392f651a48e6213c9bfc83f406711069de296c17f426cffc0ad1148078ee226"


def test_it_decodes_like_echarts_parse_geo_json():
    # Two points: the offset, then a zig-zag step of (+1, -1) ('B' = 66 -> 2 -> +1; 'A' = 65 -> 1 -> -1).
    assert echarts.decode_ring("BA", (1024, 2048)) == [(1025, 2047)]
    assert echarts.decode_ring("@@BA", (0, 0)) == [(0, 0), (1, -1)]


def test_it_decodes_beijing_where_beijing_is():
    text = (build.ECHARTS_DIR / "map/json/china.json").read_text(encoding="utf-8")
    features = {name: polygons for _, name, _, polygons in echarts.read_features(text)}
    points = [p for polygon in features["北京"] for ring in polygon for p in ring]
    lons = [x / echarts.SCALE for x, _ in points]
    lats = [y / echarts.SCALE for _, y in points]
    assert 115 < min(lons) < max(lons) < 118 and 39 < min(lats) < max(lats) < 41.5


def test_it_derives_the_full_province_names():
    names = build.province_names(["内蒙古", "广西", "北京", "香港", "河南", "河北"])
    assert names == {
        "内蒙古": "内蒙古自治区",
        "广西": "广西壮族自治区",
        "北京": "北京市",
        "香港": "香港特别行政区",
        "河南": "河南省",
        "河北": "河北省",
    }
    with pytest.raises(ValueError):
        build.province_names(["火星"])


def test_it_reads_the_inset_from_nanhai_js():
    text = (build.ECHARTS_DIR / "src/coord/geo/fix/nanhai.js").read_text(encoding="utf-8")
    rings, origin = echarts.read_nanhai(text)
    assert origin == (126.0, 25.0) and len(rings) == 12


def test_it_records_where_the_data_came_from():
    data = json.loads(build.PROVINCES_JSON.read_text(encoding="utf-8"))
    assert data["source"]["package"] == "echarts@4.9.0 (npm)" and data["source"]["licence"] == "Apache-2.0"
    assert "ECharts" in data["attribution"] and "cpca" in data["attribution"]

"""Reading Apache ECharts 4.9.0's map of China (``map/json/china.json`` and two ``fix`` files).

ECharts ships the outline "UTF8Encoding"-compressed: every ring is a string whose
characters are pairs of zig-zag, delta-encoded integers, starting at the ring's
``encodeOffsets`` and quantised at 1/1024 degree. ``decode_ring`` follows ECharts's own
``decodePolygon`` (``src/coord/geo/parseGeoJson.js``) step for step, but keeps the
integers: equal integers are exactly the vertices two provinces share, which the
simplifier needs to keep their common border common.

Two things ECharts adds in code rather than in the JSON, and official maps of China show,
are read from the package too (``src/coord/geo/fix/``): the South China Sea islands inset
(``nanhai.js``: a frame with the dashed line, drawn in its own units, 10.5 to the degree)
and the Diaoyu Islands (``diaoyuIsland.js``: a polygon appended to Taiwan).
"""

import json
import re

SCALE = 1024  # the file has no UTF8Scale, so ECharts's default applies


def decode_ring(encoded, offset):
    """One ring as ``[(lon * 1024, lat * 1024), ...]`` integers."""
    x, y = offset
    ring = []
    for i in range(0, len(encoded), 2):
        dx = ord(encoded[i]) - 64
        dy = ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        ring.append((x, y))
    return ring


def read_features(text):
    """``[(adcode, name, centre (lon, lat), [polygon [ring [(x, y) ints]]])]`` in file order."""
    data = json.loads(text)
    if not data.get("UTF8Encoding"):
        raise ValueError("expected ECharts's UTF8Encoding-compressed china.json")
    if data.get("UTF8Scale", SCALE) != SCALE:
        raise ValueError(f"unexpected UTF8Scale {data['UTF8Scale']}")
    features = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        coordinates, offsets = geometry["coordinates"], geometry["encodeOffsets"]
        if geometry["type"] == "Polygon":
            coordinates, offsets = [coordinates], [offsets]
        polygons = [
            [decode_ring(ring, offset) for ring, offset in zip(polygon, polygon_offsets, strict=True)]
            for polygon, polygon_offsets in zip(coordinates, offsets, strict=True)
        ]
        props = feature["properties"]
        features.append((props["id"], props["name"], tuple(props["cp"]), polygons))
    return features


def _points_literal(js_text, filename):
    match = re.search(r"var points = (\[.*?\]);", js_text, re.S)
    if not match:
        raise ValueError(f"no `var points = [...]` in {filename}")
    return json.loads(match.group(1))


def read_nanhai(js_text):
    """The inset's rings in ECharts's inset units (x right, y down, 64 × 93.1) and its origin.

    ``nanhai.js`` places the drawing at ``geoCoord`` (lon, lat) of its top-left corner at
    10.5 units per degree; we keep the units and place the box ourselves.
    """
    rings = _points_literal(js_text, "nanhai.js")
    origin = re.search(r"var geoCoord = \[([\d.]+), ([\d.]+)\];", js_text)
    if not origin:
        raise ValueError("no geoCoord in nanhai.js")
    return [[tuple(p) for p in ring] for ring in rings], (float(origin.group(1)), float(origin.group(2)))


def read_diaoyu(js_text):
    """The Diaoyu Islands polygon(s) as (lon, lat) rings, which ECharts appends to Taiwan."""
    return [[tuple(p) for p in ring] for ring in _points_literal(js_text, "diaoyuIsland.js")]

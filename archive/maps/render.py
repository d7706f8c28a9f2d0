"""Geometry for the server-rendered map of the parks (no JavaScript, no external requests).

Pure functions, like ``archive/charts.py``: they take plain data (the provinces from
``data/provinces.json``, the parks as ``ParkPoint``, counts as dicts) and return what
``templates/archive/_map.html`` draws, in the viewBox units of ``provinces.json``
(1000 wide). No Django models are imported, so callers build the inputs from whatever
queryset they have, and the tests need no database.

- A park is a point at its city (``fixtures/park-coordinates.csv``), projected with the
  same Albers projection as the outlines. Its area grows with its number of published
  articles (radius on a square-root scale); high-tech zones are circles, ETDZs squares
  of the same area, and parks without articles are drawn hollow, so the map reads
  without colour. Parks in the same city are spread on a sunflower spiral around it
  instead of hiding one another.
- A province is shaded by coverage: level 0 for no articles, then 1–4 by quartile of
  the provinces that have some. Each level has its own hatching pattern as well as its
  colour (``static/archive/map.css``).
"""

import functools
import json
import math
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from django.utils.safestring import mark_safe

from archive.maps import svg
from archive.maps.projection import Projection

PROVINCES_JSON = Path(__file__).resolve().parent / "data" / "provinces.json"
LEVELS = 4
R_MIN, R_MAX, R_NONE = 2.5, 11.0, 2.2  # radii in viewBox units of the 1000-wide map
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
SQRT_PI = math.sqrt(math.pi)
KIND_SHAPES = {"national_etdz": "square"}  # everything else is a circle


@functools.cache
def load_provinces(path=PROVINCES_JSON):
    """provinces.json as built by ``archive.maps.build`` (read once per process)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ParkPoint:
    """One park as the caller knows it; ``lon``/``lat`` None when it has no coordinates."""

    slug: str
    name: str
    kind: str
    lon: float | None
    lat: float | None
    count: int
    url: str


@dataclass
class MapPark:
    slug: str
    name: str
    kind: str
    count: int
    url: str
    x: float
    y: float
    r: float
    shape: str = "circle"
    side: float = 0  # squares: side and top-left corner
    left: float = 0
    top: float = 0
    tip_y: float = 0

    @property
    def label(self):
        return f"{self.name}：{self.count} 篇" if self.count else f"{self.name}：暂无报道"


@dataclass
class MapProvince:
    name: str
    short: str
    d: str
    count: int = 0
    level: int = 0
    url: str | None = None
    label_x: float = 0
    label_y: float = 0
    show_label: bool = True
    context: bool = False  # drawn around a province map, not part of it

    @property
    def label(self):
        return f"{self.name}：{self.count} 篇报道" if self.count else f"{self.name}：暂无报道"


@dataclass
class Level:
    """A shading level: its legend text and its hatching (denser lines for more articles)."""

    level: int
    label: str

    @property
    def spacing(self):
        return {1: 9, 2: 6, 3: 4.5, 4: 4.5}.get(self.level, 0)

    @property
    def cross(self):
        return self.level == LEVELS


@dataclass
class ParkMap:
    id: str
    title: str
    description: str
    view_box: str
    provinces: list[MapProvince]
    parks: list[MapPark]
    levels: list[Level] = field(default_factory=list)
    inset: dict | None = None
    inset_transform: str = ""
    unplaced: list[ParkPoint] = field(default_factory=list)
    attribution: str = ""
    text_size: float = 14
    inset_text_size: float = 14  # the inset may be drawn scaled (Hainan's map): its text is not
    stroke_scale: float = 1

    # The SVG layers, drawn in Python (``archive.maps.svg``: why, and the markup).
    @property
    def defs_svg(self):
        return mark_safe(svg.defs(self))  # noqa: S308 - svg escapes every text

    @property
    def provinces_svg(self):
        return mark_safe(svg.provinces(self))  # noqa: S308

    @property
    def labels_svg(self):
        return mark_safe(svg.labels(self))  # noqa: S308

    @property
    def parks_svg(self):
        return mark_safe(svg.parks(self))  # noqa: S308

    @property
    def sizes(self):
        """Legend: the smallest and largest point and one between, as (count, radius)."""
        counted = sorted({(p.count, p.r) for p in self.parks if p.count})
        if not counted:
            return []
        picks = [counted[0], counted[len(counted) // 2], counted[-1]]
        return list(dict.fromkeys(picks))


def radius(count, top):
    """Radius for ``count`` articles when the busiest park has ``top``: monotone, area ~ count."""
    if count <= 0 or top <= 0:
        return R_NONE
    return round(R_MIN + (R_MAX - R_MIN) * math.sqrt(count / top), 2)


def coverage_levels(counts):
    """(level of each province, legend): 0 for none, then 1..4 by quartile of the rest."""
    values = sorted(c for c in counts.values() if c > 0)
    uppers = []
    for k in range(1, LEVELS + 1):
        if values:
            upper = values[math.ceil(k * len(values) / LEVELS) - 1]
            if upper not in uppers:
                uppers.append(upper)
    levels = {}
    for name, count in counts.items():
        levels[name] = 0 if count <= 0 else 1 + next(i for i, u in enumerate(uppers) if count <= u)
    legend = [Level(0, "暂无报道")]
    low = 1
    for i, upper in enumerate(uppers):
        legend.append(Level(i + 1, f"{low} 篇" if low == upper else f"{low}–{upper} 篇"))
        low = upper + 1
    return levels, legend


@functools.lru_cache(maxsize=4096)
def _at(projection, lon, lat):
    """A city's place on the map, worked out once per process (it depends on no count;
    projecting ~400 parks again cost ~10 ms of every redraw)."""
    x, y = projection.to_svg(lon, lat)
    return round(x, 1), round(y, 1)


def _points(parks, projection, scale):
    """Project, size and spread the placed parks; drawn biggest first so small ones stay clickable."""
    top = max((p.count for p in parks), default=0)
    radii = {}
    sized = []
    for park in parks:
        if park.count not in radii:
            radii[park.count] = radius(park.count, top) * scale
        sized.append((*_at(projection, park.lon, park.lat), -park.count, park.name, park.slug, radii[park.count], park))
    sized.sort(key=itemgetter(0, 1, 2, 3, 4))
    out = []
    for (cx, cy), group in groupby(sized, key=itemgetter(0, 1)):
        group = list(group)
        spacing = 1.9 * sorted(s[5] for s in group)[len(group) // 2]
        for i, (*_, r, park) in enumerate(group):
            x, y = cx, cy  # the first of a city at the city
            if i:
                distance = spacing * math.sqrt(i)
                x = round(cx + distance * math.cos(i * GOLDEN_ANGLE), 1)
                y = round(cy + distance * math.sin(i * GOLDEN_ANGLE), 1)
            point = MapPark(
                slug=park.slug, name=park.name, kind=park.kind, count=park.count, url=park.url,
                x=x, y=y, r=round(r, 2), shape=KIND_SHAPES.get(park.kind, "circle"),
            )  # fmt: skip
            if point.shape == "square":
                point.side = round(r * SQRT_PI, 2)
                point.left, point.top = round(x - point.side / 2, 2), round(y - point.side / 2, 2)
            point.tip_y = round(y - r - 4 * scale, 1)
            out.append(point)
    out.sort(key=lambda p: (-p.count, -p.r, p.name, p.slug))
    return out


def _split(parks):
    placed = [p for p in parks if p.lon is not None and p.lat is not None]
    unplaced = [p for p in parks if p.lon is None or p.lat is None]
    return placed, unplaced


def _url(province_url, name):
    if province_url is None:
        return None
    return province_url(name) if callable(province_url) else province_url.get(name)


def china_map(parks, province_counts, *, province_url=None, map_id="park-map", title="园区分布图", data=None):
    """The whole country: every placed park, every province shaded and (optionally) linked.

    ``province_url`` is a callable or a dict giving each province's filter URL (None: no
    link, e.g. for a province without parks).
    """
    data = data or load_provinces()
    projection = Projection.from_dict(data["projection"])
    levels, legend = coverage_levels({name: province_counts.get(name, 0) for name in data["provinces"]})
    provinces = []
    for name, shape in data["provinces"].items():
        x0, y0, x1, y1 = shape["bbox"]
        provinces.append(
            MapProvince(
                name=name,
                short=shape["short"],
                d=shape["d"],
                count=province_counts.get(name, 0),
                level=levels[name],
                url=_url(province_url, name),
                label_x=shape["label"][0],
                label_y=shape["label"][1],
                show_label=(x1 - x0) >= 40 and (y1 - y0) >= 24,
            )  # fmt: skip
        )
    placed, unplaced = _split(parks)
    points = _points(placed, projection, 1)
    return ParkMap(
        id=map_id,
        title=title,
        description=_describe(points, unplaced),
        view_box=f"0 0 {data['width']} {data['height']}",
        provinces=provinces,
        parks=points,
        levels=legend,
        inset=data["inset"],
        unplaced=unplaced,
        attribution=data["attribution"],
    )


def province_map(province, parks, *, province_count=0, map_id="province-map", title=None, data=None, pad=0.08):
    """One province filling the viewBox, its neighbours faint around it, its parks on it.

    The viewBox is the province's bounding box (padded), so the shared path data is reused
    unchanged; radii, text and strokes are scaled so they look the same size on screen as
    on the national map shown at about 650 pixels.
    """
    data = data or load_provinces()
    shape = data["provinces"][province]
    projection = Projection.from_dict(data["projection"])
    x0, y0, x1, y1 = shape["bbox"]
    width, height = x1 - x0, y1 - y0
    margin = pad * max(width, height)
    vx0, vy0, vx1, vy1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    scale = round(max(vx1 - vx0, (vy1 - vy0) * 1.3) / 650, 4)
    inset, transform, inset_text_size = None, "", round(14 * scale, 2)
    if shape["adcode"] == "460000":
        # Hainan's map carries the South China Sea islands (三沙市) inset at its lower right.
        ix, iy, iw, ih = data["inset"]["box"]
        k = round(0.9 * (vy1 - vy0) / ih, 4)
        left = vx1 + margin
        transform = f"translate({round(left - ix * k, 2)} {round(vy0 + 0.05 * (vy1 - vy0) - iy * k, 2)}) scale({k})"
        vx1 = left + iw * k + margin
        inset_text_size = round(14 * scale / k, 2)
        inset = data["inset"]
    provinces = []
    for name, other in data["provinces"].items():
        ox0, oy0, ox1, oy1 = other["bbox"]
        if name != province and (ox1 < vx0 or ox0 > vx1 or oy1 < vy0 or oy0 > vy1):
            continue
        provinces.append(
            MapProvince(
                name=name,
                short=other["short"],
                d=other["d"],
                context=name != province,
                count=province_count if name == province else 0,
                level=0,
                show_label=False,
            )  # fmt: skip
        )
    provinces.sort(key=lambda p: not p.context)  # the province last, on top of its neighbours
    placed, unplaced = _split(parks)
    points = _points(placed, projection, scale)
    return ParkMap(
        id=map_id,
        title=title or f"{province}园区分布图",
        description=_describe(points, unplaced),
        view_box=" ".join(str(round(v, 1)) for v in (vx0, vy0, vx1 - vx0, vy1 - vy0)),
        provinces=provinces,
        parks=points,
        inset=inset,
        inset_transform=transform,
        unplaced=unplaced,
        attribution=data["attribution"],
        text_size=round(14 * scale, 2),
        inset_text_size=inset_text_size,
        stroke_scale=scale,
    )


def _describe(points, unplaced):
    text = f"地图标出 {len(points)} 个园区所在城市，圆点（经开区为方块）越大报道越多，空心为暂无报道。"
    if unplaced:
        text += f"另有 {len(unplaced)} 个园区无法定位，未标出。"
    return text + "完整列表见下文。"

"""Build the map's data files: ``python -m archive.maps.build [--offline] [--check]``.

Two outputs, both committed and reproduced byte for byte by this script:

``archive/maps/data/provinces.json``
    The provinces of Apache ECharts 4.9.0's ``map/json/china.json`` (npm package
    ``echarts``, Apache-2.0), projected once (``archive/maps/projection.py``), simplified
    and written as SVG path data, plus the South China Sea inset. The three source files
    and ECharts's LICENSE and NOTICE are kept in ``archive/maps/data/echarts-4.9.0/``,
    exactly as the package has them, so the projection can be re-run and tested offline.
``fixtures/park-coordinates.csv``
    A longitude and latitude for each park of ``fixtures/parks.csv``: its city's, as the
    PyPI package ``cpca`` (MIT) records it, found with ``cpca.transform`` on the park's
    province and city. ``cpca`` is a build-time tool (``requirements-build.txt``), not a
    runtime dependency.

Without ``--offline`` the script first runs ``npm pack echarts@4.9.0``, checks the
tarball against the registry's published sha512 and refreshes the copied source files.
This module needs only the standard library (and ``cpca`` for the coordinates), not
Django, so it runs from a small build virtualenv.
"""

import argparse
import base64
import csv
import hashlib
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from archive.charts import PROVINCE_ORDER
from archive.maps import echarts
from archive.maps.geometry import bounds, path_data, simplify_rings
from archive.maps.projection import Albers, Projection

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(__file__).resolve().parent / "data"
ECHARTS_VERSION = "4.9.0"
CPCA_VERSION = "0.5.5"  # as pinned in requirements-build.txt
# `npm view echarts@4.9.0 dist.integrity`: the tarball must match it before we use it.
ECHARTS_INTEGRITY = "sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA=="
ECHARTS_DIR = DATA_DIR / f"echarts-{ECHARTS_VERSION}"
ECHARTS_FILES = [
    "map/json/china.json",
    "src/coord/geo/fix/nanhai.js",
    "src/coord/geo/fix/diaoyuIsland.js",
    "LICENSE",
    "NOTICE",
]
PROVINCES_JSON = DATA_DIR / "provinces.json"
PARKS_CSV = ROOT / "fixtures" / "parks.csv"
COORDINATES_CSV = ROOT / "fixtures" / "park-coordinates.csv"

WIDTH = 1000  # viewBox width; the height follows from China's shape
MARGIN = 10
TOLERANCE = 1.0  # Douglas–Peucker tolerance in viewBox units (about 5 km): 60 KB of paths
INSET_NAME = "南海诸岛"
ATTRIBUTION = (
    f"地图：Apache ECharts {ECHARTS_VERSION} 中国地图数据（Apache-2.0）；"
    f"园区位置：cpca {CPCA_VERSION} 所在城市坐标（MIT）。"
)


# -- sources -------------------------------------------------------------------------------


def fetch_echarts(dest=ECHARTS_DIR):
    """``npm pack`` the pinned ECharts, check its sha512 and copy the files we use."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["npm", "pack", f"echarts@{ECHARTS_VERSION}", "--pack-destination", tmp, "--silent"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        tarball = Path(tmp) / f"echarts-{ECHARTS_VERSION}.tgz"
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != ECHARTS_INTEGRITY:
            raise SystemExit(f"echarts-{ECHARTS_VERSION}.tgz: sha512 {digest} is not the published {ECHARTS_INTEGRITY}")
        with tarfile.open(tarball) as tar:
            for name in ECHARTS_FILES:
                member = tar.extractfile(f"package/{name}")
                target = dest / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(member.read())


def province_names(echarts_names):
    """ECharts's short names (``内蒙古``) → the gazetteer's full ones (``内蒙古自治区``).

    Derived, not typed: each full name in ``archive.charts.PROVINCE_ORDER`` (GB/T 2260)
    begins with exactly one ECharts name.
    """
    mapping = {}
    for short in echarts_names:
        full = [name for name in PROVINCE_ORDER if name.startswith(short)]
        if len(full) != 1:
            raise ValueError(f"ECharts province {short!r} matches {full!r} in PROVINCE_ORDER")
        mapping[short] = full[0]
    if len(set(mapping.values())) != len(mapping):
        raise ValueError("two ECharts provinces map to one name")
    return mapping


# -- provinces.json ------------------------------------------------------------------------


def _frame(features, albers):
    """Scale and offsets that fit China (all provinces) into WIDTH with MARGIN."""
    xs, ys = [], []
    for _, _, _, polygons in features:
        for polygon in polygons:
            for ring in polygon:
                for x, y in ring:
                    px, py = albers(x / echarts.SCALE, y / echarts.SCALE)
                    xs.append(px)
                    ys.append(py)
    scale = round((WIDTH - 2 * MARGIN) / (max(xs) - min(xs)), 8)
    dx = round(MARGIN - min(xs) * scale, 3)
    dy = round(MARGIN + max(ys) * scale, 3)
    height = math.ceil((max(ys) - min(ys)) * scale + 2 * MARGIN)
    return Projection(albers=albers, scale=scale, dx=dx, dy=dy), height


def _inset(nanhai_rings, origin, projection, height, occupied):
    """The South China Sea islands inset, at the map's lower right as official maps have it.

    Its scale is ECharts's own (10.5 units to the degree) measured at ECharts's placement
    (``origin``), so the inset is drawn at the main map's scale. The box goes into the
    lower-right corner; if any province vertex would fall inside it, the frame grows
    downwards until none does.
    """
    (x0, y0), (x1, y1) = projection.to_svg(*origin), projection.to_svg(origin[0] + 1, origin[1])
    unit = math.hypot(x1 - x0, y1 - y0) / 10.5
    xs = [x for ring in nanhai_rings for x, _ in ring]
    ys = [y for ring in nanhai_rings for _, y in ring]
    width, box_height = (max(xs) - min(xs)) * unit, (max(ys) - min(ys)) * unit
    left = WIDTH - MARGIN - width
    top = height - MARGIN - box_height
    inside = [y for x, y in occupied if x >= left - MARGIN and y >= top - MARGIN]
    if inside:
        top = max(inside) + 2 * MARGIN
        height = math.ceil(top + box_height + MARGIN)
    rings = [[(left + (x - min(xs)) * unit, top + (y - min(ys)) * unit) for x, y in ring] for ring in nanhai_rings]
    box = [round(v, 1) for v in (left, top, width, box_height)]
    label = [round(left + width - 5, 1), round(top + box_height - 6, 1)]  # lower right, clear of the dashes
    return {"name": INSET_NAME, "box": box, "label": label, "d": path_data(rings)}, height


def build_provinces(source_dir=ECHARTS_DIR):
    """The text of provinces.json, from the copied ECharts files."""
    features = echarts.read_features((source_dir / "map/json/china.json").read_text(encoding="utf-8"))
    nanhai, origin = echarts.read_nanhai((source_dir / "src/coord/geo/fix/nanhai.js").read_text(encoding="utf-8"))
    diaoyu = echarts.read_diaoyu((source_dir / "src/coord/geo/fix/diaoyuIsland.js").read_text(encoding="utf-8"))
    names = province_names([name for _, name, _, _ in features])

    # As ECharts does, the Diaoyu Islands are part of Taiwan's outline.
    features = [
        (
            adcode,
            name,
            cp,
            polygons
            + (
                [[[(round(lon * echarts.SCALE), round(lat * echarts.SCALE)) for lon, lat in ring]] for ring in diaoyu]
                if name == "台湾"
                else []
            ),
        )
        for adcode, name, cp, polygons in features
    ]
    projection, height = _frame(features, Albers())

    def project(vertex):
        return projection.to_svg(vertex[0] / echarts.SCALE, vertex[1] / echarts.SCALE)

    all_rings, owner = [], []
    for index, (_, _, _, polygons) in enumerate(features):
        for polygon in polygons:
            for ring in polygon:
                all_rings.append(ring)
                owner.append(index)
    simplified = simplify_rings(all_rings, project, TOLERANCE)

    provinces = {}
    for index, (adcode, name, cp, _) in sorted(enumerate(features), key=lambda f: PROVINCE_ORDER.index(names[f[1][1]])):
        rings = [ring for ring, o in zip(simplified, owner, strict=True) if o == index]
        x0, y0, x1, y1 = bounds(rings)
        lx, ly = projection.to_svg(*cp)
        provinces[names[name]] = {
            "short": name,
            "adcode": adcode,
            "label": [round(lx, 1), round(ly, 1)],
            "bbox": [round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)],
            "d": path_data(rings),
        }
    occupied = [p for ring in simplified for p in ring]
    inset, height = _inset(nanhai, origin, projection, height, occupied)
    data = {
        "source": {
            "package": f"echarts@{ECHARTS_VERSION} (npm)",
            "licence": "Apache-2.0",
            "files": ECHARTS_FILES[:3],
            "integrity": ECHARTS_INTEGRITY,
        },
        "attribution": ATTRIBUTION,
        "projection": projection.as_dict(),
        "tolerance": TOLERANCE,
        "width": WIDTH,
        "height": height,
        "provinces": provinces,
        "inset": inset,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# -- park-coordinates.csv ------------------------------------------------------------------

COORDINATE_COLUMNS = ["name", "kind", "province", "city", "longitude", "latitude", "source"]


def build_coordinates(parks_csv=PARKS_CSV):
    """The text of park-coordinates.csv: each park placed at its city, or a reason why not."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cpca 0.5.5 imports pkg_resources, which warns
        import cpca

    if cpca.__version__ != CPCA_VERSION:
        raise SystemExit(
            f"cpca {cpca.__version__} installed, {CPCA_VERSION} expected: pip install -r requirements-build.txt"
        )
    with open(parks_csv, encoding="utf-8", newline="") as fh:
        parks = list(csv.DictReader(fh))
    places = sorted({(p["province"].strip(), p["city"].strip()) for p in parks})
    found = cpca.transform([province + city for province, city in places])
    located = {}
    for (province, city), (_, match) in zip(places, found.iterrows(), strict=True):
        adcode = match["adcode"] if isinstance(match["adcode"], str) else ""
        if not (province and city):
            located[province, city] = (None, "province or city missing in parks.csv")
        elif not adcode:
            located[province, city] = (None, f"cpca {cpca.__version__} found no region in {province}{city}")
        elif match["省"] != province or city not in (match["市"], match["区"], province):
            located[province, city] = (
                None,
                f"cpca {cpca.__version__} matched {match['省']}{match['市']}{match['区'] or ''} ({adcode}), not {province}{city}",
            )
        else:
            info = cpca.ad_2_addr_dict[adcode.ljust(12, "0")]
            source = f"cpca {cpca.__version__} {adcode} {info.name}"
            located[province, city] = ((float(info.longitude), float(info.latitude)), source)

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COORDINATE_COLUMNS)
    for park in parks:
        key = (park["province"].strip(), park["city"].strip())
        point, source = located[key]
        lon, lat = (f"{point[0]:.6f}", f"{point[1]:.6f}") if point else ("", "")
        writer.writerow([park["name"].strip(), park["kind"].strip(), *key, lon, lat, source])
    return out.getvalue()


# -- command line --------------------------------------------------------------------------


def _write_or_check(path, text, check):
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old == text:
        print(f"{path.relative_to(ROOT)}: unchanged")
        return True
    if check:
        print(f"{path.relative_to(ROOT)}: differs from a fresh build", file=sys.stderr)
        return False
    path.write_text(text, encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: written ({len(text.encode())} bytes)")
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m archive.maps.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--offline", action="store_true", help="use the committed ECharts files, skip npm")
    parser.add_argument("--check", action="store_true", help="compare with the committed outputs, write nothing")
    parser.add_argument("--only", choices=["provinces", "coordinates"], help="build one output")
    args = parser.parse_args(argv)
    ok = True
    if args.only in (None, "provinces"):
        if not args.offline:
            if args.check:
                with tempfile.TemporaryDirectory() as tmp:
                    fetch_echarts(Path(tmp))
                    for name in ECHARTS_FILES:
                        if (Path(tmp) / name).read_bytes() != (ECHARTS_DIR / name).read_bytes():
                            print(f"{ECHARTS_DIR.relative_to(ROOT)}/{name}: differs from the package", file=sys.stderr)
                            ok = False
            else:
                fetch_echarts()
        ok &= _write_or_check(PROVINCES_JSON, build_provinces(), args.check)
    if args.only in (None, "coordinates"):
        ok &= _write_or_check(COORDINATES_CSV, build_coordinates(), args.check)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

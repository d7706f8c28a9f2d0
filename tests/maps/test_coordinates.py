"""fixtures/park-coordinates.csv: every park of the gazetteer placed in its province, or a reason."""

import csv

from archive.maps.build import COORDINATES_CSV, PARKS_CSV
from archive.maps.projection import Projection
from archive.maps.render import load_provinces

from .geo import contains

# China's extent (Heilongjiang's east to Xinjiang's west, Hainan's south to Mohe's north):
# the outline itself, not typed numbers, decides; these only catch swapped columns.
LON, LAT = (73, 136), (17, 54)


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_it_has_one_row_per_park_in_gazetteer_order():
    parks, coords = read(PARKS_CSV), read(COORDINATES_CSV)
    assert [(p["name"], p["kind"]) for p in parks] == [(c["name"], c["kind"]) for c in coords]


def test_it_places_each_park_inside_china_or_says_why_not():
    for row in read(COORDINATES_CSV):
        if row["longitude"]:
            assert LON[0] < float(row["longitude"]) < LON[1] and LAT[0] < float(row["latitude"]) < LAT[1], row
            assert row["source"].startswith("cpca 0.5.5 "), row
        else:
            assert not row["latitude"] and row["source"], row


def test_it_places_each_park_inside_its_own_province_on_the_map():
    data = load_provinces()
    projection = Projection.from_dict(data["projection"])
    outside = [
        row["name"]
        for row in read(COORDINATES_CSV)
        if row["longitude"]
        and not contains(
            data["provinces"][row["province"]]["d"],
            projection.to_svg(float(row["longitude"]), float(row["latitude"])),
        )
    ]
    assert outside == []


def test_it_names_the_matched_region():
    row = next(r for r in read(COORDINATES_CSV) if r["city"] == "潜江市")
    assert row["source"] == "cpca 0.5.5 429005 潜江市"


def test_it_reads_coordinates_for_the_gazetteer_loader():
    from archive.maps.coordinates import read_coordinates

    coords = read_coordinates()
    assert len(coords) == len(read(PARKS_CSV))
    lon, lat, source = coords["中关村科技园区", "national_hitech"]
    assert (lon, lat, source) == (116.407394, 39.904211, "cpca 0.5.5 110000 北京市")

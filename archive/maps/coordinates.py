"""Reading fixtures/park-coordinates.csv (written by ``archive.maps.build``) for the gazetteer.

Keyed like the gazetteer matches parks, on (official name, kind). Parks the build could
not place map to ``(None, None, reason)`` so the loader can keep the reason visible.
"""

import csv
from pathlib import Path

COORDINATES_CSV = Path(__file__).resolve().parents[2] / "fixtures" / "park-coordinates.csv"


def read_coordinates(path=COORDINATES_CSV):
    """``{(name, kind): (longitude, latitude, source)}``; longitude/latitude are floats or None."""
    out = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lon, lat = row["longitude"].strip(), row["latitude"].strip()
            out[row["name"], row["kind"]] = (
                float(lon) if lon else None,
                float(lat) if lat else None,
                row["source"].strip(),
            )
    return out

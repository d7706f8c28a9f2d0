"""The park gazetteer shipped in fixtures/parks.csv, and loading it into the database.

The file is read by ``archive.pipeline.parks.read_gazetteer_csv`` (which the parser's
tests also use); this module checks the kinds against ``Park.Kind`` and writes the rows.
Each park's map coordinates come with it, from ``fixtures/park-coordinates.csv`` (its
city's seat as the cpca package records it, written by ``archive.maps.build``; see
docs/map.md): nobody types coordinates by hand.
"""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from archive.maps.coordinates import read_coordinates
from archive.models import Park
from archive.pipeline.parks import read_gazetteer_csv

GAZETTEER_CSV = Path(settings.BASE_DIR) / "fixtures" / "parks.csv"
KINDS = {choice.value for choice in Park.Kind}
COORDINATE_FIELDS = ("longitude", "latitude", "coordinates_source")


def read_parks_csv(path=GAZETTEER_CSV, coordinates=None):
    """Rows of the gazetteer as dicts ready for ``Park(**row)``, with the coordinates of
    ``coordinates`` (default: ``read_coordinates()``) merged on (name, kind); raises
    GazetteerError on a malformed row. A park without a coordinates row gets none (the map
    lists it apart)."""
    coordinates = read_coordinates() if coordinates is None else coordinates
    return [
        {
            **row,
            "aliases": "\n".join(row["aliases"]),
            **dict(zip(COORDINATE_FIELDS, coordinates.get((row["name"], row["kind"]), (None, None, "")), strict=True)),
        }
        for row in read_gazetteer_csv(path, kinds=KINDS)
    ]


@transaction.atomic
def load_parks(rows, update=False):
    """Create the gazetteer's parks that are missing; with ``update``, refresh the rest.

    Parks are matched on (official name, kind), so slugs never change on a reload and
    editors' changes survive unless ``update`` is asked for. Coordinates are the exception:
    a park that has none and no note of where they came from gets the gazetteer's (so an
    archive created before the map had them gets them on its next ``setup_archive``).
    """
    existing = {(p.name, p.kind): p for p in Park.objects.all()}
    created = updated = 0
    for row in rows:
        park = existing.get((row["name"], row["kind"]))
        if park is None:
            Park.objects.create(verified=True, **row)
            created += 1
        else:
            fields = row if update else _blank_coordinates(park, row)
            changed = [k for k, v in fields.items() if getattr(park, k) != v]
            if changed:
                for k in changed:
                    setattr(park, k, row[k])
                park.save(update_fields=changed)
                updated += 1
    return created, updated


def _blank_coordinates(park, row):
    """The row's coordinates, for a park that has none and whose source no one has written."""
    if park.longitude is None and park.latitude is None and not park.coordinates_source:
        return {k: row[k] for k in COORDINATE_FIELDS}
    return {}

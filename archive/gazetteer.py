"""The park gazetteer shipped in fixtures/parks.csv, and loading it into the database.

The file is read by ``archive.pipeline.parks.read_gazetteer_csv`` (which the parser's
tests also use); this module checks the kinds against ``Park.Kind`` and writes the rows.
"""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from archive.models import Park
from archive.pipeline.parks import read_gazetteer_csv

GAZETTEER_CSV = Path(settings.BASE_DIR) / "fixtures" / "parks.csv"
KINDS = {choice.value for choice in Park.Kind}


def read_parks_csv(path=GAZETTEER_CSV):
    """Rows of the gazetteer as dicts ready for ``Park(**row)``; raises GazetteerError on a malformed row."""
    return [{**row, "aliases": "\n".join(row["aliases"])} for row in read_gazetteer_csv(path, kinds=KINDS)]


@transaction.atomic
def load_parks(rows, update=False):
    """Create the gazetteer's parks that are missing; with ``update``, refresh the rest.

    Parks are matched on (official name, kind), so slugs never change on a reload and
    editors' changes survive unless ``update`` is asked for.
    """
    existing = {(p.name, p.kind): p for p in Park.objects.all()}
    created = updated = 0
    for row in rows:
        park = existing.get((row["name"], row["kind"]))
        if park is None:
            Park.objects.create(verified=True, **row)
            created += 1
        elif update:
            changed = [k for k, v in row.items() if getattr(park, k) != v]
            if changed:
                for k in changed:
                    setattr(park, k, row[k])
                park.save(update_fields=changed)
                updated += 1
    return created, updated

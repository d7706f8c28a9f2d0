"""The park gazetteer shipped in fixtures/parks.csv, and loading it into the database."""

import csv
from pathlib import Path

from django.conf import settings
from django.db import transaction

from archive.models import Park

GAZETTEER_CSV = Path(settings.BASE_DIR) / "fixtures" / "parks.csv"
KINDS = {choice.value for choice in Park.Kind}


class GazetteerError(ValueError):
    pass


def read_parks_csv(path=GAZETTEER_CSV):
    """Rows of the gazetteer as dicts ready for ``Park(**row)``; raises on a malformed row."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(csv.DictReader(fh), start=2):
            name = (raw.get("name") or "").strip()
            kind = (raw.get("kind") or "").strip()
            if not name:
                raise GazetteerError(f"{path}:{lineno}: empty name")
            if kind not in KINDS:
                raise GazetteerError(f"{path}:{lineno}: unknown kind {kind!r}")
            year = (raw.get("approved_year") or "").strip()
            rows.append(
                {
                    "name": name,
                    "short_name": (raw.get("short_name") or "").strip(),
                    "aliases": "\n".join(a.strip() for a in (raw.get("aliases") or "").split(";") if a.strip()),
                    "province": (raw.get("province") or "").strip(),
                    "city": (raw.get("city") or "").strip(),
                    "approved_year": int(year) if year else None,
                    "kind": kind,
                    "source": (raw.get("source") or "").strip(),
                    "notes": (raw.get("notes") or "").strip(),
                }
            )
    return rows


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

"""A digest of every table's rows after an import, to show that a change to the importer
stores the same rows: run it with two checkouts on the same pages and compare.

    .venv/bin/python bench/import_rows_digest.py PAGES_DIR TEMPLATE_DATA_DIR WORK_DATA_DIR
        [--tree CHECKOUT] [--jobs N]

``TEMPLATE_DATA_DIR`` is a data dir after ``migrate`` and ``load_parks``; it is copied to
``WORK_DATA_DIR`` (replaced), ``import_pages --publish`` of ``--tree`` imports the pages
into the copy, and one line per table with rows is printed: its name, row count and the
sha256 of every column of every row in rowid order. Columns that hold the time of the
import (``created``, ``updated``, ``history_date``, ``imported_at``) are left out; so is
the index queue's ``created``. Then ``PRAGMA integrity_check``.
"""

import hashlib
import os
import sqlite3
import subprocess
import sys

import import_copy

TIME_COLUMNS = {"created", "updated", "history_date", "imported_at"}


def table_digests(database):
    db = sqlite3.connect(database)
    tables = [
        name
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not name.startswith("sqlite_")
    ]
    out = []
    for table in tables:
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")') if row[1] not in TIME_COLUMNS]
        digest = hashlib.sha256()
        count = 0
        select = ", ".join(f'"{c}"' for c in columns)
        for row in db.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode())
            count += 1
        if count:
            out.append((table, count, digest.hexdigest()))
    check = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    return out, check


def main():
    parser = import_copy.arguments(__doc__)
    parser.add_argument("--jobs", type=int)
    args = parser.parse_args()
    import_copy.fresh_copy(args)
    env = dict(os.environ, ARCHIVE_DATA_DIR=str(args.data), DJANGO_SETTINGS_MODULE="archive.settings")
    env.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    command = [sys.executable, str(args.tree / "manage.py"), "import_pages", str(args.pages), "--publish", "-v0"]
    subprocess.run(command + (["--jobs", str(args.jobs)] if args.jobs else []), check=True, env=env)
    digests, check = table_digests(args.data / "archive.sqlite3")
    for table, count, digest in digests:
        print(f"{table} {count} {digest}")
    print(f"integrity_check {check}")


if __name__ == "__main__":
    main()

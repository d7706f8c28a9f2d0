"""Backup and restore of an archive.

A backup is a folder holding:
- the database, written by the engine's own tool while the site keeps running:
  ``archive.sqlite3`` (SQLite's online backup API) or ``archive.pgdump`` (``pg_dump
  --format=custom``, one consistent snapshot; restored with ``pg_restore``);
- ``pages/``: every source page's raw text as received, re-encoded in its recorded
  encoding, named ``<sha256>.txt``, so the pages survive even without the database;
- ``manifest.json``: counts, the database file's name, engine and checksum, checked again
  on restore.

The search index is not backed up: it is rebuilt from the database alone. What differs
per database engine is one small function each (dump, check, load) in ``ENGINES``.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.utils import timezone

from archive import counting
from archive.models import Article, PublishedCount, SourcePage


class BackupError(Exception):
    pass


def _dump_sqlite(path):
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        # Django's own connection: consistent even while other processes write (WAL).
        connection.connection.backup(target, pages=1024)
    finally:
        target.close()


def _check_sqlite(path):
    check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("the backup's database fails SQLite's integrity check")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the backup's database is not a SQLite database: {exc}") from exc
    finally:
        check.close()


def _load_sqlite(path):
    target = Path(connection.settings_dict["NAME"])
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp = target.with_suffix(".restoring")
    shutil.copyfile(path, tmp)
    tmp.replace(target)


def _postgresql_tool(name, *args):
    """Run PostgreSQL's ``name`` (pg_dump, pg_restore) against this archive's database."""
    program = shutil.which(name)
    if program is None:
        raise BackupError(f"{name} not found: install PostgreSQL's client programs (Debian: postgresql-client)")
    db = connection.settings_dict
    env = dict(os.environ)
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[variable] = str(db[key])
    if db.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = db["OPTIONS"]["sslmode"]
    result = subprocess.run([program, *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{name} failed: {result.stderr.strip()}")
    return result.stdout


def _dump_postgresql(path):
    _postgresql_tool("pg_dump", "--format=custom", "--file", str(path), "--dbname", connection.settings_dict["NAME"])


def _check_postgresql(path):
    listing = _postgresql_tool("pg_restore", "--list", str(path))
    if "TABLE DATA public archive_sourcepage" not in listing:
        raise BackupError("the backup's database dump holds no archive (no archive_sourcepage data)")


def _load_postgresql(path):
    connection.close()
    # One transaction: a failed restore leaves the database as it was. --clean drops what the
    # dump recreates; ownership and grants follow the restoring role, not the dumping one.
    _postgresql_tool(
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        "--dbname",
        connection.settings_dict["NAME"],
        str(path),
    )


@dataclass(frozen=True)
class Engine:
    file: str
    dump: object
    check: object
    load: object


ENGINES = {
    "sqlite": Engine("archive.sqlite3", _dump_sqlite, _check_sqlite, _load_sqlite),
    "postgresql": Engine("archive.pgdump", _dump_postgresql, _check_postgresql, _load_postgresql),
}


def _engine():
    try:
        return ENGINES[connection.vendor]
    except KeyError:
        raise BackupError(f"backups handle {' and '.join(ENGINES)}, not {connection.vendor}") from None


def file_sha256(path):
    """A file's SHA-256, read in chunks (hashlib.file_digest): a 2 GB database never sits in memory."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def raw_bytes(page):
    encoding = page.encoding or "utf-8"
    return page.raw_text.encode(encoding)


def backup(dest):
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} exists and is not empty")
    engine = _engine()
    dest.mkdir(parents=True, exist_ok=True)
    pages_dir = dest / "pages"
    pages_dir.mkdir()
    engine.dump(dest / engine.file)

    pages = 0
    mismatched = []
    for page in SourcePage.objects.only("sha256", "raw_text", "encoding", "file_name").iterator(chunk_size=200):
        data = raw_bytes(page)
        if hashlib.sha256(data).hexdigest() != page.sha256:
            mismatched.append(page.file_name)
        (pages_dir / f"{page.sha256}.txt").write_bytes(data)
        pages += 1
    manifest = {
        "created": timezone.now().isoformat(),
        "pages": pages,
        "articles": Article.objects.count(),
        "published": Article.objects.published().count(),
        "database_engine": connection.vendor,
        "database_file": engine.file,
        "database_sha256": file_sha256(dest / engine.file),
        "pages_not_byte_identical": mismatched,
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def _holds_pages():
    return "archive_sourcepage" in connection.introspection.table_names() and SourcePage.objects.exists()


def restore(src, force=False):
    """Put a backup's database in place of the current one (the index must be rebuilt after)."""
    src = Path(src)
    manifest_path = src / "manifest.json"
    if not manifest_path.exists():
        raise BackupError(f"{src} is not a backup (no manifest.json)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    engine = _engine()
    # Backups made before PostgreSQL was supported hold SQLite and say nothing about it.
    backed_up = manifest.get("database_engine", "sqlite")
    if backed_up != connection.vendor:
        raise BackupError(
            f"this backup holds a {backed_up} database and this archive runs on {connection.vendor}: "
            "restore it into an archive on the same engine"
        )
    db_copy = src / manifest.get("database_file", engine.file)
    if not db_copy.exists() or file_sha256(db_copy) != manifest["database_sha256"]:
        raise BackupError("the backup's database does not match its manifest (corrupt backup)")
    engine.check(db_copy)
    if _holds_pages() and not force:
        raise BackupError(f"{connection.settings_dict['NAME']} already holds an archive; use --force to replace it")
    engine.load(db_copy)
    # Values kept for the counts' generation the backup was taken at (``stats.counts_version``)
    # may since have been kept for the same number in this archive: a new epoch.
    if PublishedCount._meta.db_table in connection.introspection.table_names():
        counting.new_generation()
    return manifest

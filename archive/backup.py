"""Backup and restore of a data dir.

A backup is a folder holding:
- ``archive.sqlite3``: a consistent copy made with SQLite's online backup API, safe
  while gunicorn and the importer are running;
- ``pages/``: every source page's raw text as received, re-encoded in its recorded
  encoding, named ``<sha256>.txt``, so the pages survive even without the database;
- ``manifest.json``: counts and checksums, checked again on restore.

The search index is not backed up: it is rebuilt from the database alone.
"""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from archive.models import Article, SourcePage


class BackupError(Exception):
    pass


def _sqlite_path():
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.sqlite3":
        raise BackupError("backup_archive handles the embedded SQLite database; for PostgreSQL use pg_dump (README).")
    return Path(db["NAME"])


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
    _sqlite_path()
    dest.mkdir(parents=True, exist_ok=True)
    pages_dir = dest / "pages"
    pages_dir.mkdir()

    connection.ensure_connection()
    target = sqlite3.connect(dest / "archive.sqlite3")
    try:
        # Django's own connection: consistent even while other processes write (WAL).
        connection.connection.backup(target, pages=1024)
    finally:
        target.close()

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
        "database_sha256": file_sha256(dest / "archive.sqlite3"),
        "pages_not_byte_identical": mismatched,
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def restore(src, force=False):
    """Put a backup's database in place of the current one (the index must be rebuilt after)."""
    src = Path(src)
    manifest_path = src / "manifest.json"
    if not manifest_path.exists():
        raise BackupError(f"{src} is not a backup (no manifest.json)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    db_copy = src / "archive.sqlite3"
    if file_sha256(db_copy) != manifest["database_sha256"]:
        raise BackupError("the backup's database does not match its manifest (corrupt backup)")
    check = sqlite3.connect(f"file:{db_copy}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("the backup's database fails SQLite's integrity check")
    finally:
        check.close()

    target = _sqlite_path()
    connection.close()
    if target.exists() and not force:
        current = sqlite3.connect(target)
        try:
            has_pages = (
                current.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='archive_sourcepage'"
                ).fetchone()
                and current.execute("SELECT COUNT(*) FROM archive_sourcepage").fetchone()[0]
            )
        finally:
            current.close()
        if has_pages:
            raise BackupError(f"{target} already holds an archive; use --force to replace it")
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp = target.with_suffix(".restoring")
    shutil.copyfile(db_copy, tmp)
    tmp.replace(target)
    return manifest

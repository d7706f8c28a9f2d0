"""Backup and restore, end to end in real data dirs (subprocesses, as an operator runs them),
each archive with a database of its own on the backend under test (``tests.databases``)."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.databases import on_postgresql, scratch_database

ROOT = Path(__file__).resolve().parents[2]


def manage(db, *args, check=True):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(ARCHIVE_DATA_DIR=str(db.data_dir), DATABASE_URL=db.url, DJANGO_SECRET_KEY="backup-test-" + "k" * 40)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    if check and result.returncode != 0:
        raise AssertionError(f"{args}: {result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with scratch_database(tmp_path_factory.mktemp("data")) as data:
        manage(data, "migrate", "-v0")
        manage(data, "load_parks", "-v0")
        manage(data, "import_pages", "--publish", str(ROOT / "fixtures" / "pages"), "-v0")
        yield data


@pytest.fixture
def fresh(tmp_path):
    """An empty archive (no schema yet) in a data dir and database of its own."""
    with scratch_database(tmp_path / "fresh") as db:
        yield db


def export(db):
    out = manage(db, "export_articles").stdout
    return [json.loads(line) for line in out.splitlines()]


def test_it_restores_every_article_and_raw_page(archive, fresh, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manifest = json.loads((backup_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pages"] == 5 and manifest["pages_not_byte_identical"] == []
    for page in (ROOT / "fixtures" / "pages").glob("*.txt"):
        digest = hashlib.sha256(page.read_bytes()).hexdigest()
        assert (backup_dir / "pages" / f"{digest}.txt").read_bytes() == page.read_bytes()

    manage(fresh, "restore_archive", str(backup_dir), "-v0")
    assert export(fresh) == export(archive)


def generation(db):
    code = "from archive import counting; print(counting.generation())"
    return manage(db, "shell", "-v0", "-c", code).stdout.strip().splitlines()[-1]


def test_a_restore_starts_a_new_generation_of_the_counts(archive, fresh, tmp_path):
    """What a process kept for the backup's generation (``stats.counts_version``) may since
    have been kept for the same number here: a restore starts a new epoch."""
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manage(fresh, "restore_archive", str(backup_dir), "-v0")
    kept, restored = generation(archive), generation(fresh)
    assert kept != "None" and restored != "None"
    assert kept.split(".")[0] != restored.split(".")[0]


def test_it_writes_the_database_with_the_engines_own_tool(archive, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manifest = json.loads((backup_dir / "manifest.json").read_text(encoding="utf-8"))
    # pg_dump's custom format starts with "PGDMP"; a SQLite file with its own header.
    expected = (
        ("postgresql", "archive.pgdump", b"PGDMP") if on_postgresql() else ("sqlite", "archive.sqlite3", b"SQLite")
    )
    header = (backup_dir / manifest["database_file"]).read_bytes()[: len(expected[2])]
    assert (manifest["database_engine"], manifest["database_file"], header) == expected


def test_force_replaces_an_archive_that_changed_since_the_backup(archive, fresh, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manage(fresh, "migrate", "-v0")
    manage(fresh, "load_parks", "-v0")
    manage(fresh, "import_pages", str(next((ROOT / "fixtures" / "pages").glob("*.txt"))), "-v0")
    manage(fresh, "restore_archive", "--force", str(backup_dir), "-v0")
    assert export(fresh) == export(archive)


def test_it_refuses_a_backup_of_another_database_engine(archive, fresh, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manifest_path = backup_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["database_engine"] = "sqlite" if on_postgresql() else "postgresql"
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    result = manage(fresh, "restore_archive", str(backup_dir), check=False)
    assert result.returncode != 0
    assert "same engine" in result.stderr


def test_it_refuses_to_overwrite_an_archive_without_force(archive, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    result = manage(archive, "restore_archive", str(backup_dir), check=False)
    assert result.returncode != 0
    assert "--force" in result.stderr


def test_it_refuses_a_corrupt_backup(archive, fresh, tmp_path):
    backup_dir = tmp_path / "backup"
    manage(archive, "backup_archive", str(backup_dir))
    manifest = json.loads((backup_dir / "manifest.json").read_text(encoding="utf-8"))
    with open(backup_dir / manifest["database_file"], "r+b") as fh:
        fh.seek(5000)
        fh.write(b"garbage")
    result = manage(fresh, "restore_archive", str(backup_dir), check=False)
    assert result.returncode != 0
    assert "corrupt" in result.stderr


def test_it_refuses_a_non_empty_destination(archive, tmp_path):
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "x").write_text("x")
    result = manage(archive, "backup_archive", str(tmp_path / "occupied"), check=False)
    assert result.returncode != 0
    assert "not empty" in result.stderr


def test_it_hashes_the_database_in_chunks_not_in_memory(tmp_path):
    import hashlib
    import os
    import tracemalloc

    from archive.backup import file_sha256

    big = tmp_path / "archive.sqlite3"
    data = os.urandom(1024 * 1024) * 24  # 24 MiB
    big.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    del data
    tracemalloc.start()
    digest = file_sha256(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert digest == expected
    assert peak < 2 * 1024 * 1024

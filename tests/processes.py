"""Real archives driven by real processes (manage.py), for the crash, concurrency and fault
tests. Each archive is a data dir with a database of its own on the backend under test
(``tests.databases.ScratchDatabase``: the data dir's SQLite file, or a new PostgreSQL
database), so these tests run in both passes of the suite."""

import json
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.databases import scratch_database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import iter_pages  # noqa: E402,F401  (the seeded page generator, for the tests)

# For the few tests whose subject is SQLite itself (its integrity check, its file locks).
sqlite_only = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="about SQLite's own behaviour; runs in the SQLite pass",
)


def environment(db):
    """The environment of a ``manage.py`` run on ``db`` (a ``ScratchDatabase``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(ARCHIVE_DATA_DIR=str(db.data_dir), DJANGO_SECRET_KEY="crash-test-" + "k" * 40)
    if db.url:
        env["DATABASE_URL"] = db.url
    env["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    return env


def manage(db, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(db),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result.stdout


def start(db, *args):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_until(predicate, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def export(db):
    """Everything an import decides, without database ids (which differ between runs)."""
    records = [json.loads(line) for line in manage(db, "export_articles").splitlines()]
    for record in records:
        del record["id"], record["url"]
    return sorted(records, key=lambda r: (r["source"]["file"], r["source"]["order"]))


@pytest.fixture
def archives(tmp_path):
    """``archives(name)``: a migrated archive with the gazetteer, in a data dir and database of its own."""
    with ExitStack() as stack:

        def fresh_archive(name):
            db = stack.enter_context(scratch_database(tmp_path / name))
            manage(db, "migrate", "-v0")
            manage(db, "load_parks", "-v0")
            return db

        yield fresh_archive

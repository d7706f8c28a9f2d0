"""Real archives in temporary data dirs, driven by real processes (manage.py), for the
crash, concurrency and fault tests."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import iter_pages  # noqa: E402,F401  (the seeded page generator, for the tests)

# These archives are SQLite files in their data dirs (the tests look into them with sqlite3
# and lock them to simulate a busy database), so they run in the SQLite pass of the suite;
# the PostgreSQL pass's archives in subprocesses are tests.databases' (crash recovery, backups).
sqlite_archives = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="SQLite archives in data dirs; runs in the SQLite pass (no PostgreSQL counterpart yet)",
)


def environment(data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SECRET_KEY="crash-test-" + "k" * 40)
    env["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    return env


def manage(data_dir, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(data_dir),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result.stdout


def start(data_dir, *args):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def count(data_dir, sql):
    db = sqlite3.connect(f"file:{data_dir / 'archive.sqlite3'}?mode=ro", uri=True, timeout=10)
    try:
        return db.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def wait_until(predicate, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def export(data_dir):
    """Everything an import decides, without database ids (which differ between runs)."""
    records = [json.loads(line) for line in manage(data_dir, "export_articles").splitlines()]
    for record in records:
        del record["id"], record["url"]
    return sorted(records, key=lambda r: (r["source"]["file"], r["source"]["order"]))


def fresh_archive(path):
    manage(path, "migrate", "-v0")
    manage(path, "load_parks", "-v0")
    return path

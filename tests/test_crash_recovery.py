"""kill -9 in the middle of an import or of the index writer, then recover.

Real processes in real data dirs: the importer and the writer are killed the way a power
cut or the OOM killer would, and what the operator does next (run the same command again,
restart the writer) must give exactly what an uninterrupted run gives. Each archive has a
database of its own on the backend under test (``tests.databases``).
"""

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import iter_pages  # noqa: E402

from tests.databases import scratch_database  # noqa: E402


def environment(db):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(ARCHIVE_DATA_DIR=str(db.data_dir), DATABASE_URL=db.url, DJANGO_SECRET_KEY="crash-test-" + "k" * 40)
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


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for name, text in iter_pages(400, seed=3):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


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


def test_a_killed_import_rerun_gives_exactly_an_uninterrupted_import(pages, archives):
    clean = archives("clean")
    manage(clean, "import_pages", str(pages), "--jobs", "1", "-v0")

    crashed = archives("crashed")
    proc = start(crashed, "import_pages", str(pages), "--jobs", "1", "-v0")
    assert wait_until(lambda: crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage") >= 50)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage")
    assert 0 < stored < 400, "the kill must land mid-import"
    # No half-imported page: every stored page has all of its articles.
    assert crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage p WHERE NOT EXISTS "
                 "(SELECT 1 FROM archive_article a WHERE a.source_page_id = p.id)") == 0  # fmt: skip

    manage(crashed, "import_pages", str(pages), "--jobs", "1", "-v0")
    assert export(crashed) == export(clean)


def test_a_killed_index_writer_leaves_an_index_that_agrees_after_restart(pages, archives):
    data = archives("data")
    manage(data, "import_pages", str(pages), "--publish", "-v0")
    queued = data.scalar("SELECT COUNT(*) FROM search_pendingupdate")
    assert queued > 1000

    writer = start(data, "index_worker", "--batch-size", "100", "--verify-every", "0")
    assert wait_until(lambda: data.scalar("SELECT COUNT(*) FROM search_pendingupdate") < queued - 150)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert data.scalar("SELECT COUNT(*) FROM search_pendingupdate") > 0, "the kill must land mid-queue"

    manage(data, "index_worker", "--once", "--verify-every", "0", "-v0")
    report = manage(data, "search_verify")
    assert data.scalar("SELECT COUNT(*) FROM search_pendingupdate") == 0
    assert "index and database agree" in report, report

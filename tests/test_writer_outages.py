"""The index writer waits out a database that is briefly unavailable, and search_verify
reports how far the index is behind. Real processes: the database is held locked by
another connection for longer than the writer's busy timeout."""

import sqlite3
import subprocess
import sys
import time

from tests.processes import ROOT, count, environment, fresh_archive, iter_pages, manage, sqlite_archives, wait_until

pytestmark = sqlite_archives


def test_the_index_writer_retries_while_the_database_is_locked_and_then_catches_up(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, text in iter_pages(12, seed=9):
        (pages / name).write_text(text, encoding="utf-8")
    data = fresh_archive(tmp_path / "data")
    manage(data, "import_pages", str(pages), "--publish", "--jobs", "1", "-v0")
    queued = count(data, "SELECT COUNT(*) FROM search_pendingupdate")
    assert queued > 0
    assert f"lag: {queued} changes waiting" in manage_allowing_failure(data, "search_verify")

    holder = sqlite3.connect(data / "archive.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    log = tmp_path / "writer.log"
    with open(log, "w") as out:
        writer = subprocess.Popen(
            [sys.executable, "manage.py", "index_worker", "--interval", "0.2", "--verify-every", "0"],
            cwd=ROOT,
            env={**environment(data), "DATABASE_BUSY_TIMEOUT": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            assert wait_until(lambda: "database unavailable" in log.read_text(), seconds=60), log.read_text()
            time.sleep(2)
            assert writer.poll() is None, log.read_text()  # still alive, still waiting
            holder.execute("COMMIT")
            holder.close()
            assert wait_until(lambda: count(data, "SELECT COUNT(*) FROM search_pendingupdate") == 0, seconds=120)
        finally:
            writer.terminate()
            writer.wait(30)
    assert "database is locked" in log.read_text()
    report = manage(data, "search_verify")
    assert "lag: none" in report and "index and database agree" in report, report


def manage_allowing_failure(data_dir, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment(data_dir), capture_output=True, text=True
    )
    return result.stdout + result.stderr

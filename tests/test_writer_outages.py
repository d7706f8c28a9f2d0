"""The index writer waits out a database that is briefly unavailable, and search_verify
reports how far the index is behind. Real processes: on SQLite the database is held
locked by another connection for longer than the writer's busy timeout; on PostgreSQL the
test run's throw-away server (.ci/with-postgres) is stopped and started again."""

import os
import re
import sqlite3
import subprocess
import sys
import time

import pytest
from django.db import connections

from tests.databases import on_postgresql
from tests.processes import ROOT, environment, iter_pages, manage, sqlite_only, wait_until

QUEUE = "SELECT COUNT(*) FROM search_pendingupdate"


def page_folder(path, seed, n=12):
    path.mkdir()
    for name, text in iter_pages(n, seed=seed):
        (path / name).write_text(text, encoding="utf-8")
    return path


def start_writer(db, log, **env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "index_worker", "--interval", "0.2", "--verify-every", "0"],
        cwd=ROOT,
        env={**environment(db), **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def retry_delays(log_text):
    # The driver's message may span lines ("Connection refused\n\tIs the server running ...").
    return [float(s) for s in re.findall(r"; retry \d+ in ([\d.]+) s", log_text)]


def manage_allowing_failure(db, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment(db), capture_output=True, text=True
    )
    return result.stdout + result.stderr


@sqlite_only
def test_the_index_writer_retries_while_the_database_is_locked_and_then_catches_up(tmp_path, archives):
    data = archives("data")
    manage(data, "import_pages", str(page_folder(tmp_path / "pages", 9)), "--publish", "--jobs", "1", "-v0")
    queued = data.scalar(QUEUE)
    assert queued > 0
    assert f"lag: {queued} changes waiting" in manage_allowing_failure(data, "search_verify")

    holder = sqlite3.connect(data.data_dir / "archive.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    log = tmp_path / "writer.log"
    with open(log, "w") as out:
        writer = start_writer(data, out, DATABASE_BUSY_TIMEOUT="1")
        try:
            assert wait_until(lambda: "database unavailable" in log.read_text(), seconds=60), log.read_text()
            time.sleep(2)
            assert writer.poll() is None, log.read_text()  # still alive, still waiting
            holder.execute("COMMIT")
            holder.close()
            assert wait_until(lambda: data.scalar(QUEUE) == 0, seconds=120)
        finally:
            writer.terminate()
            writer.wait(30)
    assert "database is locked" in log.read_text()
    report = manage(data, "search_verify")
    assert "lag: none" in report and "index and database agree" in report, report


def pg_ctl(*args):
    subprocess.run([os.environ["ARCHIVE_TEST_PG_CTL"], *args], check=True, capture_output=True, timeout=120)


@pytest.mark.skipif(
    not os.environ.get("ARCHIVE_TEST_PG_CTL"),
    reason="stops and starts .ci/with-postgres's throw-away PostgreSQL server (ARCHIVE_TEST_PG_CTL)",
)
def test_the_index_writer_survives_a_postgresql_restart_with_backoff_and_then_catches_up(tmp_path, archives):
    assert on_postgresql()
    data = archives("data")
    manage(data, "import_pages", str(page_folder(tmp_path / "before", 9)), "--publish", "--jobs", "1", "-v0")
    queued = data.scalar(QUEUE)
    assert queued > 0
    assert f"lag: {queued} changes waiting" in manage_allowing_failure(data, "search_verify")

    log = tmp_path / "writer.log"
    with open(log, "w") as out:
        writer = start_writer(data, out)
        stopped = False
        try:
            assert wait_until(lambda: data.scalar(QUEUE) == 0, seconds=120), log.read_text()
            pg_ctl("stop", "-m", "fast")  # ends every session, the writer's too
            stopped = True
            assert wait_until(lambda: len(retry_delays(log.read_text())) >= 3, seconds=60), log.read_text()
            assert writer.poll() is None, log.read_text()  # still alive, still waiting
            pg_ctl("start")
            stopped = False
            # Changes made after the restart reach the index through the same writer.
            manage(data, "import_pages", str(page_folder(tmp_path / "after", 10)), "--publish", "--jobs", "1", "-v0")
            assert wait_until(lambda: data.scalar(QUEUE) == 0, seconds=120), log.read_text()
            assert writer.poll() is None, log.read_text()
        finally:
            if stopped:
                pg_ctl("start")
            connections.close_all()  # this process's own sessions died with the server
            writer.terminate()
            writer.wait(30)
    delays = retry_delays(log.read_text())
    assert delays[:3] == [0.4, 0.8, 1.6], delays  # --interval 0.2, doubled on each failure
    report = manage(data, "search_verify")
    assert "lag: none" in report and "index and database agree" in report, report
    assert data.scalar("SELECT COUNT(*) FROM archive_sourcepage") == 24

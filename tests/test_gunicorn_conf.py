"""The index writer's supervisor in gunicorn.conf.py: backoff and the reason in the log."""

import contextlib
import os
import re
import runpy
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.processes import ROOT, environment, wait_until

CONF = runpy.run_path(str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py"))


def test_a_failing_writer_is_restarted_with_growing_delays_up_to_five_minutes():
    delays = [CONF["restart_delay"](n) for n in range(1, 12)]
    assert delays[:5] == [2, 4, 8, 16, 32]
    assert delays == sorted(delays) and max(delays) == 300


def test_the_log_says_why_the_writer_stopped():
    describe = CONF["describe_exit"]
    assert describe(-signal.SIGKILL) == "was killed by SIGKILL"
    assert describe(1).startswith("exited with status 1")
    assert describe(0) == "exited normally (status 0)"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


STARTED = re.compile(r"search index writer started \(pid (\d+)\)")


@contextlib.contextmanager
def serving(log_path, db):
    """gunicorn with one worker and its index writer, on ``db``, logging to ``log_path``;
    stopped (SIGTERM) on leaving."""
    env = {**environment(db), "WEB_CONCURRENCY": "1", "GUNICORN_LOG_LEVEL": "info"}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{free_port()}"]
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [*command, "archive.wsgi:application"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=60)


def writer_pids(log_path):
    return [int(pid) for pid in STARTED.findall(log_path.read_text())]


def test_a_writer_killed_with_kill_9_is_logged_as_killed_and_restarted(tmp_path, archives):
    log_path = tmp_path / "gunicorn.log"
    with serving(log_path, archives("served")):
        assert wait_until(lambda: writer_pids(log_path), seconds=180)
        pid = writer_pids(log_path)[0]
        os.kill(pid, signal.SIGKILL)
        assert wait_until(lambda: len(writer_pids(log_path)) == 2, seconds=60)
    stopped = [line for line in log_path.read_text().splitlines() if f"search index writer (pid {pid})" in line]
    assert len(stopped) == 1
    assert "was killed by SIGKILL" in stopped[0]


def test_stopping_the_server_stops_its_writer(tmp_path, archives):
    log_path = tmp_path / "gunicorn.log"
    with serving(log_path, archives("served")):
        assert wait_until(lambda: writer_pids(log_path), seconds=180)
        pid = writer_pids(log_path)[0]
    assert wait_until(lambda: not Path(f"/proc/{pid}").exists(), seconds=20)

"""The index writer's supervisor in gunicorn.conf.py: backoff and the reason in the log."""

import runpy
import signal
from pathlib import Path

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

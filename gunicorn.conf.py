"""gunicorn settings for `make run`. Workers share the preloaded app (jieba's dictionary)."""

import ctypes
import ctypes.util
import gc
import multiprocessing
import os

workers = int(os.environ.get("WEB_CONCURRENCY", max(2, min(4, multiprocessing.cpu_count() * 2))))
preload_app = True
timeout = 30
graceful_timeout = 10
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


# --- the search index writer -------------------------------------------------------------
# Exactly one `manage.py index_worker` runs next to the web workers: web requests only
# queue changes, the writer applies them (see search/indexing.py). It is started when the
# arbiter is ready, restarted if it dies, and stopped with the server.
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

_writer = {"proc": None, "stopping": False}
_stop = threading.Event()  # set on shutdown: ends a restart wait at once


def _spawn_writer(log):
    manage = Path(__file__).resolve().parent / "manage.py"
    proc = subprocess.Popen([sys.executable, str(manage), "index_worker", "--verbosity", "1"])
    log.info("search index writer started (pid %s)", proc.pid)
    return proc


# A writer that keeps failing (a broken index, a full disk, the database away) is
# restarted after 2 s, 4 s, 8 s ... up to 5 minutes, not every 2 s forever; one that ran
# for a while before it stopped starts the count again.
RESTART_FIRST_DELAY = 2.0
RESTART_MAX_DELAY = 300.0
HEALTHY_RUN_SECONDS = 60.0


def restart_delay(failures):
    """Seconds to wait before the restart that follows ``failures`` quick failures in a row (1, 2, ...)."""
    return min(RESTART_FIRST_DELAY * 2 ** max(failures - 1, 0), RESTART_MAX_DELAY)


def wait_for_exit(pid):
    """The writer's exit code once it has stopped (negative: the signal that killed it,
    as ``Popen.returncode``), or ``None`` when gunicorn's arbiter took the status first.

    The arbiter reaps every child with ``waitpid(-1)``, the writer included, after which
    ``Popen.wait()`` finds nothing and says 0: a kill -9 was logged as a normal exit. So
    the status is read with ``waitid(WNOWAIT)``, which leaves the child for the arbiter to
    reap: this thread, blocked in the kernel, is woken as the child dies, while the arbiter
    handles SIGCHLD later from its main loop. Should it still lose, the log says so."""
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    except ChildProcessError:
        return None
    return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status


def describe_exit(code):
    """Why the writer stopped, in words for the log."""
    import signal

    if code is None:
        return "stopped (its exit status went to gunicorn's arbiter, which reaped it first)"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    if code == 0:
        return "exited normally (status 0)"
    return f"exited with status {code} (its traceback, if any, is just above in this log)"


def _supervise_writer(log):
    import time

    failures = 0
    while not _writer["stopping"]:
        proc = _writer["proc"]
        started = time.monotonic()
        code = wait_for_exit(proc.pid)
        proc.wait()  # reap it, unless the arbiter has
        if _writer["stopping"]:
            break
        failures = 1 if time.monotonic() - started >= HEALTHY_RUN_SECONDS else failures + 1
        delay = restart_delay(failures)
        log.error(
            "search index writer (pid %s) %s; failure %d in a row, restarting in %.0f s",
            proc.pid,
            describe_exit(code),
            failures,
            delay,
        )
        _stop.wait(delay)
        if not _writer["stopping"]:
            _writer["proc"] = _spawn_writer(log)


def when_ready(server):
    # Before the workers are forked: the query path run once, the index's per-document
    # arrays read once, to share (search.query.warm).
    from django.db import connections

    try:
        from search.query import warm as warm_queries

        warm_queries()
    except Exception:  # a missing or broken index must not stop the site; searches report it
        server.log.exception("could not warm the search index")
    finally:
        connections.close_all()  # no connection crosses the fork
    try:  # the suggestion lists, so that no reader's first keystroke waits for them
        from search.suggest import warm as warm_suggestions

        warm_suggestions()
    except Exception:
        server.log.exception("could not prepare the suggestions")
    finally:
        connections.close_all()
    try:  # templates compiled, URLs and the national map: no worker's first page waits for them
        from archive.warming import warm_pages

        warm_pages()
    except Exception:
        server.log.exception("could not prepare the page templates and maps")
    finally:
        connections.close_all()
    # What the master holds now is shared with every worker it forks; frozen, a worker's
    # garbage collector no longer walks it (which wrote into each object, copying its page).
    gc.collect()
    gc.freeze()
    # And what the warming allocated and let go goes back to the system instead of staying
    # in every worker's RSS (glibc keeps freed heap; ~11 MB at 100,000 articles).
    try:
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
    if os.environ.get("SEARCH_INDEX_WRITER", "1") == "0":
        return
    _writer["proc"] = _spawn_writer(server.log)
    threading.Thread(target=_supervise_writer, args=(server.log,), daemon=True, name="index-writer").start()


def on_exit(server):
    _writer["stopping"] = True
    _stop.set()
    proc = _writer["proc"]
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

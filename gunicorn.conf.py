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
# gunicorn 25+ opens a runtime control socket at one path per user ($HOME/.gunicorn/):
# a second server on the same machine (another host's instance, a test) took it over.
# Nothing here uses `gunicornc`; the process manager or the deployment restarts servers.
control_socket_disable = True


# --- the search index writer -------------------------------------------------------------
# Exactly one `manage.py index_worker` runs next to the web workers: web requests only
# queue changes, the writer applies them (see search/indexing.py). It is started when the
# arbiter is ready, restarted if it dies, and stopped with the server.
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

_writer = {"sitter": None, "pid": None, "thread": None, "stopping": False}
_stop = threading.Event()  # set on shutdown: ends a restart wait at once

# The writer is not the arbiter's own child: gunicorn reaps every child it has with
# ``waitpid(-1)`` in its SIGCHLD handler, and a writer it reaped first left nobody to say
# how it had stopped (a kill -9 came out as "status 0", or as unknown). So a small sitter
# process starts the writer, reports its pid, waits for it and reports its exit code
# (``Popen.returncode``: negative for the signal that killed it) on a pipe; what the
# arbiter does with the sitter afterwards no longer matters. The sitter passes SIGTERM and
# SIGINT on, and the kernel stops the writer should the sitter itself die.
_SITTER = """
import ctypes, ctypes.util, os, signal, subprocess, sys

def stop_with_parent():
    try:
        ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux
        pass

report = os.fdopen(int(sys.argv[1]), "w")  # the writer inherits the log, not this pipe
writer = subprocess.Popen(sys.argv[2:], preexec_fn=stop_with_parent)
for signum in (signal.SIGTERM, signal.SIGINT):
    signal.signal(signum, lambda signum, frame: writer.send_signal(signum))
print(writer.pid, file=report, flush=True)
print(writer.wait(), file=report, flush=True)
"""


def _spawn_writer(log):
    """Start the sitter; its pid and the pipe it reports on. ``posix_spawn``, not
    ``subprocess``: a worker the arbiter forks meanwhile would inherit ``Popen``'s
    exec-error pipe and hold it open, so ``Popen`` waited for that worker to exit."""
    manage = Path(__file__).resolve().parent / "manage.py"
    command = [sys.executable, str(manage), "index_worker", "--verbosity", "1"]
    read_end, write_end = os.pipe()
    os.set_inheritable(write_end, True)
    try:
        argv = [sys.executable, "-c", _SITTER, str(write_end), *command]
        sitter = os.posix_spawn(sys.executable, argv, os.environ)
    finally:
        os.close(write_end)
    return sitter, os.fdopen(read_end)


def _read_int(stream):
    line = stream.readline()
    try:
        return int(line)
    except ValueError:  # end of file: the sitter is gone
        return None


def _reap(pid):
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:  # the arbiter reaped it
        pass


# A writer that keeps failing (a broken index, a full disk, the database away) is
# restarted after 2 s, 4 s, 8 s ... up to 5 minutes, not every 2 s forever; one that ran
# for a while before it stopped starts the count again.
RESTART_FIRST_DELAY = 2.0
RESTART_MAX_DELAY = 300.0
HEALTHY_RUN_SECONDS = 60.0


def restart_delay(failures):
    """Seconds to wait before the restart that follows ``failures`` quick failures in a row (1, 2, ...)."""
    return min(RESTART_FIRST_DELAY * 2 ** max(failures - 1, 0), RESTART_MAX_DELAY)


def describe_exit(code):
    """Why the writer stopped, in words for the log (``None``: its sitter went first)."""
    import signal

    if code is None:
        return "stopped, and its sitter with it, so its exit status is unknown"
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
        started = time.monotonic()
        sitter, report = _spawn_writer(log)
        _writer["sitter"] = sitter
        with report:
            pid = _writer["pid"] = _read_int(report)
            if pid is not None:
                log.info("search index writer started (pid %s)", pid)
                code = _read_int(report)  # blocks until the writer has stopped
        _reap(sitter)
        if _writer["stopping"]:
            break
        failures = 1 if time.monotonic() - started >= HEALTHY_RUN_SECONDS else failures + 1
        delay = restart_delay(failures)
        log.error(
            "search index writer (pid %s) %s; failure %d in a row, restarting in %.0f s",
            pid,
            describe_exit(code) if pid is not None else "could not be started by its sitter",
            failures,
            delay,
        )
        _stop.wait(delay)


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
    thread = threading.Thread(target=_supervise_writer, args=(server.log,), daemon=True, name="index-writer")
    _writer["thread"] = thread
    thread.start()


def on_exit(server):
    import signal

    _writer["stopping"] = True
    _stop.set()
    thread = _writer["thread"]
    if thread is None:
        return
    for pid in (_writer["sitter"], _writer["pid"]):  # the sitter passes it on; the writer too, in case
        _signal(pid, signal.SIGTERM)
    thread.join(timeout=15)
    if thread.is_alive():  # the writer did not stop in time
        _signal(_writer["pid"], signal.SIGKILL)
        thread.join(timeout=5)


def _signal(pid, signum):
    try:
        if pid:
            os.kill(pid, signum)
    except ProcessLookupError:
        pass

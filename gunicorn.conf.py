"""gunicorn settings for `make run`. Workers share the preloaded app (jieba's dictionary)."""

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


def _spawn_writer(log):
    manage = Path(__file__).resolve().parent / "manage.py"
    proc = subprocess.Popen([sys.executable, str(manage), "index_worker", "--verbosity", "1"])
    log.info("search index writer started (pid %s)", proc.pid)
    return proc


def _supervise_writer(log):
    while not _writer["stopping"]:
        proc = _writer["proc"]
        code = proc.wait()
        if _writer["stopping"]:
            break
        log.error("search index writer exited with %s; restarting in 2 s", code)
        threading.Event().wait(2)
        if not _writer["stopping"]:
            _writer["proc"] = _spawn_writer(log)


def when_ready(server):
    # Before the workers are forked: read the index's per-document arrays once, to share.
    try:
        from search.indexing import warm_search

        warm_search()
    except Exception:  # a missing or broken index must not stop the site; searches report it
        server.log.exception("could not warm the search index")
    try:  # the suggestion lists, so that no reader's first keystroke waits for them
        from django.db import connections

        from search.suggest import warm as warm_suggestions

        warm_suggestions()
        connections.close_all()  # no connection crosses the fork
    except Exception:
        server.log.exception("could not prepare the suggestions")
    if os.environ.get("SEARCH_INDEX_WRITER", "1") == "0":
        return
    _writer["proc"] = _spawn_writer(server.log)
    threading.Thread(target=_supervise_writer, args=(server.log,), daemon=True, name="index-writer").start()


def on_exit(server):
    _writer["stopping"] = True
    proc = _writer["proc"]
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

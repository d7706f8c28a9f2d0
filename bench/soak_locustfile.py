"""Locust users for bench/soak.py: the load test's readers and editors, and a record of
every failed request with its time, so that the soak can tell the requests its kill -9
cut off from any other failure."""

import json
import os
import time

from locust import events
from locustfile import Editor, Reader  # noqa: F401  (the users Locust runs)

_record = open(os.environ["SOAK_FAILURES"], "a", encoding="utf-8", buffering=1)


@events.request.add_listener
def record_failure(request_type, name, response_time, response=None, exception=None, **_kwargs):
    status = getattr(response, "status_code", None) or 0
    if exception is None and status < 500:
        return
    row = {"t": time.time(), "name": name, "status": status, "error": repr(exception)[:200]}
    _record.write(json.dumps(row, ensure_ascii=False) + "\n")

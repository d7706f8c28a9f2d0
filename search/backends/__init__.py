"""The search backends, chosen by ``settings.SEARCH_BACKEND`` (see ``base.SearchBackend``).

A new engine is a package beside ``whoosh/`` and ``postgres/`` implementing ``SearchBackend``, named in
``BACKENDS``; nothing above this package changes.
"""

import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

BACKENDS = {
    "whoosh": "search.backends.whoosh.WhooshBackend",
    "postgres": "search.backends.postgres.PostgresBackend",
}

_instances = {}
_lock = threading.Lock()


def backend_class(name=None):
    """The class of the backend ``name`` (default: the configured one); a clear
    ``ImproperlyConfigured`` for a name that isn't one."""
    name = settings.SEARCH_BACKEND if name is None else name
    if name not in BACKENDS:
        supported = ", ".join(repr(n) for n in BACKENDS)
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND = {name!r} is not a search backend of this archive; supported: {supported}."
        )
    return import_string(BACKENDS[name])


def check():
    """Stop start-up unless the configured backend exists and can work here."""
    backend_class().check()


def present():
    """The backends that can run with this installation (e.g. ``postgres`` only on a
    PostgreSQL database), in ``BACKENDS`` order."""
    out = []
    for name in BACKENDS:
        try:
            backend_class(name).check()
        except ImproperlyConfigured:
            continue
        out.append(name)
    return out


def get_backend(name=None):
    """The configured backend's one instance in this process."""
    name = settings.SEARCH_BACKEND if name is None else name
    found = _instances.get(name)
    if found is None:
        with _lock:
            found = _instances.get(name)
            if found is None:
                found = _instances[name] = backend_class(name)()
    return found

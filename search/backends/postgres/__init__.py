"""The PostgreSQL backend: the index is a table in the archive's own database, so any
number of web hosts share it (``SEARCH_BACKEND = "postgres"``).

Modules: ``backend`` (``PostgresBackend``, the ``SearchBackend`` implementation),
``compiler`` (parsed queries -> SQL conditions on ``tsquery`` values and their ranking),
``documents`` (an article's ``tsvector`` values from ``search.analysis``), ``schema``
(the table, its GIN indexes, its format, the swap after a rebuild, the writer lock).
Everything runs on the ``simple`` built-in text search types; no extension is needed.
"""

from search.backends.postgres.backend import PostgresBackend

__all__ = ["PostgresBackend"]

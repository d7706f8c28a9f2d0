"""Recognising a full disk, whichever database engine reports it.

An import that runs out of space fails with the database's own error (SQLite: "database
or disk is full"; PostgreSQL: SQLSTATE 53100 disk_full, wrapped by Django as an
OperationalError) or, for files, an OSError with ENOSPC. One small test per engine.
"""

import errno

from django.db import DatabaseError, connection


def _sqlite(error):
    return "disk is full" in str(error)


def _postgresql(error):
    return getattr(error.__cause__, "sqlstate", None) == "53100"


ENGINES = {"sqlite": _sqlite, "postgresql": _postgresql}


def is_disk_full(error):
    seen = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        seen = seen.__cause__ or seen.__context__
    test = ENGINES.get(connection.vendor)
    return isinstance(error, DatabaseError) and test is not None and test(error)

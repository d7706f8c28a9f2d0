"""PostgreSQL's catalog, as the engine's modules ask it: whether one of its tables is there
(an index of an older format lacks the tables of later ones)."""


def exists(cursor, table):
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [table])
    return cursor.fetchone()[0]

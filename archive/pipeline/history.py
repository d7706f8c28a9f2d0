"""Rows the importer writes in bulk, and their history records (django-simple-history).

simple-history records a change when a model's ``save()`` runs; bulk inserts bypass it, so
the importer writes the "created" records itself, inside the caller's transaction.
"""

from django.db import connection, models
from django.utils import timezone
from simple_history.utils import get_history_manager_for_model

_history_managers = {}


def bulk_create_with_history(objs, model, default_change_reason=""):
    """Bulk insert rows and their simple-history records (all inside the caller's transaction).

    simple-history's own helper builds a new history manager class on every call, which
    costs more than the inserts themselves at import speed; the manager is cached here.
    """
    objs = model.objects.bulk_create(objs)
    if objs:
        manager = _history_managers.get(model)
        if manager is None:
            manager = _history_managers[model] = get_history_manager_for_model(model)
        manager.bulk_history_create(objs, default_change_reason=default_change_reason)
    return objs


_history_copy_sql = {}


def copy_creation_history(model, key, ids, reason):
    """Write the "created" history records of just-inserted rows with one INSERT … SELECT.

    Equivalent to simple-history's ``bulk_history_create`` for new rows, but the database
    copies the columns itself instead of Python building one object per row: at import
    speed that is the difference between the ORM and the data dominating the cost.
    """
    if not ids:
        return
    sql = _history_copy_sql.get((model, key))
    if sql is None:
        history = model.history.model  # builds a manager class: do it once per model
        columns = [f.column for f in history._meta.concrete_fields if not f.column.startswith("history_")]
        qn = connection.ops.quote_name
        cols = ", ".join(qn(c) for c in columns)
        sql = _history_copy_sql[(model, key)] = (
            f"INSERT INTO {qn(history._meta.db_table)} ({cols}, {qn('history_date')}, "
            f"{qn('history_change_reason')}, {qn('history_type')}, {qn('history_user_id')}) "
            f"SELECT {cols}, %s, %s, '+', NULL FROM {qn(model._meta.db_table)} WHERE {qn(key)} IN ({{marks}})"
        )
    sql = sql.format(marks=", ".join(["%s"] * len(ids)))
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, reason, *ids])


def insert_rows(model, attnames, rows):
    """Insert rows (tuples in ``attnames`` order) with one ``executemany``.

    ``bulk_create`` builds a model instance per row and prepares every value through its
    field: for the importer's small link rows (bylines, park tags) that cost more than the
    inserts. The values here are plain str/int/bool/None, which every backend takes as they
    are (floats too); nothing is returned (no primary keys).
    """
    if not rows:
        return
    qn = connection.ops.quote_name
    columns = [model._meta.get_field(a).column for a in attnames]
    sql = (
        f"INSERT INTO {qn(model._meta.db_table)} ({', '.join(qn(c) for c in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


# Field types whose Python values every backend's driver takes as they are.
_PLAIN_TYPES = {
    "BooleanField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
    "ForeignKey",
}
_TEXT_TYPES = {"CharField", "TextField", "SlugField"}


def _preparer(field):
    """How one column's value goes to the database: plain values as they are, text as
    ``str`` (choices are ``str`` subclasses), anything else (dates, JSON) through the
    field, as ``bulk_create`` would - but chosen once per column, not per value."""
    kind = field.get_internal_type()
    if kind in _PLAIN_TYPES:
        return None
    if kind in _TEXT_TYPES:
        return lambda v: v if v is None or type(v) is str else str(v)
    return lambda v: field.get_db_prep_save(v, connection=connection)


def insert_objects(model, objs):
    """Insert unsaved model instances with one ``executemany``, without their primary
    keys (the caller looks them up by a natural key).

    What ``bulk_create`` does, minus its per-value work: it compiles every value of every
    row through its field, which for the importer's articles (twenty columns) cost more
    than the rest of storing them. ``auto_now``/``auto_now_add`` fields get the time now,
    as ``save()`` would give them.
    """
    if not objs:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    stamped = [f for f in fields if isinstance(f, models.DateTimeField) and (f.auto_now or f.auto_now_add)]
    for f in stamped:
        for obj in objs:
            setattr(obj, f.attname, now)
    # A stamped column holds the same time in every row: prepared once, not per row.
    fields = [f for f in fields if f not in stamped]
    preparers = [(f.attname, _preparer(f)) for f in fields]
    stamps = tuple(f.get_db_prep_save(now, connection=connection) for f in stamped)
    rows = [
        (*(getattr(obj, name) if prep is None else prep(getattr(obj, name)) for name, prep in preparers), *stamps)
        for obj in objs
    ]
    insert_rows(model, [name for name, _prep in preparers] + [f.attname for f in stamped], rows)

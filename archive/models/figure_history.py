"""A key figure's first history record, written when it is first changed or deleted.

The importer writes ~8 figures an article; a "created" history record for each (a copy of
the row in the history table, with its own indexes) cost ~8 % of what the figure stage adds
to an import, for rows most of which no editor ever opens. So an imported figure has no
history record until something changes it: just before its first change (``Figure.save()``
of a stored figure, a park merge moving it) or its deletion (an editor's, a re-parse's, its
article's), its stored row is copied into the history as the "created" record ("+",
reason "导入", dated that moment), and simple-history then records the change as usual. A
figure's history therefore still begins with its value as imported and holds every
correction; an untouched figure's imported value is the figure itself (the admin's history
page says so). Nothing is written when a page is only viewed.

Figures made any other way (``Figure.objects.create``, a re-parse's new figures) get their
record when they are made, as before; the copy is skipped for a figure that has one.
"""

from django.db import connections
from django.db.models.signals import pre_delete
from django.utils import timezone

IMPORT_REASON = "导入"
_sql = {}


def _copy_sql(model, connection):
    history = model.history.model
    columns = [f.column for f in history._meta.concrete_fields if not f.column.startswith("history_")]
    qn = connection.ops.quote_name
    table, hist = qn(model._meta.db_table), qn(history._meta.db_table)
    return (
        f"INSERT INTO {hist} ({', '.join(qn(c) for c in columns)}, {qn('history_date')}, "
        f"{qn('history_change_reason')}, {qn('history_type')}, {qn('history_user_id')}) "
        f"SELECT {', '.join('f.' + qn(c) for c in columns)}, %s, %s, '+', NULL FROM {table} f "
        f"WHERE f.{qn('id')} IN ({{marks}}) "
        f"AND NOT EXISTS (SELECT 1 FROM {hist} h WHERE h.{qn('id')} = f.{qn('id')})"
    )


def keep_imported_state(model, ids, using):
    """Copy the stored rows ``ids`` of ``model`` without any history record into its
    history as their "created" records (one statement per 500 ids; the history table's
    index on ``id`` answers the check)."""
    ids = [pk for pk in ids if pk is not None]
    if not ids:
        return
    connection = connections[using]
    sql = _sql.get((model, connection.vendor))
    if sql is None:
        sql = _sql[(model, connection.vendor)] = _copy_sql(model, connection)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            cursor.execute(sql.format(marks=", ".join(["%s"] * len(chunk))), [now, IMPORT_REASON, *chunk])


def _before_delete(sender, instance, using, **kwargs):
    keep_imported_state(sender, [instance.pk], using)


def connect(model):
    """Keep a deleted ``model`` row's imported state (cascades and queryset deletes included:
    Django sends ``pre_delete`` for each row it deletes while its row is still stored)."""
    pre_delete.connect(_before_delete, sender=model, dispatch_uid=f"archive.imported_state.{model._meta.label}")

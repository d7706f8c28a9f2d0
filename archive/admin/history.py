"""The history of an article's bylines and park tags, for the article's history page."""

from archive.models import ArticlePark, Byline, Park, Reporter

ROLE_LABELS = dict(Byline.Role.choices)
CHANGE_LABELS = {"+": "添加", "~": "修改", "-": "删除"}


def related_history(article_id):
    """The history of an article's bylines and park tags, newest first, as plain rows."""
    bylines = list(Byline.history.filter(article_id=article_id).select_related("history_user"))
    tags = list(ArticlePark.history.filter(article_id=article_id).select_related("history_user"))
    reporters = Reporter.objects.in_bulk({r.reporter_id for r in bylines})
    parks = Park.objects.in_bulk({r.park_id for r in tags})

    def byline_label(record):
        reporter = reporters.get(record.reporter_id)
        name = reporter.name if reporter else f"（已删除的记者 #{record.reporter_id}）"
        return f"署名：{ROLE_LABELS.get(record.role, record.role)} {name}（顺序 {record.order}）"

    def tag_label(record):
        park = parks.get(record.park_id)
        name = str(park) if park else f"（已删除的园区 #{record.park_id}）"
        return f"园区：{name}{'（主要）' if record.is_primary else ''}，提及 {record.mentions} 次"

    rows = []
    for records, label in ((bylines, byline_label), (tags, tag_label)):
        previous = {}
        for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
            changes = ""
            before = previous.get(record.id)
            if record.history_type == "~" and before is not None:
                delta = record.diff_against(before)
                changes = "；".join(
                    f"{record.instance_type._meta.get_field(c.field).verbose_name}：{c.old} → {c.new}"
                    for c in delta.changes
                )
            previous[record.id] = record
            rows.append(
                {
                    "date": record.history_date,
                    "user": record.history_user,
                    "type": CHANGE_LABELS.get(record.history_type, record.history_type),
                    "label": label(record),
                    "changes": changes,
                }
            )
    rows.sort(key=lambda row: row["date"], reverse=True)
    return rows

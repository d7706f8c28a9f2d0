"""Editors' corrections of key figures and companies (the rules behind the admin's buttons).

Every change goes through ``save()`` so django-simple-history records it with the editor
and a reason, and marks the figure ``editor_touched``: a re-parse never replaces it.
"""

from django.db import transaction

from archive.models import Company, Figure


@transaction.atomic
def set_figure_status(figures, status, reason=""):
    """Confirm or reject figures; returns how many changed."""
    changed = 0
    for figure in figures:
        if figure.status == status and figure.editor_touched:
            continue
        figure.status = status
        figure.editor_touched = True
        figure._change_reason = reason or Figure.Status(status).label
        figure.save()
        changed += 1
    return changed


@transaction.atomic
def merge_companies(sources, target):
    """Merge ``sources`` into ``target``: their article tags move to it (mentions summed
    where an article names both), their names become its aliases (so the importer files
    those spellings under it from now on), their addresses redirect to it, and they are
    deleted. Returns how many were merged."""
    target = Company.objects.select_for_update().get(pk=target.pk)
    merged = 0
    for source in sources:
        if source.pk == target.pk:
            continue
        existing = {tag.article_id: tag for tag in target.article_tags.all()}
        for tag in source.article_tags.all():
            kept = existing.get(tag.article_id)
            if kept is None:
                tag.company = target
                tag._change_reason = f"合并公司：{source.name}"
                tag.save()
            else:
                kept.mentions += tag.mentions
                kept._change_reason = f"合并公司：{source.name}"
                kept.save()
                tag.delete()
        known = set(target.all_names)
        aliases = [name for name in source.all_names if name not in known]
        target.aliases = "\n".join([*target.alias_list, *aliases])
        target.former_slugs = "\n".join(
            filter(None, [*target.former_slugs.split(), source.slug, *source.former_slugs.split()])
        )
        source.delete()
        merged += 1
    target._change_reason = "合并公司"
    target.save()
    return merged

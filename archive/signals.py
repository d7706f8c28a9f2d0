"""Signal receivers of the archive app.

Here: after migrations, make sure the editors' group exists with its permissions, and
that no count was left negative by a flush (``recount_after_flush``). The
cached counts' receiver is ``archive.stats.invalidate``; ``ArchiveConfig.ready()``
connects both. (The search index follows the models through the search app's own,
documented receivers.)
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, connections

EDITOR_GROUP = "编辑"
# Editors curate everything in the archive; users and groups stay with the administrators.
CURATED_MODELS = [
    "article",
    "byline",
    "articlepark",
    "articlepart",
    "sourcepage",
    "reporter",
    "park",
    "newspaper",
    "issue",
    "figure",
    "company",
    "articlecompany",
]
HISTORY_MODELS = [
    "historicalarticle",
    "historicalbyline",
    "historicalarticlepark",
    "historicalarticlepart",
    "historicalsourcepage",
    "historicalissue",
    "historicalfigure",
    "historicalcompany",
    "historicalarticlecompany",
]


def editor_permission_codenames():
    codenames = [f"{action}_{model}" for model in CURATED_MODELS for action in ("add", "change", "delete", "view")]
    codenames += [f"view_{model}" for model in HISTORY_MODELS]
    return codenames


def create_editor_group(sender, app_config=None, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """Create (or complete) the editors' group. Idempotent; never removes permissions."""
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    if app_config is not None:
        # The permissions of this app may not exist yet on the first migrate.
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    group, _ = Group.objects.using(using).get_or_create(name=EDITOR_GROUP)
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="archive", codename__in=editor_permission_codenames()
    )
    group.permissions.add(*permissions)


def recount_after_flush(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """Count the published articles afresh when a count is negative.

    ``manage.py flush`` (and every transactional test's teardown) empties the tables one
    after another, on SQLite with ``DELETE`` and in no fixed order (Django lists them from a
    set). When the counts' table is emptied before the articles', each article's and tag's
    deletion fires its trigger into the empty table and leaves a negative count behind, and
    the next articles published count from there: a park or a province then shows fewer
    articles than it has, or none. Django sends ``post_migrate`` after a flush; a count
    below zero can come from nothing else, so it is the sign to count again (one indexed
    query otherwise; after a migration too)."""
    from archive import counting

    conn = connections[using]
    if counting.TABLE in conn.introspection.table_names() and counting.has_negative(using):
        counting.recount(using)

from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_migrate, post_save


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "新闻档案"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from archive import stats
        from archive.models import Park
        from archive.signals import create_editor_group, recount_after_flush
        from search.indexing import index_changed

        post_migrate.connect(create_editor_group, sender=self, dispatch_uid="archive_create_editor_group")
        post_migrate.connect(recount_after_flush, sender=self, dispatch_uid="archive_recount_after_flush")
        # Cached counts go stale when the data changes, and when the search index (which
        # park and reporter pages count from) has applied changes.
        for model in stats.INVALIDATING_MODELS:
            post_save.connect(stats.invalidate, sender=model, dispatch_uid=f"archive.stats.save.{model.__name__}")
            post_delete.connect(stats.invalidate, sender=model, dispatch_uid=f"archive.stats.delete.{model.__name__}")
        index_changed.connect(stats.invalidate, dispatch_uid="archive.stats.index_changed")
        request_started.connect(stats.request_started, dispatch_uid="archive.stats.request_started")
        request_finished.connect(stats.request_finished, dispatch_uid="archive.stats.request_finished")
        for signal in (post_save, post_delete):
            signal.connect(stats.forget_derived_names, sender=Park, dispatch_uid=f"archive.derived_names.{id(signal)}")

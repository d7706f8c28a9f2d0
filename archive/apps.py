from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "新闻档案"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from archive.signals import create_editor_group

        post_migrate.connect(create_editor_group, sender=self, dispatch_uid="archive_create_editor_group")

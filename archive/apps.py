from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "新闻档案"
    default_auto_field = "django.db.models.BigAutoField"

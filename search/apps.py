from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "全文检索"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Load the segmenter's dictionary now: with gunicorn's preload it is shared by the
        # workers instead of being built on each worker's first search.
        from search import analysis, signals

        signals.connect()
        analysis.warm_up()

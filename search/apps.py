from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "全文检索"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import analysis, backends, signals

        # An unknown SEARCH_BACKEND, or a backend that can't run here (another Whoosh than
        # the pinned one), stops start-up with a clear message instead of failing searches.
        backends.check()
        signals.connect()
        # Load the segmenter's dictionary now: with gunicorn's preload it is shared by the
        # workers instead of being built on each worker's first search.
        analysis.warm_up()

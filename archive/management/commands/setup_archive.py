from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = (
        "Prepare a data dir for serving: migrate, load the gazetteer, import the fixture pages "
        "as published when the archive is empty, collect static files, build the search index "
        "when it is missing and apply queued index updates. Quick when everything is in place."
    )

    def handle(self, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=max(0, verbosity - 1))
        call_command("createcachetable", verbosity=max(0, verbosity - 1))  # only for a database cache
        call_command("load_parks", verbosity=verbosity)
        pages = Path(settings.BASE_DIR) / "fixtures" / "pages"
        call_command("import_pages", str(pages), publish=True, if_empty=True, verbosity=verbosity)
        call_command("collectstatic", interactive=False, verbosity=0)
        if indexing.index_state() != "current":  # missing, or written in an older format
            call_command("search_rebuild", verbosity=verbosity)
        call_command("index_worker", once=True, verify_every=0, verbosity=0)

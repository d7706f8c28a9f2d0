from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Prepare a data dir for serving: migrate, load the gazetteer, import the fixture pages "
        "as published when the archive is empty, collect static files, build the search index. "
        "Idempotent: a second run does (almost) nothing."
    )

    def handle(self, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=max(0, verbosity - 1))
        call_command("load_parks", verbosity=verbosity)
        call_command("collectstatic", interactive=False, verbosity=0)

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_archive into this data dir, then rebuild the search index "
        "from the database. Refuses to overwrite an archive that holds pages unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("src", help="a folder made by backup_archive")
        parser.add_argument("--force", action="store_true", help="replace an existing archive")
        parser.add_argument("--no-index", action="store_true", help="skip rebuilding the search index")

    def handle(self, src, force, no_index, **options):
        try:
            manifest = restore(src, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        call_command("migrate", interactive=False, verbosity=0)
        if not no_index:
            # The engine's own full build (parallel, in bulk, swapped in when complete), not
            # haystack's rebuild_index, which knows only the Whoosh index through haystack.
            call_command("search_rebuild", verbosity=options["verbosity"])
        if options["verbosity"] >= 1:
            self.stdout.write(f"已恢复：版面 {manifest['pages']}，文章 {manifest['articles']}。")

from django.core.management.base import BaseCommand, CommandError

from archive.gazetteer import GAZETTEER_CSV, load_parks, read_parks_csv
from archive.pipeline.parks import GazetteerError


class Command(BaseCommand):
    help = "Load the park gazetteer (fixtures/parks.csv) into the database. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(GAZETTEER_CSV), help="gazetteer CSV (default: %(default)s)")
        parser.add_argument(
            "--update", action="store_true", help="also overwrite existing parks' fields with the CSV's values"
        )

    def handle(self, path, update, **options):
        try:
            rows = read_parks_csv(path)
        except (OSError, GazetteerError) as exc:
            raise CommandError(str(exc)) from exc
        created, updated = load_parks(rows, update=update)
        if options["verbosity"] >= 1:
            self.stdout.write(f"园区名录：{len(rows)} 行，新建 {created}，更新 {updated}。")

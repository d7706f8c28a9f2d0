from django.core.management.base import BaseCommand, CommandError

from search import indexing


class Command(BaseCommand):
    help = "Compare the search index with Article.objects.published(); with --repair, re-index every difference."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="Re-index missing, extra and stale articles.")

    def handle(self, **options):
        if not indexing.index_is_current():
            raise CommandError("the index was written by an older version of the archive: run search_rebuild")
        waiting, oldest = indexing.lag()
        report = indexing.verify()
        bad = len(report["missing"]) + len(report["extra"]) + len(report["stale"])
        self.stdout.write(
            f"published: {report['published']}  indexed: {report['indexed']}  "
            f"missing: {len(report['missing'])}  extra: {len(report['extra'])}  stale: {len(report['stale'])}"
        )
        if waiting:
            self.stdout.write(
                f"lag: {waiting} changes waiting for the index writer, the oldest for {oldest:.0f} s "
                "(they show as differences until it applies them)"
            )
        else:
            self.stdout.write("lag: none (the writer's queue is empty)")
        if options["verbosity"] > 1:
            for key in ("missing", "extra", "stale"):
                if report[key]:
                    self.stdout.write(f"{key}: {', '.join(map(str, report[key][:50]))}")
        if options["repair"] and bad:
            fixed = indexing.repair(report)
            self.stdout.write(self.style.SUCCESS(f"re-indexed {fixed} articles"))
            after = indexing.verify()
            if after["missing"] or after["extra"] or after["stale"]:
                raise CommandError("the index still differs after repair (edits during the run?): run it again")
        elif bad:
            raise CommandError(f"{bad} differences; run with --repair")
        else:
            self.stdout.write(self.style.SUCCESS("index and database agree"))

import multiprocessing

from django.core.management.base import BaseCommand
from django.db import connections
from tqdm import tqdm

from search import related
from search.backends import get_backend


def _keep(ids):
    connections.close_all()  # never a connection inherited from the parent
    return related.keep(ids)


class Command(BaseCommand):
    help = (
        "Work out the related articles of every article whose kept list is missing, outdated or "
        "old (search.related), now, instead of leaving it to the index writer's idle time: after "
        "an import or a first upgrade of a large archive. --all: every published article."
    )

    def add_arguments(self, parser):
        parser.add_argument("--procs", type=int, default=1, help="Worker processes.")
        parser.add_argument("--batch-size", type=int, default=100)
        parser.add_argument("--all", action="store_true", help="Every published article, kept list or not.")
        parser.add_argument("--dry-run", action="store_true", help="Only say how many lists are due.")

    def handle(self, **options):
        from archive.models import Article

        if options["all"]:
            ids = list(Article.objects.published().order_by("-pk").values_list("pk", flat=True))
        else:
            ids = related.due(limit=Article.objects.count() + 1)
        if options["dry_run"] or not ids:
            self.stdout.write(f"{len(ids)} related-article lists due")
            return
        size = options["batch_size"]
        batches = [ids[i : i + size] for i in range(0, len(ids), size)]
        kept = 0
        with tqdm(total=len(ids), unit="篇", disable=options["verbosity"] == 0) as bar:
            if options["procs"] <= 1:
                for batch in batches:
                    kept += related.keep(batch)
                    bar.update(len(batch))
            else:
                get_backend().warm()  # read once, shared by the forked workers
                connections.close_all()  # none crosses the fork
                with multiprocessing.get_context("fork").Pool(options["procs"]) as pool:
                    for batch, n in zip(batches, pool.imap(_keep, batches), strict=True):
                        kept += n
                        bar.update(len(batch))
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"kept the related articles of {kept} articles"))

import errno

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.models import Article
from search import indexing


class Command(BaseCommand):
    help = (
        "Build the search index from scratch next to the live one and swap it in; searches keep working "
        "meanwhile. With SEARCH_BACKEND=whoosh each process writes whole segments at once (faster than "
        "haystack's rebuild_index, which also works)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--procs", type=int, default=None, help="Worker processes (default: CPUs, at most 4).")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--segment-docs",
            type=int,
            default=25_000,
            help="Whoosh: articles per segment; bounds a build process's memory (25,000: 0.8-0.9 GB a process).",
        )

    def handle(self, **options):
        total = Article.objects.published().count()
        try:
            with tqdm(total=total, unit="篇", disable=options["verbosity"] == 0) as bar:
                n = indexing.rebuild(
                    procs=options["procs"],
                    batch_size=options["batch_size"],
                    segment_docs=options["segment_docs"],
                    progress=bar.update,
                )
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
            raise CommandError(
                f"磁盘空间不足，重建索引中止（{error}）：新索引已删除，原有索引不变、照常服务。腾出空间后重新运行。"
            ) from error
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"indexed {n} published articles"))

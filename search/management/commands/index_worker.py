import signal
import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = (
        "The one search index writer: drain the queue of changed articles (search.PendingUpdate) "
        "every --interval seconds until stopped. gunicorn.conf.py starts exactly one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=0.5, help="Seconds between polls of an empty queue.")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--verify-every",
            type=float,
            default=600,
            help="Seconds between consistency checks that also catch QuerySet.update() edits (0: never).",
        )
        parser.add_argument("--once", action="store_true", help="Drain the queue once and exit.")

    def handle(self, **options):
        self.stopping = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        verbosity = options["verbosity"]
        next_verify = time.monotonic() if options["verify_every"] else float("inf")
        if verbosity:
            self.stdout.write("search index writer started")
        while not self.stopping:
            if time.monotonic() >= next_verify:
                report = indexing.verify()
                fixed = indexing.repair(report) if report["missing"] or report["extra"] or report["stale"] else 0
                if fixed and verbosity:
                    self.stdout.write(f"verify: re-indexed {fixed} articles that differed")
                next_verify = time.monotonic() + options["verify_every"]
            n = indexing.process_queue(batch_size=options["batch_size"])
            if n and verbosity > 1:
                self.stdout.write(f"indexed {n} articles")
            if options["once"]:
                break
            if not n:
                time.sleep(options["interval"])
        if verbosity:
            self.stdout.write("search index writer stopped")

    def _stop(self, signum, frame):
        # Finish the batch in hand; the queue keeps whatever is left.
        self.stopping = True

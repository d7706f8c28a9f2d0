import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import connections

from search import indexing, related

log = logging.getLogger(__name__)
# Longest wait between retries while the database is unavailable.
MAX_BACKOFF = 30.0
# Seconds before the writer looks again for related lists to work out after it found none
# due (the look is a pass over the published articles: ~50 ms at 100,000).
RELATED_RECHECK = 60.0


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
        parser.add_argument(
            "--related-batch",
            type=int,
            default=20,
            help="Related-article lists to work out per pass while the queue is empty (0: none; see search.related).",
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
        failures = 0
        self.next_related = time.monotonic()
        while not self.stopping:
            try:
                n, next_verify = self.work(options, next_verify)
            except Exception as error:
                if not indexing.is_transient(error):
                    raise
                # The database is away for a moment (busy, restarting): wait and try again,
                # longer each time; the queue keeps every change meanwhile.
                failures += 1
                delay = min(options["interval"] * 2**failures, MAX_BACKOFF)
                log.warning("index writer: database unavailable (%s); retry %d in %.1f s", error, failures, delay)
                connections.close_all()
                self.sleep(delay)
                continue
            failures = 0
            if options["once"]:
                break
            if not n:
                self.sleep(options["interval"])
        if verbosity:
            self.stdout.write("search index writer stopped")

    def work(self, options, next_verify):
        if time.monotonic() >= next_verify:
            report = indexing.verify()
            fixed = indexing.repair(report) if report["missing"] or report["extra"] or report["stale"] else 0
            if fixed and options["verbosity"]:
                self.stdout.write(f"verify: re-indexed {fixed} articles that differed")
            next_verify = time.monotonic() + options["verify_every"]
        n = indexing.process_queue(batch_size=options["batch_size"])
        if n and options["verbosity"] > 1:
            self.stdout.write(f"indexed {n} articles")
        if not n and not options["once"]:
            n = self.keep_related(options["related_batch"])
        return n, next_verify

    def keep_related(self, batch_size):
        """While the queue is empty: the next related-article lists that are due, a batch at
        a time (the queue is looked at again between batches); none due, a look later."""
        if not batch_size or time.monotonic() < self.next_related:
            return 0
        try:
            n = related.fill(batch_size)
        except Exception:  # a nicety: pages work the lists out themselves without it
            log.exception("index writer: could not work out related-article lists")
            n = 0
        if not n:
            self.next_related = time.monotonic() + RELATED_RECHECK
        return n

    def sleep(self, seconds):
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(0.2, seconds))

    def _stop(self, signum, frame):
        # Finish the batch in hand; the queue keeps whatever is left.
        self.stopping = True

"""``export_figures``: every key figure (rejected ones left out) as CSV or JSON Lines, each
row with its article's URL and the sentence it came from: a researcher's dataset."""

import csv
import json

from django.core.management.base import BaseCommand, CommandError

from archive.figure_data import EXPORT_FIELDS, chosen_park, filtered, records
from archive.models import Figure


class Command(BaseCommand):
    help = "Export key figures (not rejected), one record per figure, as JSON Lines or CSV."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--park", help="only figures of this park (slug)")
        parser.add_argument("--province", help="only figures of parks in this province")
        parser.add_argument("--metric-class", choices=[c.value for c in Figure.MetricClass], help="only this class")
        parser.add_argument("--year", type=int, help="only figures of this year")
        parser.add_argument(
            "--all-articles", action="store_true", help="include figures of unpublished articles (default: published)"
        )
        parser.add_argument("--base-url", default="", help="prefix for article_url, e.g. https://archive.example")
        parser.add_argument("--output", "-o", help="write to this file instead of stdout")

    def handle(self, format, park, province, metric_class, year, all_articles, base_url, output, **options):
        chosen = {"park": park, "province": province, "metric_class": metric_class, "year": year}
        chosen_one = chosen_park(chosen)
        if park and chosen_one is None:
            raise CommandError(f"no park with the slug {park!r} (see the park's page address)")
        figures = Figure.objects.not_rejected() if all_articles else None
        queryset = filtered(chosen, chosen_one, figures)
        try:
            out = open(output, "w", encoding="utf-8", newline="") if output else self.stdout
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror}") from exc
        n = 0
        try:
            writer = None
            for record in records(queryset, base_url):
                if format == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
                        writer.writeheader()
                    writer.writerow(record)
                n += 1
        finally:
            if output:
                out.close()
        if options["verbosity"] >= 2:
            self.stderr.write(f"{n} figures")

import csv
import json

from django.core.management.base import BaseCommand, CommandError

from archive.exports import article_records
from archive.models import Article

NESTED = (
    "reporters",
    "parks",
    "paragraphs",
    "subheads",
    "captions",
    "source",
    "sources",
    "flags",
    "figures",
    "companies",
)


class Command(BaseCommand):
    help = "Export articles, one record per article (JSON Lines or CSV) to stdout or a file."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--status", choices=[s.value for s in Article.Status], help="only articles in this status")
        parser.add_argument("--base-url", default="", help="prefix for the url field, e.g. https://archive.example")
        parser.add_argument("--output", "-o", help="write to this file instead of stdout")

    def handle(self, format, status, base_url, output, **options):
        queryset = Article.objects.all()
        if status:
            queryset = queryset.filter(status=status)
        try:
            out = open(output, "w", encoding="utf-8", newline="") if output else self.stdout
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror}") from exc
        try:
            if format == "jsonl":
                for record in article_records(queryset, base_url):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                writer = None
                for record in article_records(queryset, base_url):
                    row = {k: json.dumps(v, ensure_ascii=False) if k in NESTED else v for k, v in record.items()}
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow(row)
        finally:
            if output:
                out.close()

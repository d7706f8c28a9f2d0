import json

from django.core.management.base import BaseCommand

from archive.exports import page_records


class Command(BaseCommand):
    help = "Export imported source pages, one JSON record per page: file, sha256, encoding, articles, unplaced."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")

    def handle(self, format, **options):
        for record in page_records():
            self.stdout.write(json.dumps(record, ensure_ascii=False))

"""Find the key figures and companies of articles stored before the importer found them
(an archive upgraded from before migration 0009): ``archive.pipeline.backfill``."""

from django.core.management.base import BaseCommand

from archive import stats
from archive.pipeline.backfill import BATCH, extract_batch, pending
from archive.pipeline.runner import progress
from archive.pipeline.store import ImportContext


class Command(BaseCommand):
    help = (
        "为尚无关键数字和公司的已存文章提取关键数字与公司（升级旧档案后运行一次）；--dry-run 只统计。"
        " Extract key figures and companies for stored articles that have none (after an upgrade)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计待处理的文章数，不写入")

    def handle(self, *args, dry_run, **options):
        ids = list(pending())
        if dry_run:
            self.stdout.write(f"{len(ids)} 篇文章尚无关键数字和公司。")
            return
        context = ImportContext()
        figures = companies = 0
        batches = [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]
        for batch in progress(batches, len(batches), show=options["verbosity"] >= 1):
            added = extract_batch(batch, context)
            figures, companies = figures + added[0], companies + added[1]
        stats.invalidate()
        self.stdout.write(f"已处理 {len(ids)} 篇文章：{figures} 个关键数字，{companies} 处公司。")

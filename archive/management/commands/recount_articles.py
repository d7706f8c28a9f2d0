"""Count the published articles per park, province, province and year, and reporter afresh
(``archive.counting``).

The database's triggers keep these counts as the data changes, and migrations 0011 and 0012 count
them once for an archive that had articles before; this command is for the rest: rows
changed with the triggers absent (a restore by hand, a raw ``DELETE`` of an article
before its tags), or to ``--check`` that nothing drifted.
"""

from django.core.management.base import BaseCommand, CommandError

from archive import counting, stats


class Command(BaseCommand):
    help = (
        "重新统计各园区、省份（含逐年）、记者的已发布文章数；--check 只核对不修改。"
        " Recount published articles per park, province (and year) and reporter; --check only compares."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="只核对计数与重新统计的结果，不修改")

    def handle(self, *args, check, **options):
        stored, fresh = counting.stored_counts(), counting.fresh_counts()
        wrong = sorted(k for k in stored.keys() | fresh.keys() if stored.get(k, 0) != fresh.get(k, 0))
        for scope, kind, name in wrong[:20]:
            self.stdout.write(
                f"{scope} {kind} {name}: 计数 {stored.get((scope, kind, name), 0)}，实际 {fresh.get((scope, kind, name), 0)}"
            )
        if check:
            if wrong:
                raise CommandError(f"{len(wrong)} 项计数与实际不一致；运行 recount_articles 修正。")
            self.stdout.write(f"计数一致（{len(fresh)} 项）。")
            return
        counting.recount()
        stats.invalidate()
        self.stdout.write(f"已重新统计（{len(fresh)} 项，其中 {len(wrong)} 项曾不一致）。")

"""Count the published articles per park, province, province and year, and reporter
(``archive.counting``) and the parks' figure series (``archive.figure_counting``) afresh.

The database's triggers keep these counts as the data changes (new figures are counted by
whoever inserts them: the importer, ``Figure.save()``, ``bulk_create``), and migrations
0011-0013 count them once for an archive that had articles before; this command is for the
rest: rows changed with the triggers absent or figures inserted past those paths (a restore
by hand, a raw ``DELETE`` of an article before its tags), or to ``--check`` that nothing
drifted.
"""

from django.core.management.base import BaseCommand, CommandError

from archive import counting, figure_counting, stats


class Command(BaseCommand):
    help = (
        "重新统计各园区、省份（含逐年）、记者的已发布文章数和各园区的数字序列；--check 只核对不修改。"
        " Recount published articles per park, province (and year) and reporter and the parks'"
        " figure series; --check only compares."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="只核对计数与重新统计的结果，不修改")

    def handle(self, *args, check, **options):
        stored, fresh = counting.stored_counts(), counting.fresh_counts()
        wrong = sorted(k for k in stored.keys() | fresh.keys() if stored.get(k, 0) != fresh.get(k, 0))
        series, fresh_series = figure_counting.stored_series(), figure_counting.fresh_series()
        wrong_series = sorted(k for k in series.keys() | fresh_series.keys() if series.get(k) != fresh_series.get(k))
        for scope, kind, name in wrong[:20]:
            self.stdout.write(
                f"{scope} {kind} {name}: 计数 {stored.get((scope, kind, name), 0)}，实际 {fresh.get((scope, kind, name), 0)}"
            )
        for key in wrong_series[:20]:
            park_id, metric, metric_class, base_unit, year = key
            self.stdout.write(
                f"园区 {park_id} {metric}（{metric_class}）{base_unit} {year}: "
                f"计数 {series.get(key)}，实际 {fresh_series.get(key)}"
            )
        stale_dates = figure_counting.stale_dates()
        if check:
            if wrong or wrong_series or stale_dates:
                raise CommandError(
                    f"{len(wrong)} 项文章计数、{len(wrong_series)} 项数字序列、{stale_dates} 个数字的文章日期"
                    "与实际不一致；运行 recount_articles 修正。"
                )
            self.stdout.write(f"计数一致（{len(fresh)} 项文章计数，{len(fresh_series)} 项数字序列）。")
            return
        counting.recount()
        figure_counting.recount()
        stats.invalidate()
        self.stdout.write(
            f"已重新统计（{len(fresh)} 项，其中 {len(wrong)} 项曾不一致；"
            f"数字序列 {len(fresh_series)} 项，其中 {len(wrong_series)} 项曾不一致）。"
        )

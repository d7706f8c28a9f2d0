from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the archive into DEST (a new folder): the database (SQLite's online backup, or pg_dump's "
        "custom format on PostgreSQL; safe while the site runs), every raw page as received, and a manifest. "
        "The search index is rebuilt on restore."
    )

    def add_arguments(self, parser):
        parser.add_argument("dest", help="a new or empty folder")

    def handle(self, dest, **options):
        try:
            manifest = backup(dest)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"备份完成 {dest}：版面 {manifest['pages']}，文章 {manifest['articles']}（已发布 {manifest['published']}）。"
            )
        if manifest["pages_not_byte_identical"]:
            self.stderr.write(f"注意：{len(manifest['pages_not_byte_identical'])} 个版面的原始字节无法逐字节还原")

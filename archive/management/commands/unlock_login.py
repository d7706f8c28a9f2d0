"""Lift the admin's login lock (django-axes) for an account or a network address.

The lock lifts by itself after ARCHIVE_LOGIN_LOCKOUT_MINUTES; this is for the editor who
cannot wait. It wraps django-axes' own reset (``axes.utils.reset``, which its
``axes_reset_username``/``axes_reset_ip`` commands use) with a listing and Chinese output.
"""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Sum
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "解除后台登录锁定：unlock_login 用户名… 或 --address 网络地址…；--list 列出被记录的失败登录。"
        " Lift the admin login lock for accounts or client addresses; --list shows failed logins."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="*", metavar="USERNAME", help="账号（用户名）")
        parser.add_argument("--address", action="append", default=[], metavar="IP", help="网络地址，可重复")
        parser.add_argument("--list", action="store_true", help="只列出失败记录，不解锁")

    def handle(self, *args, usernames, address, list, **options):
        if list:
            self.list_attempts()
            return
        if not usernames and not address:
            raise CommandError("请给出要解锁的用户名，或 --address 网络地址（--list 查看记录）")
        for name in usernames:
            removed = reset(username=name)
            self.report(f"账号 {name}", removed)
        for ip in address:
            removed = reset(ip=ip)
            self.report(f"地址 {ip}", removed)

    def report(self, what, removed):
        if removed:
            self.stdout.write(self.style.SUCCESS(f"{what}：已解锁（清除 {removed} 条失败记录）"))
        else:
            self.stdout.write(f"{what}：没有失败记录，本来就未锁定")

    def list_attempts(self):
        since = timezone.now() - settings.AXES_COOLOFF_TIME
        attempts = AccessAttempt.objects.filter(attempt_time__gte=since)
        if not attempts:
            self.stdout.write("没有未过期的失败登录记录。")
            return
        limit = settings.AXES_FAILURE_LIMIT
        for field, label in (("username", "账号"), ("ip_address", "地址")):
            for row in attempts.values(field).annotate(failures=Sum("failures_since_start")).order_by(field):
                state = "已锁定" if row["failures"] >= limit else "未锁定"
                self.stdout.write(f"{label} {row[field] or '-'}：失败 {row['failures']} 次，{state}")

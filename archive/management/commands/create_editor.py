"""Create an editor account: a staff user in the "编辑" group (curates, can't manage users)."""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from archive.signals import EDITOR_GROUP, create_editor_group

PASSWORD_ENV = "ARCHIVE_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create a staff account in the editors' group (编辑), or add an existing user to it. "
        f"The password is asked for interactively, or read from ${PASSWORD_ENV}."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--dry-run", action="store_true", help="Say what would be done; change nothing.")

    def handle(self, username, email, dry_run, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = os.environ.get(PASSWORD_ENV) or None
        if user is None and password is None:
            password = self._ask_password(username)
        if dry_run:
            action = "add existing user" if user else "create user"
            self.stdout.write(f"Would {action} {username!r} as staff in group {EDITOR_GROUP!r}.")
            return
        with transaction.atomic():
            group = Group.objects.filter(name=EDITOR_GROUP).first()
            if group is None:
                create_editor_group(sender=None)
                group = Group.objects.get(name=EDITOR_GROUP)
            created = user is None
            if created:
                user = User(username=username, email=email)
            if password is not None:
                self._validate(password, user)
                user.set_password(password)
            user.is_staff = True
            user.save()
            user.groups.add(group)
        if options["verbosity"] >= 1:
            verb = "Created" if created else "Updated"
            self.stdout.write(self.style.SUCCESS(f"{verb} editor {username!r}; sign in at /admin/."))

    def _ask_password(self, username):
        if not self.stdin_is_interactive():
            raise CommandError(f"No password: run interactively or set ${PASSWORD_ENV}.")
        first = getpass.getpass(f"Password for {username}: ")
        second = getpass.getpass("Password (again): ")
        if first != second:
            raise CommandError("The passwords don't match.")
        return first

    @staticmethod
    def stdin_is_interactive():
        import sys

        return sys.stdin.isatty()

    @staticmethod
    def _validate(password, user):
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc

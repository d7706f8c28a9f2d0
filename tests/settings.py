"""Test settings: the real settings with a throwaway data dir and a test secret key."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-" + "x" * 40)
os.environ["ARCHIVE_DATA_DIR"] = tempfile.mkdtemp(prefix="archive-test-")


def _remove_data_dir(path, owner):
    """The throwaway data dir goes with the process that made it (not with its forks)."""
    if os.getpid() == owner:
        shutil.rmtree(path, ignore_errors=True)


atexit.register(_remove_data_dir, os.environ["ARCHIVE_DATA_DIR"], os.getpid())

from archive.settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "ratelimit": CACHES["ratelimit"]}  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405  (WhiteNoise warns about a missing root)
WHITENOISE_USE_FINDERS = True

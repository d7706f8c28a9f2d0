"""What the import benchmarks that run ``import_pages`` on a copy of a migrated data dir
share (``import_split``, ``import_timeline``, ``import_rows_digest``): their arguments, the
fresh copy, and Django set up on it in this process."""

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def arguments(description):
    """A parser of ``PAGES TEMPLATE_DATA_DIR WORK_DATA_DIR [--tree CHECKOUT]``."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path)
    parser.add_argument("template", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code imports (default: this one)")
    return parser


def fresh_copy(args):
    """``args.data``, a new copy of ``args.template``."""
    shutil.rmtree(args.data, ignore_errors=True)
    shutil.copytree(args.template, args.data)


def django_on_copy(args):
    """A fresh copy, then Django of ``args.tree`` set up on it in this process."""
    fresh_copy(args)
    os.environ["ARCHIVE_DATA_DIR"] = str(args.data)
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    sys.path.insert(0, str(args.tree.resolve()))
    import django

    django.setup()

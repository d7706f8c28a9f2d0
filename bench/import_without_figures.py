"""``manage.py import_pages`` with the key-figures stage left out, for measuring what that
stage costs (``bench/import_bench.py --without-figures``).

The stage (``archive.pipeline.prepare.extract``: key figures and companies of each article)
is replaced by one that finds nothing, before the importer forks its parser processes, so
they inherit it; everything else runs as in the product. Not a product setting: an archive
always gets its figures at import.

    ARCHIVE_DATA_DIR=... python bench/import_without_figures.py PAGES_DIR [import_pages options]
"""

import os
import sys
from pathlib import Path


def main(argv):
    tree = Path(os.environ.get("IMPORT_BENCH_TREE") or Path(__file__).resolve().parent.parent)
    sys.path.insert(0, str(tree))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from archive.pipeline import prepare, store

    def nothing(parsed_article, gazetteer):
        return prepare.Extracted()

    prepare.extract = nothing  # the workers' stage (prepare_bytes)
    store.extract = nothing  # the storer's fallback for an article without one
    call_command("import_pages", *argv)


if __name__ == "__main__":
    main(sys.argv[1:])

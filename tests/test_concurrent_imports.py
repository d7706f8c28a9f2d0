"""Two imports at once: two `import_pages` runs over overlapping folders, and an editor's
upload in the admin while a command-line import runs. Real processes on one database (the
data dir's SQLite file, or a PostgreSQL database of its own): every page is stored exactly
once, nobody sees "database is locked", and the index (and the kept counts) agree.
"""

import json
import subprocess
import sys

import pytest

from tests.processes import ROOT, environment, export, iter_pages, manage, wait_until

PAGES = list(iter_pages(140, seed=7))


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """Two folders that share 40 pages (byte for byte), and the union of both."""
    base = tmp_path_factory.mktemp("concurrent")
    first, second, union = base / "first", base / "second", base / "union"
    for folder, chosen in ((first, PAGES[:90]), (second, PAGES[50:]), (union, PAGES)):
        folder.mkdir()
        for name, text in chosen:
            (folder / name).write_text(text, encoding="utf-8")
    return first, second, union


def launch(db, *args, **env):
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env={**environment(db), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc):
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, f"{proc.args[:4]}: exit {proc.returncode}\n{out}\n{err}"
    assert "locked" not in out + err, out + err
    return out


def assert_index_agrees(db):
    manage(db, "index_worker", "--once", "--verify-every", "0", "-v0")
    report = manage(db, "search_verify")
    assert "index and database agree" in report, report


def test_two_imports_over_overlapping_folders_store_every_page_once(folders, archives):
    first, second, union = folders
    clean = archives("clean")
    manage(clean, "import_pages", str(union), "--jobs", "1", "--publish", "-v0")

    data = archives("both")
    runs = [launch(data, "manage.py", "import_pages", str(f), "--jobs", "1", "--publish", "-v0") for f in folders[:2]]
    for run in runs:
        finish(run)

    assert data.scalar("SELECT COUNT(*) FROM archive_sourcepage") == len(PAGES)
    assert export(data) == export(clean)
    assert_index_agrees(data)
    manage(data, "recount_articles", "--check")  # the kept counts and figure series agree


UPLOADER = """
import json, sys, django
django.setup()
from django.test.utils import setup_test_environment
setup_test_environment()  # responses keep their template context, as in the tests
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

editor = User.objects.create_superuser("uploader", password="x-upload-pass-1")
client = Client()
client.force_login(editor)
statuses = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        upload = SimpleUploadedFile(path.rsplit("/", 1)[-1], f.read(), content_type="text/plain")
    response = client.post(reverse("admin:archive_sourcepage_import"), {"files": [upload], "publish": "on"})
    statuses += [(response.status_code, row["status"], row["error"]) for row in response.context["results"]]
print(json.dumps(statuses, ensure_ascii=False))
"""


def test_an_admin_upload_during_a_command_line_import_stores_every_page_once(folders, archives):
    first, _second, union = folders
    clean = archives("clean")
    manage(clean, "import_pages", str(union), "--jobs", "1", "--publish", "-v0")

    data = archives("both")
    command = launch(data, "manage.py", "import_pages", str(first), "--jobs", "1", "--publish", "-v0")
    assert wait_until(lambda: data.scalar("SELECT COUNT(*) FROM archive_sourcepage") > 0)
    # Pages the command is about to import, and pages only the upload brings.
    uploads = [str(union / name) for name, _text in PAGES[60:80] + PAGES[90:]]
    # DEBUG only for the static files of the admin's page (no collectstatic in this data dir).
    uploader = launch(data, "-c", UPLOADER, *uploads, DJANGO_DEBUG="1")
    statuses = json.loads(finish(uploader))
    finish(command)

    assert len(statuses) == len(uploads)
    assert {(code, status) for code, status, _error in statuses} <= {(200, "imported"), (200, "duplicate")}, statuses
    assert data.scalar("SELECT COUNT(*) FROM archive_sourcepage") == len(PAGES)
    assert export(data) == export(clean)
    assert_index_agrees(data)


# One import's batch: a transaction that looks a reporter up or creates it, then waits for
# the test's signal before committing - so the other import creates the same reporter (or
# one whose name sounds alike) while the first one's row is written but not committed.
BATCH = """
import django
django.setup()
import sys, time
from pathlib import Path
from types import SimpleNamespace
from django.db import transaction
from archive.pipeline.store import ImportContext
name, flags = sys.argv[1], Path(sys.argv[2])
with transaction.atomic():
    pk = ImportContext().reporter_id(name, SimpleNamespace(new_reporters=0))
    (flags / ("created-" + name)).touch()
    while not (flags / "commit").exists():
        time.sleep(0.05)
print(pk)
"""


@pytest.mark.parametrize("second", ["张江", "章江"], ids=["same-name", "same-slug"])
def test_two_imports_creating_a_reporter_at_once_both_succeed_with_one_row_per_name(tmp_path, archives, second):
    db = archives("reporters")
    first = launch(db, "-c", BATCH, "张江", str(tmp_path))
    assert wait_until(lambda: (tmp_path / "created-张江").exists())
    other = launch(db, "-c", BATCH, second, str(tmp_path))
    if db.url:  # PostgreSQL: the second insert waits on the first's uncommitted row
        assert wait_until(lambda: db.scalar("SELECT COUNT(*) FROM pg_locks WHERE NOT granted") > 0)
    (tmp_path / "commit").touch()
    pks = {finish(first).strip(), finish(other).strip()}
    assert len(pks) == (1 if second == "张江" else 2)
    names = json.loads(manage(db, "shell", "-c", SLUGS).splitlines()[-1])
    assert sorted(names) == sorted({"张江", second})
    assert len(set(names.values())) == len(names)  # slugs stay unique


SLUGS = "import json; from archive.models import Reporter; print(json.dumps(dict(Reporter.objects.values_list('name', 'slug'))))"

"""kill -9 in the middle of an import or of the index writer, then recover.

Real processes in real data dirs: the importer and the writer are killed the way a power
cut or the OOM killer would, and what the operator does next (run the same command again,
restart the writer) must give exactly what an uninterrupted run gives. Each archive has a
database of its own on the backend under test (``tests.databases``).
"""

import signal

import pytest

from tests.processes import export, iter_pages, manage, start, wait_until


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for name, text in iter_pages(400, seed=3):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_killed_import_rerun_gives_exactly_an_uninterrupted_import(pages, archives):
    clean = archives("clean")
    manage(clean, "import_pages", str(pages), "--jobs", "1", "-v0")

    crashed = archives("crashed")
    proc = start(crashed, "import_pages", str(pages), "--jobs", "1", "-v0")
    assert wait_until(lambda: crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage") >= 50)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage")
    assert 0 < stored < 400, "the kill must land mid-import"
    # No half-imported page: every stored page has all of its articles.
    assert crashed.scalar("SELECT COUNT(*) FROM archive_sourcepage p WHERE NOT EXISTS "
                 "(SELECT 1 FROM archive_article a WHERE a.source_page_id = p.id)") == 0  # fmt: skip

    manage(crashed, "import_pages", str(pages), "--jobs", "1", "-v0")
    assert export(crashed) == export(clean)


def test_a_killed_index_writer_leaves_an_index_that_agrees_after_restart(pages, archives):
    data = archives("data")
    manage(data, "import_pages", str(pages), "--publish", "-v0")
    queued = data.scalar("SELECT COUNT(*) FROM search_pendingupdate")
    assert queued > 1000

    writer = start(data, "index_worker", "--batch-size", "100", "--verify-every", "0")
    assert wait_until(lambda: data.scalar("SELECT COUNT(*) FROM search_pendingupdate") < queued - 150)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert data.scalar("SELECT COUNT(*) FROM search_pendingupdate") > 0, "the kill must land mid-queue"

    manage(data, "index_worker", "--once", "--verify-every", "0", "-v0")
    report = manage(data, "search_verify")
    assert data.scalar("SELECT COUNT(*) FROM search_pendingupdate") == 0
    assert "index and database agree" in report, report

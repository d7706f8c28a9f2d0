"""A full disk during an import and during an index build, on a real size-limited
filesystem: a tmpfs mounted in a private user and mount namespace (``unshare -Urm``, no
root needed), holding the data dir. The import says the disk is full and stores no half
page, the failed build leaves the live index serving, SQLite's integrity check passes,
and after space is freed the same commands complete."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.databases import ScratchDatabase
from tests.processes import ROOT, environment, iter_pages, manage, sqlite_only

pytestmark = [
    sqlite_only,  # the data dir, its SQLite file included, on the small filesystem
    pytest.mark.skipif(
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "-Urm", "true"], capture_output=True).returncode != 0,
        reason="needs unshare -Urm (user and mount namespaces) to mount a small tmpfs",
    ),
]

PROBE = """
import json, sqlite3, sys, django
django.setup()
from search import query
db = sqlite3.connect(sys.argv[1])
print(json.dumps({
    "integrity": db.execute("PRAGMA integrity_check").fetchone()[0],
    "pages": db.execute("SELECT COUNT(*) FROM archive_sourcepage").fetchone()[0],
    "half_pages": db.execute("SELECT COUNT(*) FROM archive_sourcepage p WHERE NOT EXISTS "
                             "(SELECT 1 FROM archive_article a WHERE a.source_page_id = p.id)").fetchone()[0],
    "hits": query.search(sys.argv[2]).count,
}))
"""

SCRIPT = """
set -u
mount -t tmpfs -o size={size}k tmpfs "$SMALL"
cp -a "$BASE"/. "$SMALL"/
py() {{ "{python}" "$@"; }}
step() {{ echo "== $1"; shift; "$@" 2>&1; echo "== rc $?"; }}
step import_full py manage.py import_pages "$PAGES" --publish --jobs 1 -v0
step probe_after_import py -c "$PROBE" "$SMALL/archive.sqlite3" "$WORD"
step rebuild_full py manage.py search_rebuild -v0
step listing ls "$SMALL"
step probe_after_rebuild py -c "$PROBE" "$SMALL/archive.sqlite3" "$WORD"
mount -o remount,size=262144k "$SMALL"
step import_again py manage.py import_pages "$PAGES" --publish --jobs 1 -v0
step rebuild_again py manage.py search_rebuild -v0
step verify py manage.py search_verify
step probe_at_end py -c "$PROBE" "$SMALL/archive.sqlite3" "$WORD"
"""


def steps(output):
    found, name, lines = {}, None, []
    for line in output.splitlines():
        if line.startswith("== rc "):
            found[name] = (int(line[6:]), "\n".join(lines))
        elif line.startswith("== "):
            name, lines = line[3:], []
        else:
            lines.append(line)
    return found


def probe(text):
    return json.loads(text.strip().splitlines()[-1])


def test_a_full_disk_during_import_and_index_build_is_reported_harmless_and_recoverable(tmp_path, archives):
    first, more = tmp_path / "first", tmp_path / "more"
    first.mkdir()
    more.mkdir()
    pages = list(iter_pages(80, seed=12))
    for name, text in pages[:20]:
        (first / name).write_text(text, encoding="utf-8")
    for name, text in pages[20:]:
        (more / name).write_text(text, encoding="utf-8")
    base = archives("base")
    manage(base, "import_pages", str(first), "--publish", "--jobs", "1", "-v0")
    manage(base, "search_rebuild", "-v0")
    used = sum(f.stat().st_size for f in base.data_dir.rglob("*") if f.is_file()) // 1024
    word = "高新区"

    small = tmp_path / "small"
    small.mkdir()
    env = {
        **environment(ScratchDatabase(small, "")),
        "SMALL": str(small),
        "BASE": str(base.data_dir),
        "PAGES": str(more),
        "PROBE": PROBE,
        "WORD": word,
    }
    script = SCRIPT.format(size=used + 400, python=sys.executable)
    result = subprocess.run(
        ["unshare", "-Urm", "bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    done = steps(result.stdout)
    assert "probe_at_end" in done, result.stdout + result.stderr

    code, text = done["import_full"]
    assert code != 0 and "磁盘空间不足" in text and "Traceback" not in text, text
    after_import = probe(done["probe_after_import"][1])
    assert after_import["integrity"] == "ok" and after_import["half_pages"] == 0
    assert after_import["pages"] < 80
    serving = after_import["hits"]
    assert serving > 0

    code, text = done["rebuild_full"]
    assert code != 0 and "磁盘空间不足" in text and "No space left on device" in text and "Traceback" not in text, text
    assert "whoosh_index.building" not in done["listing"][1], "a failed build frees its space"
    after_rebuild = probe(done["probe_after_rebuild"][1])
    assert after_rebuild["hits"] == serving, "the live index must keep answering"

    assert done["import_again"][0] == 0, done["import_again"][1]
    assert done["rebuild_again"][0] == 0, done["rebuild_again"][1]
    assert "index and database agree" in done["verify"][1], done["verify"][1]
    end = probe(done["probe_at_end"][1])
    assert end == {**end, "integrity": "ok", "pages": 80, "half_pages": 0}
    assert end["hits"] > serving

"""The page cache of a one-machine archive (``archive.pagecache``, the production setting;
the in-process tests use Django's local-memory cache): shared by processes, bounded by
size, and never an error page when its disk is full."""

import multiprocessing
import shutil
import subprocess
import sys

import pytest

from archive.pagecache import PageCache
from tests.processes import ROOT


def page_cache(directory, size_limit=2**20, shards=4):
    params = {"TIMEOUT": 300, "SHARDS": shards, "DATABASE_TIMEOUT": 1.0, "OPTIONS": {"size_limit": size_limit}}
    return PageCache(str(directory), params)


def _store(directory, key, value):
    page_cache(directory).set(key, value)


def test_it_is_shared_by_processes(tmp_path):
    child = multiprocessing.get_context("spawn").Process(target=_store, args=(tmp_path, "park:1", {"articles": 42}))
    child.start()
    child.join(30)
    assert child.exitcode == 0
    assert page_cache(tmp_path).get("park:1") == {"articles": 42}


def test_it_keeps_its_size_under_the_limit(tmp_path):
    cache = page_cache(tmp_path, size_limit=1024 * 1024, shards=1)
    for i in range(400):
        cache.set(f"article:{i}", "相关文章" * 500)  # ~6 KB each, 2.4 MB in all
    assert cache._cache.volume() < 1.2 * 1024 * 1024
    assert cache.get("article:399") is not None  # the latest stay
    assert cache.get("article:0") is None  # the oldest went


FULL_DISK = """
import sys
sys.path.insert(0, sys.argv[2])
from archive.pagecache import PageCache
cache = PageCache(sys.argv[1], {"SHARDS": 1, "DATABASE_TIMEOUT": 1.0, "OPTIONS": {"size_limit": 2**30}})
results = [cache.set(f"k{i}", "x" * 50_000) for i in range(60)]
assert not all(results), "the disk never filled"
assert cache.get("k59", "missing") == "missing"
assert cache.add("another", "x" * 200_000) is False
print("ok", results.index(False))
"""


@pytest.mark.skipif(
    shutil.which("unshare") is None or subprocess.run(["unshare", "-Urm", "true"], capture_output=True).returncode != 0,
    reason="needs unshare -Urm (user and mount namespaces) to mount a small tmpfs",
)
def test_a_full_disk_skips_writes_instead_of_failing(tmp_path):
    small = tmp_path / "small"
    small.mkdir()
    script = f'mount -t tmpfs -o size=1024k tmpfs "{small}" && exec "{sys.executable}" -c "$0" "{small}" "{ROOT}"'
    proc = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", script, FULL_DISK], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok"), proc.stdout
    assert "page cache write of 'k" in proc.stderr and "No space left" in proc.stderr  # said in the log

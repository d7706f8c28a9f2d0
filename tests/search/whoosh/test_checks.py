"""The Whoosh backend reads and writes Whoosh's files through its private names: only in
two modules, only with the pinned Whoosh, and never from an index in another format."""

import ast
import copy
from pathlib import Path

import pytest
import whoosh
from django.core.exceptions import ImproperlyConfigured
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Positions

from search import query
from search.backends import get_backend
from search.backends.base import IndexOutdated, IndexState
from search.backends.whoosh import WhooshBackend
from search.backends.whoosh.fields import CHAR_SET_FIELD

from ..conftest import index_now, make_article

SEARCH = Path(__file__).resolve().parents[3] / "search"
PRIVATE_NAME_MODULES = {
    "search/backends/whoosh/postings.py",
    "search/backends/whoosh/writing.py",
    "search/backends/whoosh/bulk.py",
    "search/backends/whoosh/blocks.py",
}


# Django's ``Model._meta`` is a documented, public API despite its underscore.
PUBLIC_UNDERSCORE_NAMES = {"_meta"}


def private_whoosh_names(path):
    """``[(line, name)]``: names from Whoosh starting with "_" and attributes starting with
    "_" of anything but ``self`` (our own classes keep their privates on ``self``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("_")]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            if node.attr in PUBLIC_UNDERSCORE_NAMES:
                continue
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_private_names_are_used_only_in_the_posting_reading_and_segment_writing_modules():
    elsewhere = {}
    for path in sorted(SEARCH.rglob("*.py")):
        name = str(path.relative_to(SEARCH.parent))
        if name not in PRIVATE_NAME_MODULES and private_whoosh_names(path):
            elsewhere[name] = private_whoosh_names(path)
    assert elsewhere == {}
    assert all(private_whoosh_names(SEARCH.parent / name) for name in PRIVATE_NAME_MODULES)


def test_it_refuses_to_start_with_another_whoosh_than_the_pinned_one(monkeypatch):
    WhooshBackend.check()
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 5))
    with pytest.raises(ImproperlyConfigured, match=r"Whoosh==2\.7\.4"):
        WhooshBackend.check()


def test_it_refuses_another_haystack_engine(settings):
    settings.HAYSTACK_CONNECTIONS = {
        "default": {
            **settings.HAYSTACK_CONNECTIONS["default"],
            "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
        }
    }
    with pytest.raises(ImproperlyConfigured, match="ArchiveWhooshEngine"):
        WhooshBackend.check()


def test_an_index_in_another_format_is_never_read(db):
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    be = get_backend()
    old = copy.deepcopy(be.schema)
    old["chars"].format = Positions()  # what earlier versions wrote: pickled positions
    FileStorage(be.path).create_index(old)
    be.reset()
    with pytest.raises(IndexOutdated, match="search_rebuild"):
        query.search('"拿地即开工"')


def test_an_index_without_the_char_set_field_is_outdated(db):
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    be = get_backend()
    old = copy.deepcopy(be.schema)
    old.remove(CHAR_SET_FIELD)  # what versions before it wrote
    FileStorage(be.path).create_index(old)
    be.reset()
    assert be.index_state() == IndexState.OUTDATED
    with pytest.raises(IndexOutdated, match="search_rebuild"):
        query.search("京")


def _outdate_index():
    make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    be = get_backend()
    old = copy.deepcopy(be.schema)
    old["chars"].format = Positions()
    FileStorage(be.path).create_index(old)
    be.reset()


def test_the_search_page_says_so_with_503_when_the_index_cannot_be_read(db, client):
    _outdate_index()
    response = client.get("/search/", {"q": "拿地即开工"})
    assert response.status_code == 503 and response["Retry-After"]
    assert "暂时无法搜索" in response.content.decode()


def test_the_api_answers_503_in_json_when_the_index_cannot_be_read(db, client):
    _outdate_index()
    response = client.get("/api/search/", {"q": "拿地即开工"})
    assert response.status_code == 503 and response["Retry-After"]
    assert response.json()["error"] == "search index unavailable"

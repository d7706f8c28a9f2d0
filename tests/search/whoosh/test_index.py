"""The Whoosh index on disk: what haystack's commands write, and an index in another
format (an older version's) is never read, but rebuilt."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from search import indexing, query
from search.backends import get_backend

from ..conftest import index_now, make_article


def found(q):
    return [a.pk for a in query.search(q).articles]


def test_haystack_rebuild_index_also_works(db):
    make_article("宿迁高新区拿地即开工", "正文")
    call_command("rebuild_index", interactive=False, verbosity=0)
    get_backend().reset()
    assert query.search("拿地即开工").count == 1


def test_an_index_in_an_older_posting_format_is_rebuilt_by_setup(db, monkeypatch):
    import copy

    from whoosh.filedb.filestore import FileStorage
    from whoosh.formats import Positions

    article = make_article("宿迁高新区拿地即开工", "正文")
    index_now()
    assert indexing.index_is_current()
    be = get_backend()
    old = copy.deepcopy(be.schema)
    old["chars"].format = Positions()  # what earlier versions wrote
    FileStorage(be.path).create_index(old)
    be.reset()
    assert not indexing.index_is_current()
    with pytest.raises(CommandError, match="search_rebuild"):
        call_command("search_verify", verbosity=0)
    monkeypatch.setattr("archive.management.commands.setup_archive.call_command", _only_rebuild)
    from archive.management.commands.setup_archive import Command

    Command().handle(verbosity=0)
    assert indexing.index_is_current()
    assert found('"拿地即开工"') == [article.pk]


def _only_rebuild(name, *args, **kwargs):
    if name in ("search_rebuild", "index_worker"):
        call_command(name, *args, **kwargs)

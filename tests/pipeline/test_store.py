"""The storage stage: what ``prepare`` hands over is what lands in the database."""

import datetime
from pathlib import Path

import pytest

from archive.models import SourcePage
from archive.pipeline.prepare import prepare_bytes
from archive.pipeline.store import ImportContext, store_batch
from archive.pipeline.types import PageInfo

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

pytestmark = pytest.mark.django_db


def test_it_stores_each_pages_own_newspaper_date_and_page_label():
    context = ImportContext()
    first, second = sorted(PAGES.glob("*.txt"))[:2]
    infos = {
        first.name: PageInfo("中国高新技术产业导报", datetime.date(2020, 10, 19), "第4版"),
        second.name: PageInfo("科技日报", datetime.date(2021, 3, 2), "第7版"),
    }
    prepared = [
        prepare_bytes(path.read_bytes(), path.name, gazetteer=context.gazetteer, info=infos[path.name])
        for path in (first, second)
    ]

    outcomes = store_batch(prepared, context=context)

    assert [o.status for o in outcomes] == ["imported", "imported"]
    for name, info in infos.items():
        page = SourcePage.objects.get(file_name=name)
        assert (page.newspaper.name, page.issue_date, page.page_label) == (
            info.newspaper,
            info.issue_date,
            info.page_label,
        )
        assert {a.published_on for a in page.articles.all()} == {info.issue_date}

"""What gunicorn's master runs before it forks (``search.query.warm``), on every engine: the
query path once, leaving the process's own tables loaded and no reader's answer filed."""

import pytest

from search import analysis, query

from .conftest import index_now, make_article, make_park


@pytest.fixture
def world(db):
    park = make_park("青蛙湾智造高新技术产业开发区", "青蛙湾高新区", "江苏", slug="qingwawan")
    for i in range(3):
        make_article(f"青蛙湾园区建设第{i}期", f"园区的建设进展顺利，公园第{i}期开放。", parks=[park])
    index_now()
    return park


def test_warming_runs_the_query_path_on_the_engine_and_files_no_answer(world, engine_runs):
    query.warm()
    assert len(engine_runs) == 1  # the fixed query, run by the engine itself
    assert query.search(query.WARM_QUERY).count == 3
    assert len(engine_runs) == 2  # nothing kept by the warming answered it


def test_warming_teaches_the_segmenter_the_names_in_the_database(world):
    make_park("蝌蚪岭数字经济开发区", "蝌蚪岭开发区", "江苏", slug="kedouling")
    query.warm()
    assert "蝌蚪岭开发区" in analysis.query_words("蝌蚪岭开发区今年")

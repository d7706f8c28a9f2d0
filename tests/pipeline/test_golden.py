"""The parser's whole output, pinned: the five fixture pages in full and 300 seeded
synthetic pages (``bench/corpus.py``) by digest. A speed-up must not change a character.

A deliberate change of behaviour is recorded by regenerating the file and reviewing the
diff of ``fixture_pages.json``:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/pipeline/test_golden.py

The synthetic digests also pin ``bench/corpus.py``: a change to the generator needs the
same update.
"""

import dataclasses
import hashlib
import importlib.util
import json
import os

import pytest

from archive.pipeline.parse import parse_page

from .conftest import PAGES, ROOT

GOLDEN = ROOT / "tests" / "pipeline" / "golden"
SYNTHETIC_PAGES = 300
SYNTHETIC_SEED = 7


def dump(page) -> str:
    return json.dumps(dataclasses.asdict(page), ensure_ascii=False, sort_keys=True, indent=1, default=str)


def synthetic_pages():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return corpus.iter_pages(SYNTHETIC_PAGES, seed=SYNTHETIC_SEED)


def fixture_outputs(gazetteer) -> dict:
    return {
        path.name: json.loads(dump(parse_page(path.read_text(encoding="utf-8"), gazetteer=gazetteer)))
        for path in sorted(PAGES.glob("*.txt"))
    }


def synthetic_digests(gazetteer) -> dict:
    return {
        name: hashlib.sha256(dump(parse_page(text, gazetteer=gazetteer)).encode()).hexdigest()
        for name, text in synthetic_pages()
    }


def check(name: str, actual: dict):
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"rewrote {path.name}")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual.keys() == expected.keys()
    for key in expected:
        assert actual[key] == expected[key], key


def test_it_parses_the_fixture_pages_as_recorded(gazetteer):
    check("fixture_pages.json", fixture_outputs(gazetteer))


def test_it_parses_the_synthetic_corpus_as_recorded(gazetteer):
    check("synthetic_digests.json", synthetic_digests(gazetteer))

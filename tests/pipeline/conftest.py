from pathlib import Path

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.parks import Gazetteer
from archive.pipeline.parse import parse_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"


def page_text(prefix: str) -> str:
    (path,) = PAGES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gazetteer():
    return Gazetteer.from_csv(ROOT / "fixtures" / "parks.csv")


@pytest.fixture(scope="session")
def parsed(gazetteer):
    """The five fixture pages parsed once: ``parsed["003"]`` is a ParsedPage."""
    return {p: parse_page(page_text(p), gazetteer=gazetteer) for p in ("000", "001", "002", "003", "004")}


def article(page, headline_start: str):
    matches = [a for a in page.articles if a.headline.startswith(headline_start)]
    assert len(matches) == 1, [a.headline for a in page.articles]
    return matches[0]


def by_text(text, **kw):
    """One text's figures by their text as printed (``extract_figures``' keywords passed on)."""
    return {f.text: f for f in extract_figures(text, **kw)}

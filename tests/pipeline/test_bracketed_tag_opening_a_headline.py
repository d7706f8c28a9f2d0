"""A column's name in 【】 at the head of the headline's own line (``## 【园区快报】南通高新区…``)
is the article's column, as it is on a line of its own over the headline: not a word of the
headline, and not a kicker. Its brackets are kept as the page's furniture."""

import pytest

from archive.pipeline.explain import explain
from archive.pipeline.parse import accounted_chars, parse_page


def _page(head: str) -> str:
    return "\n".join(
        [
            f"## {head}",
            "",
            "本报讯 近日,记者从南通高新区获悉,园区今年上半年新增高新技术企业46家,同比增长18%。",
            "",
            "南通高新区将继续实施科技企业培育计划,力争全年新增高新技术企业100家。 顾晓",
            "",
        ]
    )


@pytest.mark.parametrize(
    "tag,headline",
    [
        ("园区快报", "南通高新区上半年新增高新技术企业46家"),
        ("“园长”访谈", "南通高新区:以“链”招商培育科技企业"),
    ],
)
def test_a_tag_opening_the_headline_line_is_the_column(gazetteer, tag, headline):
    text = _page(f"【{tag}】{headline}")
    page = parse_page(text, gazetteer=gazetteer)
    (a,) = page.articles
    assert (a.column, a.headline, a.kicker) == (tag, headline, "")
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_explain_shows_the_tagged_line_as_the_headline(gazetteer):
    decisions = explain(_page("【园区快报】南通高新区上半年新增高新技术企业46家"), gazetteer=gazetteer)
    assert decisions[0].role == "标题"

"""The archive's data, one module per idea: the gazetteer (parks), people (reporters),
newspapers (title → issue → page), articles cut from pages and the key figures and
companies found in them."""

from .articles import (
    SUBHEAD_PREFIX,
    Article,
    ArticlePark,
    ArticlePart,
    ArticleQuerySet,
    Byline,
    blocks_to_body,
    body_to_blocks,
    date_text,
    park_article_counts,
)
from .counts import FigureSeries, PublishedCount
from .figures import ArticleCompany, Company, Figure, confidence_of, figure_display
from .names import ALIAS_SEPARATORS, pinyin_slug, split_aliases, unique_slug
from .newspapers import Issue, Newspaper, SourcePage
from .parks import Park, derive_names, derived_names
from .pinyin import syllables as pinyin_syllables
from .reporters import Reporter

__all__ = [
    "ALIAS_SEPARATORS",
    "SUBHEAD_PREFIX",
    "Article",
    "ArticleCompany",
    "ArticlePark",
    "ArticlePart",
    "ArticleQuerySet",
    "Byline",
    "Company",
    "Figure",
    "FigureSeries",
    "Issue",
    "Newspaper",
    "Park",
    "PublishedCount",
    "Reporter",
    "SourcePage",
    "blocks_to_body",
    "confidence_of",
    "figure_display",
    "derive_names",
    "derived_names",
    "body_to_blocks",
    "date_text",
    "park_article_counts",
    "pinyin_slug",
    "pinyin_syllables",
    "split_aliases",
    "unique_slug",
]

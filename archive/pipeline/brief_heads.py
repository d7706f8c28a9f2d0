"""Briefs headlined with ``####`` on a markdown page (``assemble``): a column's label and
under it its briefs, each a ``####`` heading over a paragraph opening with a dateline and
closing with its credits::

    ### 园区快讯
    #### 嘉兴经开区新增三家专精特新企业
    本报讯 日前，……。(周敏)
    #### 衢州高新区氟硅新材料项目开工
    本报讯 近日，……。(林涛)

An OCR engine marks a story's subheads ``####`` too (page 000), and they stay subheads: a
subhead goes on with its story's text. A ``####`` heading is the next brief's headline when
the paragraph under it opens with a dateline (a story is dated once, at its start) and the
story above is closed by its credits, or is only the column's label, with no text yet.
"""

from . import leads
from .draft import ArticleDraft
from .headings import is_column_name
from .reflow import Item


def heads_a_brief(items: list[Item], i: int, cur: ArticleDraft | None) -> bool:
    """Is ``items[i]``, a ``####`` heading, the headline of the next brief (above)?"""
    it, after = items[i], items[i + 1] if i + 1 < len(items) else None
    if it.kind != "md" or it.level < 4 or after is None or after.kind != "para":
        return False
    if not (after.lead and leads.dated(after.lead)):
        return False
    return cur is None or cur.ended or label_alone(cur)


def label_alone(cur: ArticleDraft) -> bool:
    """Is ``cur`` only a column's label (``### 园区快讯``): a short heading with no punctuation,
    no kicker, subtitle, credits or text?"""
    a = cur.article
    return (
        not (a.blocks or a.captions or a.credits or a.kicker or a.subtitle or a.byline)
        and bool(a.headline)
        and is_column_name(a.headline)
    )


def under_label(label: ArticleDraft, brief: ArticleDraft) -> ArticleDraft:
    """The first brief under a column's label: the label is its column, and the label's
    line and typography are the brief's."""
    a = label.article
    brief.article.column = " ".join(x for x in (a.column, a.headline) if x)
    brief.article.source_lines[:0] = a.source_lines
    brief.furniture[:0] = label.furniture
    return brief

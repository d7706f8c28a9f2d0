"""A column's label printed in the middle of a page (``assemble``): 短评, 【园区观察】, 园区简讯,
图片新闻 over a title, a run of briefs or pictures. It ends the story above, though no byline
follows it: a paper opens a column with a new item, never in the middle of a story."""

from .box_labels import box_label
from .briefs import opens_brief
from .headings import COLUMN_MAX, REFERENCE_LABELS, is_column_name, names_a_column
from .lines import BULLETS
from .reflow import COLUMN_LABEL_RE, SUBTITLE_DASHES, Item
from .stacks import LABEL_ENDINGS, PHOTO_COLUMNS


def opens_column(cluster: list, after: Item | None) -> bool:
    """Is the headline cluster a column's label over the column's first item: over a title
    (``短评`` / ``让集群成为创新的“热带雨林”``), or alone over a bulleted or dated brief
    (``园区简讯`` / ``■ 日前，…（于洋）``) or a picture's caption (``图片新闻``)? Or any short
    column's name over a title set with a bullet (``园区动态`` / ``◎ 张江…12家``)?"""
    label = cluster[0]
    if label.kind != "cand":
        return False
    if len(cluster) >= 2 and is_column_name(label.text) and _bulleted_title(cluster[1]) and after is not None:
        return True  # 园区动态 / ◎ 张江人工智能岛新增入驻企业12家: a column of items set with bullets
    if not _is_label(label.text, bracketed_any=True):
        return False
    if len(cluster) >= 2:
        title = cluster[1]
        return title.kind in ("cand", "md") and not _is_label(title.text) and after is not None
    if after is None:
        return False
    if after.kind == "para":
        return opens_brief(after)
    return after.kind in ("caption", "photocap", "photo") and label.text in PHOTO_COLUMNS


def _bulleted_title(item: Item) -> bool:
    """A title set with a bullet (``◎ 张江药谷2款创新药获批上市``): an item of a column."""
    return item.kind == "cand" and item.text[:1] in BULLETS and len(item.text[1:].strip()) >= 4


def next_bulleted_item(cluster: list, bullet: str) -> bool:
    """Is the cluster the next item of a column whose items' titles are set with ``bullet``
    (the current article's): a title alone, set with the same bullet?"""
    return bool(bullet) and len(cluster) == 1 and _bulleted_title(cluster[0]) and cluster[0].text[:1] == bullet


def _is_label(text: str, bracketed_any: bool = False) -> bool:
    # A column's label ends like one of comment, briefs or pictures (``stacks.LABEL_ENDINGS``;
    # a box of background after a story, 相关链接 or 延伸阅读, is labelled so too: ``REFERENCE_LABELS``):
    # such a line over a title is no subhead. (Not 观察, 一线, 聚焦: words a story's subhead ends
    # with too, 产业观察 / 深耕一线; in brackets, 【园区观察】, any column's name is a label.)
    if bracketed_any and COLUMN_LABEL_RE.match(text):
        return True
    return text in REFERENCE_LABELS or bool(box_label(text)) or (is_column_name(text) and text.endswith(LABEL_ENDINGS))


def marked_column(heads: list[Item]) -> bool:
    """Is the first of a headline block's lines a column's heading over the headline: marked
    more important than the marked headline under it (``# 对话园区掌门人`` / ``## 以“链长制”…``),
    and read as a column's name (short, no punctuation)? (A kicker is marked less important
    than its headline: ``### 一季度签约项目42个`` / ``# …``.)"""
    if len(heads) < 2 or heads[0].kind != "md" or heads[1].kind != "md":
        return False
    top, head = heads[0], heads[1]
    if len(head.text) <= len(top.text.replace(" ", "")):
        return False
    if top.level < head.level:
        return is_column_name(top.text) or (_two_short_phrases(top.text) and not head.text.startswith(SUBTITLE_DASHES))
    return names_a_column(top.text)  # ### 园区快讯 / ## …: a column's word names it, however marked


def _two_short_phrases(text: str) -> bool:
    """A section's heading set as two short phrases about a space (``长三角园区 创新潮涌``),
    no punctuation: a column's name, never a headline's way under a more important mark."""
    parts = text.split(" ")
    return len(parts) == 2 and all(1 < len(p) <= COLUMN_MAX and is_column_name(p) for p in parts)

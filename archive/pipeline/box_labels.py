"""The label of a box printed with a story: a link or background box (``链接``, ``相关链接``,
``背景链接``, ``延伸阅读``, ``知识链接``…) or a related brief (``相关新闻``), on a line of its own,
with or without a bullet (``■相关链接``). Over a title of its own the box is an article: the
label its column, the title its headline (``column_labels.opens_column``), so the label is
never the first line of a headline broken over lines (``reflow``; before, ``链接 什么是…``
became one subhead of the story and ``相关新闻 绵阳…`` one headline).

A box printed inside a story (the story's text goes on under it) holds its title and the
paragraphs about its subject; the story's next paragraph names the story's park again where
the box never did, and goes back to it (``resume_story``)."""

from .lines import BULLETS

BOX_LABELS = frozenset(
    "延伸阅读 相关阅读 相关链接 新闻链接 背景链接 知识链接 链接 背景资料 名词解释 小贴士 相关新闻 相关报道".split()
)

# A reporter's notes on the story above (记者手记): a sidebar's label, over a title of its own
# the notes' column (``headings.SIDEBAR_LABELS``); under it the notes may go on with the story.
NOTES_LABELS = frozenset("记者手记 采访手记".split())


def box_label(text: str) -> str:
    """The box's label ``text`` is, its bullet taken off (``■相关链接`` -> ``相关链接``), else ''."""
    s = text.strip()
    if s[:1] in BULLETS:
        s = s[1:].lstrip()
    return s if s in BOX_LABELS else ""


def sidebar_label(text: str) -> bool:
    """Is ``text`` a box's or a reporter's notes' label? Set tight over a title it is never
    the title's first line (``reflow``: ``记者手记`` / ``让企业出题 让人才答题``, held-out p21)."""
    return bool(box_label(text)) or text.strip() in NOTES_LABELS

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


def box_label(text: str) -> str:
    """The box's label ``text`` is, its bullet taken off (``■相关链接`` -> ``相关链接``), else ''."""
    s = text.strip()
    if s[:1] in BULLETS:
        s = s[1:].lstrip()
    return s if s in BOX_LABELS else ""

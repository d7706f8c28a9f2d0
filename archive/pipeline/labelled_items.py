"""Items of a list a colon announces, each opening with its label and a colon
(``获奖名单如下：`` / ``创新领军企业：…、…。`` / ``成果转化优秀企业：…。``): an award's winners, a
ranking's groups. Each item is a paragraph, as a numbered item is (``reflow.starts_list_item``);
a line ending in a colon is otherwise read as a sentence left open, so the first item was
joined to the sentence that announces it."""

import re

# A label and its colon opening a line: a few characters of words, no clause mark, and no
# quotation right after the colon (a speaker's words go on: ``园区负责人说：`` / ``“今年…``).
_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,12}[：:](?![“\"「])")


def opens_labelled_item(prev: str, text: str) -> bool:
    """Does ``text`` open an item of a list that ``prev``, ending in its colon, announces?"""
    return prev[-1:] in "：:" and _LABEL_RE.match(text) is not None

"""Credits that close a paragraph: a writer's name after the last sentence (``…批复。 欣然``),
credits or a source in brackets (``…发展。（记者 刘琴）``, ``…措施。（据新华社）``), an agency's end
mark (``（完）``). Read from a paragraph's text (``reflow``, ``classify``, ``assemble``)."""

import re

from .bylines import END_SOURCE_RE, is_byline
from .lines import ends_sentence, split_end_mark
from .names import NAME, is_name

# A paragraph that ends a sentence and then, after a space, names its writers.
_END_SIGNATURE_RE = re.compile(rf"^(.*[。！？!?…”’）)])[ ]+((?:{NAME}[ ]*){{1,5}})$")

# Credits in brackets closing the last paragraph: ``…发展。（记者 刘琴）``, ``…发展。(王明)``.
_END_BRACKETS_RE = re.compile(r"[ ]*([(（][^()（）]{2,30}[)）])$")


def split_end_signature(text: str) -> tuple[str, str]:
    """``…获得生产许可批复。 欣然`` -> (``…获得生产许可批复。``, ``欣然``); credits in
    brackets after the last sentence (``…发展。（记者 刘琴）``) are kept as printed, and so is a
    source (``…措施。（据新华社）``)."""
    if text[-1:] in ")）":
        m = _END_BRACKETS_RE.search(text)
        if m and ends_sentence(text[: m.start()]) and (is_byline(m.group(1)) or END_SOURCE_RE.match(m.group(1))):
            return text[: m.start()], m.group(1)
        return text, ""
    m = _END_SIGNATURE_RE.match(text)
    if not m:
        return text, ""
    names = m.group(2).split()
    if not all(is_name(n) for n in names):
        return text, ""
    return m.group(1), " ".join(names)


def closes_with_credits(t: str) -> bool:
    """A line ending with an end mark (``（完）``, or the ``完）`` of one the column broke)
    or with credits in brackets after a finished sentence (``…发展。（记者 刘琴）``) ends
    its paragraph."""
    rest, mark = split_end_mark(t)
    if mark or t in ("完）", "完)"):
        return True
    return split_end_signature(rest)[1][:1] in ("(", "（")


def signed_off(t: str) -> bool:
    """A line ending with its writer's name after the last full stop, a space between them
    (``…突破80亿元。 马晓军``), ends its paragraph: the story is signed. (What follows, on a page
    with no headline between its stories, is the next story's text.)"""
    return " " in t and split_end_signature(t)[1][:1] not in ("", "(", "（")

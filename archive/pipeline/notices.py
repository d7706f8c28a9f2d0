"""A newspaper's notice to its readers under a head of its own (``更正``, ``更正启事``, ``致歉``,
``声明``, ``征稿启事``), printed among the stories: the paper speaks, not the story above. Its
head on a line of its own over its text starts an article of its own (``assemble``), never a
subhead of the story above, whether or not that story closed with its credits (before, a
mid-page ``更正`` under a story with its byline at the top became the story's last two
paragraphs)."""

import re

from .reflow import Item

_NOTICE_HEAD_RE = re.compile(
    r"^[【\[（(]?\s*(?:更\s*正|致\s*歉|勘\s*误|声\s*明|启\s*事)(?:启事|声明|说明)?\s*[】\]）)]?$"
    r"|^(?:更正与致歉|郑重声明|严正声明|征稿启事|征订启事|读者来信更正)$"
)


def notice_head(cluster: list[Item], after: Item | None) -> bool:
    """Is the cluster a notice's head alone over its text?"""
    return (
        len(cluster) == 1
        and cluster[0].kind == "cand"
        and after is not None
        and after.kind == "para"
        and _NOTICE_HEAD_RE.match(cluster[0].text.strip()) is not None
    )

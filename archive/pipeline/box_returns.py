"""A box printed inside a story (``链接`` / ``什么是概念验证中心`` / its text, then the story goes
on): the box is an article of its own (``box_labels``), and the story's paragraphs printed
under it go back to the story.

A box explains a term or gives background in general words; the story reports on its park.
So a paragraph of the box after its first one in the reporter's voice (``据悉``, ``据了解``,
``记者了解到``…) that names a park the story above names, and the box's title and first
paragraph do not, is the story going on (``据悉，…可优先入驻镇江高新区孵化器。`` under a box on
what a 概念验证中心 is); it and the paragraphs after it go back. (A box's own paragraph may name
the story's park too: ``方案明确，将以武汉东湖高新区为核心…`` under a 相关阅读 on a province's
plan stays in the box.)
The box must follow the story directly, the story not closed by its credits, and have no
credits of its own (a related brief, ``相关新闻`` / ``…（何静）``, is all its own)."""

import re

from .box_labels import box_label
from .draft import ArticleDraft
from .head_clauses import park_names

# What only a story's reporter writes, opening a paragraph: 据悉, 据了解, 记者获悉…
_REPORTER_VOICE_RE = re.compile(r"^(?:据悉|据了解|据介绍|另据了解|记者(?:了解到|获悉|注意到|从[^，,。]{1,20}获悉))")


def return_to_story(arts: list[ArticleDraft], gazetteer) -> None:
    for k in range(1, len(arts)):
        box, story = arts[k], arts[k - 1]
        a = box.article
        if not box_label(a.column) or a.credits or story.ended or story.note or not story.article.blocks:
            continue
        paras = [n for n, b in enumerate(a.blocks) if b.kind == "p"]
        if len(paras) < 2:
            continue
        own = park_names(a.headline + "\n" + a.blocks[paras[0]].text, gazetteer)
        theirs = park_names(story.text(), gazetteer) - own
        if not theirs:
            continue
        back = next(
            (
                n
                for n in paras[1:]
                if _REPORTER_VOICE_RE.match(a.blocks[n].text) and park_names(a.blocks[n].text, gazetteer) & theirs
            ),
            None,
        )
        if back is None:
            continue
        story.article.blocks.extend(a.blocks[back:])
        del a.blocks[back:]

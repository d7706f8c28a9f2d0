"""Does a heading inside an article start a new one that has no byline? What the text under
it is about (``changes_topic``; not a heading of the form of the article's subheads:
``same_form``), and how the page sets its stories apart (``set_apart``).
``assemble`` asks, for headline candidates after a finished paragraph that no byline, 本报讯
or park of their own marks as a new article's.
"""

import re

from .draft import ArticleDraft
from .end_credits import closes_with_credits
from .lines import ends_sentence
from .names import looks_like_person
from .reflow import SUBTITLE_DASHES, Item
from .similarity import bigram_similarity, bigrams
from .subheads import SERIES_SLACK, gapped_phrases

# A headline over text that shares less than this (cosine of character bigrams) with the
# article above starts an article of its own, unless the text resumes an earlier article
# (scores ``TOPIC_MIN`` and ``RESUME_MIN`` times its score against the article above, as
# ``rejoin.join_interruptions`` asks). Measured on the fixture pages: a subhead's section
# scores 0.23-0.49 against its article, and the section an interrupting article cut off
# 0.25-0.44 against the article it resumes (0.05-0.11 against the one that cut in); on the
# pages of ``other_papers``, the next article scores 0.02-0.16 against the one above and at
# most 1.4 times that against an earlier one.
TOPIC_MIN = 0.18
RESUME_MIN = 2
# Characters of text, under the headline and in the article above, needed to compare them
# (a short fragment scores anything).
TOPIC_SAMPLE = 60
# A lead paragraph is longer than this; a shorter one that ends a sentence ends one the
# columns cut, under a fragment read as a headline.
LEAD_MIN = 20
# Subheads numbered as a series (一、 （二） 3. 第四): always the article's own.
NUMBERED_RE = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|第[一二三四五六七八九十]")


def changes_topic(cluster: list[Item], arts: list[ArticleDraft], items: list[Item], j: int) -> bool:
    """Headline candidates after a finished paragraph, over text about something else
    than the article so far and every article above it (the headline and the paragraphs
    under it, up to the next heading, share little with them; an article an earlier one
    cut into resumes under a subhead, 003): a new article with no byline."""
    blocks = arts[-1].article.blocks
    if not blocks or blocks[-1].kind != "p" or not ends_sentence(blocks[-1].text):
        return False
    if any(c.kind != "cand" or NUMBERED_RE.match(c.text) for c in cluster):
        return False
    if len(cluster) == 2 and quoted(cluster[0].text) and speaker(cluster[1].text):
        return False  # “希望滨江成为现代科技城” / ——首任区委书记 王铁军: a feature's subhead, a quotation
    if len(cluster) == 1 and any(b.kind == "subhead" and same_form(b.text, cluster[0].text) for b in blocks):
        return False  # “最初一公里”怎么走 … “卡脖子”难题怎么破: the next of the article's subheads
    if cluster[-1].text[-1].isascii() and cluster[-1].text[-1].isalnum():
        return False  # (a number or a word the column cut: ``到2022年5月24`` / ``日，…``)
    # The text under it: two paragraphs, past captions and single candidate lines (a
    # fragment the columns cut off may read as one).
    body, paras = [], 0
    for it in items[j:]:
        if it.kind == "para":
            paras += 1
        elif it.kind not in ("caption", "photocap") and not (it.kind == "cand" and len(it.parts) == 1):
            break
        body.append(it)
        if paras == 2:
            break
    if len(cluster) == 1 and gapped_phrases(cluster[0].text) and _lone_paragraph(items, j):
        # 数字赋能　留住游客脚步 over the story's last paragraph: set as a subhead; a story of
        # one paragraph under such a line would carry a byline, a dateline or its signature
        # (held-out probe p22, 07). (Over paragraphs of its own, fixture 003's 把握重大机遇
        # 向科技创新强市迈进 is a story's headline: the topic tells.)
        return False
    above = arts[-1].text()
    lead = body[0].text if body and body[0].kind == "para" else ""
    if len(lead) < LEAD_MIN or not ends_sentence(lead) or len(above) < TOPIC_SAMPLE:
        return False  # (``资金3700余万元。``: the end of a sentence the columns cut)
    # (too little to tell; one short paragraph shares few words with anything, unless its
    # own credits close it: a brief, ``…签约。（记者 唐翀）``)
    single = paras == 1 and not (body[-1].sig or body[-1].credits or closes_with_credits(body[-1].text))
    if sum(len(it.text) for it in body) < (2 * TOPIC_SAMPLE if single else TOPIC_SAMPLE):
        return False
    grams = bigrams("\n".join([c.text for c in cluster] + [it.text for it in body]))
    score = bigram_similarity(grams, above)
    if score >= TOPIC_MIN:
        return False
    resumes = max(RESUME_MIN * score, TOPIC_MIN)
    return all(bigram_similarity(grams, art.text()) < resumes for art in arts[:-1])


def _lone_paragraph(items: list[Item], j: int) -> bool:
    """Is ``items[j]`` one paragraph, no credits in it nor closing it, with a heading (or
    nothing) after it, past captions?"""
    if j >= len(items) or items[j].kind != "para":
        return False
    para = items[j]
    if para.opens or para.sig or para.credits or closes_with_credits(para.text):
        return False
    after = next((it for it in items[j + 1 :] if it.kind not in ("caption", "photocap", "photo")), None)
    return after is None or after.kind in ("cand", "md")


def quoted(text: str) -> bool:
    """A line that is one quotation and nothing more (“…”, 「…」)."""
    return len(text) >= 4 and text[0] in "“「" and text[-1] in "”」" and "”" not in text[1:-1]


def speaker(text: str) -> bool:
    """A dashed line naming who said it, a post and a person's name (——首任滨江区委书记 王铁军),
    not a subtitle (——记株洲高新区…)."""
    if not text.startswith(SUBTITLE_DASHES):
        return False
    words = text.lstrip("—─-").split()
    return len(words) >= 2 and looks_like_person(words[-1])


# Marks that give a heading its form: what is not a letter, a digit or a space.
_MARKS_RE = re.compile(r"[^\w\s]")


def same_form(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` two headings of one series: the same marks in the same order
    (``“最初一公里”怎么走`` / ``“卡脖子”难题怎么破``, ``抓研发，企业敢投入`` / ``强链条，产业抱团发展``),
    some at least, and about as long (``subheads.SERIES_SLACK``)?"""
    marks = _MARKS_RE.findall(a)
    return bool(marks) and a != b and marks == _MARKS_RE.findall(b) and abs(len(a) - len(b)) <= SERIES_SLACK


def lines_above(items: list[Item]) -> list[int]:
    """For each item, how many lines of the page (blank, or taken off as furniture) lie
    between it and the items above it; -1 for the first."""
    gaps, last = [], -1
    for it in items:
        first = min(it.lines, default=None)
        gaps.append(first - last - 1 if first is not None and last >= 0 else -1)
        last = max([last, *it.lines])
    return gaps


def set_apart(gaps: list[int], starts: list[int]) -> bool:
    """Does the page set a blank line (or more) before every story it surely starts (a
    byline, a ``#`` heading or 本报讯 under the heading: ``starts``, indexes of items), below
    the first? Then a heading set tight under the text above it (no line between them)
    goes on with that text's story: a subhead (the held-out probe p4: ``强链条，产业抱团发展``
    and ``“卡脖子”难题怎么破`` over sections that share few words with the story's lead,
    set tight under its text, the next stories after a blank line)."""
    above = [gaps[k] for k in starts if gaps[k] >= 0]
    return bool(above) and all(g > 0 for g in above)

"""A headline's lines that leave its clause open run on into the next line (``headings``).

A dashless subtitle says something of its own (a verb, a figure, a new subject, the kind of
report it is: ``今年已有9个一类新药获批临床``, ``攀枝花钒钛高新区转型发展见闻``) and is printed
once the headline's clause is complete. So a line under a headline is no subtitle when:

- the headline is left open at its end (a count waiting for its noun, ``益阳高新区新增两家``; a
  verb waiting for its object, ``湘潭高新区举办``) or says no verb at all (a park and a place,
  ``承德高新区 “冷凉气候”里``), and the line under it says nothing of its own (nouns, no verb
  of the list, no figure: ``国家级专精特新“小巨人”``, ``“科技副总”对接会``); or
- the two are one clause the width broke (``head_clauses.broken_by_width``), now also when the
  headline above was itself joined from lines; not a deck that opens with a time and gives a
  figure (``decks.time_deck``: ``长春高新区医药企业扎堆创新药研发`` / ``今年已有9个一类新药获批临床``).

Measured on the probes' keys: every dashless subtitle (36) has a verb of the list, a figure,
sentence punctuation, a park's name at its opening, a 的 phrase, a report's kind or is a
translation; none is a line of nouns alone.

And in a stack set tight, where the narrowest lines are read as the headline in the largest
type (``stacks``), a wider line over them is no kicker when it is a park's name and nouns
with no verb and the lines under it go on with that subject to its verb (``璧山高新区新能源汽车`` /
``核心零部件产值`` / ``同比增长23%``): a narrow column broke one clause where its phrases end,
the first line longest. A kicker says something of its own, as a subtitle does.
"""

import re

from .decks import time_deck
from .head_clauses import (
    ADVERB_PREDICATE_RE,
    HEAD_VERB_RE,
    NO_QUOTES,
    OPEN_COUNT_END_RE,
    PARK_OPENING,
    PUNCT_RE,
    broken_by_width,
    joined_lines,
    park_names,
    same_type,
)
from .lines import SUBTITLE_DASHES
from .reflow import Item

# A figure, which makes a statement (新增正极材料产能10万吨/年, 一季度增长三成, 两大集群).
_FIGURE_RE = re.compile(
    r"\d|[一二两三四五六七八九十百千万亿几]+(?:个|家|项|亿|万|倍|款|名|户|件|批|成|年|大|类|座|条|所|次)"
)
# The kind of report a subtitle names, at its end (…发展见闻, …模式观察) or opening (记…, 访…).
_REPORT_KINDS = tuple(
    "观察 见闻 调查 纪实 侧记 速写 札记 手记 巡礼 扫描 探访 记事 综述 述评 调研 启示 报告 故事 之路".split()
)
_REPORT_OPENING_RE = re.compile(r"^(?:记|访|来自)")
# A verb of the list closing the headline: its object is still to come (湘潭高新区举办).
_ENDS_ON_A_VERB_RE = re.compile(f"(?:{HEAD_VERB_RE.pattern})\\Z")
_SENTENCE_END_RE = re.compile(r"[。！？!?…]\Z")
# A park's name and nothing more (湘潭高新区, 苏州工业园区).
_PARK_ALONE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:区|园|城|谷|港)$")


def says_its_own(text: str, gazetteer, verb_anywhere: bool = True) -> bool:
    """Does ``text``, a line under a headline, say something of its own, as a subtitle does: a
    verb of the list (``verb_anywhere``; else closing the line: under a line that waits for
    its object a verb inside a noun, 对接会 or 服务专员, says nothing) or an adverb's predicate,
    a figure, sentence punctuation or two phrases set apart, a new subject (a park's name at
    its opening), a 的 phrase, the kind of report it is, a dash, letters (a translation)?"""
    return bool(
        text.startswith(SUBTITLE_DASHES)
        or PUNCT_RE.search(text.translate(NO_QUOTES))
        or re.search(r"\s", text.strip())
        or re.search(r"[A-Za-z]", text)
        or (HEAD_VERB_RE if verb_anywhere else _ENDS_ON_A_VERB_RE).search(text)
        or ADVERB_PREDICATE_RE.search(text)
        or _FIGURE_RE.search(text)
        or "的" in text
        or text.endswith(_REPORT_KINDS)
        or _REPORT_OPENING_RE.match(text)
        or park_names(text[:PARK_OPENING], gazetteer)
    )


def ends_open(headline: str, gazetteer) -> bool:
    """Does ``headline`` end on a count waiting for its noun (新增两家) or on a verb of the list
    right after its park's name, its object still to come (湘潭高新区举办)? (A verb closing a
    longer line may be a noun: …产业体系建设.)"""
    text = headline.strip()
    verb = _ENDS_ON_A_VERB_RE.search(text)
    subject = text[: verb.start()] if verb else ""
    return bool(OPEN_COUNT_END_RE.search(text) or _PARK_ALONE_RE.match(subject) and park_names(subject, gazetteer))


def _no_verb(headline: str) -> bool:
    """Does ``headline`` hold no verb of the list nor an adverb's predicate, and end no sentence?"""
    text = headline.strip()
    return not (_SENTENCE_END_RE.search(text) or HEAD_VERB_RE.search(text) or ADVERB_PREDICATE_RE.search(text))


def run_on(head: Item, headline: str, rest: list[Item], gazetteer) -> tuple[str, list[Item]]:
    """(headline, the lines left under it): the lines under the headline item ``head`` (text
    ``headline``, in the same type) that go on with its clause, joined with nothing."""
    rest = list(rest)
    while rest and same_type(rest[0], head):
        line = rest[0].text
        if not (
            broken_by_width(headline, line, gazetteer)
            and not time_deck(headline, line)
            or ends_open(headline, gazetteer)
            and not says_its_own(line, gazetteer, verb_anywhere=False)
            or _no_verb(headline)
            and not says_its_own(line, gazetteer)
        ):
            break
        headline += rest.pop(0).text
    return headline, rest


def subject_over_its_predicate(heads: list[Item], gazetteer) -> list[Item]:
    """``heads`` with a line read as a kicker over the stack's narrower headline joined to it
    when it is the headline's subject: a park's name and nouns, no verb, no punctuation, over
    lines that open with no park's name and hold the verb or a figure."""
    for i in range(len(heads) - 1):
        a, b = heads[i], heads[i + 1]
        if (
            (a.kind, a.level) == (b.kind, b.level)
            and not a.main
            and b.main
            and len(a.parts) == 1
            and _subject_alone(a.text, gazetteer)
            and not park_names(b.text[:PARK_OPENING], gazetteer)
            and not b.text.startswith(SUBTITLE_DASHES)
            and bool(HEAD_VERB_RE.search(b.text) or ADVERB_PREDICATE_RE.search(b.text) or _FIGURE_RE.search(b.text))
        ):
            return heads[:i] + [joined_lines(a, b, main=True)] + heads[i + 2 :]
    return heads


def _subject_alone(text: str, gazetteer) -> bool:
    return bool(
        park_names(text[:PARK_OPENING], gazetteer)
        and not PUNCT_RE.search(text.translate(NO_QUOTES))
        and not re.search(r"\s", text.strip())
        and not HEAD_VERB_RE.search(text)
        and not ADVERB_PREDICATE_RE.search(text)
        and not _FIGURE_RE.search(text)
    )

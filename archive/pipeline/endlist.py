"""Reading the headline list collected at a page's end (``endheads``) when it holds more than
a bare headline per story.

- A headline broken over two lines inside its quotation marks (``“早期成果也能`` /
  ``找到投资人”``, a narrow column's blank line between them) is one headline: the first
  line leaves the quotation open, the next closes it (``join_quoted``).
- A line opening with a dash (``——园区高新技术企业三年翻番``) is the subtitle of the headline
  above it: it never starts a story's entry of its own (``starts_entry``), so the byline
  under it goes with that story too.
- A story with no byline of its own set after another one in the same column (a feature
  under the news) has no mark to cut its body from the one above. When the list holds more
  headlines than the bodies found, a headline in quotation marks cuts a body at the
  paragraph that opens with the quotation it takes (``“没想到一个早期成果也能在交易会上找到
  投资人。”…`` under ``“早期成果也能找到投资人”``), after a finished sentence, and only in
  the body's later paragraphs: features open with the words their headline quotes
  (``cut_at_quotations``).
- Of two plain lines in one story's entry, the line that gives the news in figures (a count,
  an amount: ``19个数字经济项目落户 总投资86亿元``) is the headline when the line over it
  gives none: that line sets the scene (``南宁高新区在…论坛上集中签约``), a kicker. A line
  without figures under a headline with them stays its subtitle (004:
  ``…大会上签约191亿元`` / ``新疆智慧科技产业新磁极呼之欲出``) (``headline_by_figures``).
"""

import dataclasses
import re

from .reflow import SUBTITLE_DASHES, Item
from .similarity import bigram_set, containment

# The share of a quoted headline's bigrams its story's opening quotation holds.
QUOTE_SHARE = 0.6
# A count or an amount (not a year inside a name: 2021中国—东盟…论坛).
_FIGURES_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:个|家|项|亿|万|千|百|%|％|台|人|户|名|座|条|所|吨|倍)")
# A headline broken over two lines is short.
_BROKEN_MAX = 40
_TAIL_KINDS = ("cand", "byline", "names")


def _opens(text: str) -> bool:
    return text.count("“") > text.count("”")


def _closes(text: str) -> bool:
    return text.count("”") > text.count("“")


def join_quoted(items: list[Item]) -> list[Item]:
    """``items`` with each headline broken inside its quotation marks at the page's end one
    headline item (see the module docstring)."""
    out = list(items)
    k = len(out)
    while k > 0:
        it = out[k - 1]
        nxt = out[k] if k < len(out) else None
        if (
            it.kind in ("para", "cand")
            and len(it.lines) == 1
            and nxt is not None
            and nxt.kind == "cand"
            and len(nxt.lines) == 1
            and _opens(it.text)
            and _closes(nxt.text)
            and len(it.text) + len(nxt.text) <= _BROKEN_MAX
        ):
            out[k - 1 : k + 1] = [Item("cand", it.text + nxt.text, it.lines + nxt.lines, parts=[it.text, nxt.text])]
            k -= 1
        elif it.kind in _TAIL_KINDS:
            k -= 1
        else:
            break
    return out


def starts_entry(head: Item) -> bool:
    """May this line of the list start a story's entry? (A dashed subtitle goes with the
    headline above it.)"""
    return not head.text.startswith(SUBTITLE_DASHES)


def _quoted(text: str) -> bool:
    return text.startswith("“") and text.endswith("”") and text.count("“") == 1


def _opening_quotation(text: str) -> str:
    """The quotation a paragraph opens with ('' when it opens with none)."""
    if not text.startswith("“"):
        return ""
    end = text.find("”")
    return text[: end + 1] if end > 0 else ""


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in "。！？”…" if text.strip() else False


def cut_at_quotations(bodies: list[list[Item]], heads: list[Item], titled: list[Item | None]) -> list[list[Item]]:
    """``bodies``, each cut where a story opens with the quotation a headline of the list
    takes, while the list has more entries than bodies (see the module docstring).
    ``titled`` is the headline each body has before any cut: a body the quoted headline
    already heads is that story, its quotation told in its course (004's
    ``“想不到乌鲁木齐还有这么牛的高科技企业”``), and is not cut."""
    entries = sum(1 for h in heads if starts_entry(h))
    quoted = [h for h in heads if _quoted(h.text)]
    if entries <= len(bodies) or not quoted:
        return bodies
    out: list[list[Item]] = []
    cuts = 0
    for body, head in zip(bodies, titled, strict=True):
        paras = [n for n, it in enumerate(body) if it.kind == "para"]
        cut = None
        for n in paras[1:]:
            above = body[n - 1]
            quote = _opening_quotation(body[n].text)
            if not quote or above.kind != "para" or not _ends_sentence(above.text):
                continue
            grams = bigram_set(quote)
            if any(containment(h.text, grams) >= QUOTE_SHARE for h in quoted if h is not head):
                cut = n
                break
        if cut is None or len(bodies) + cuts >= entries:
            out.append(body)
        else:
            out += [body[:cut], body[cut:]]
            cuts += 1
    return out


def headline_by_figures(run: list[Item]) -> list[Item]:
    """``run`` (one story's lines in the list), its lower line marked as the headline when
    it alone gives figures (see the module docstring)."""
    if len(run) != 2 or not all(x.kind == "cand" and starts_entry(x) for x in run):
        return run
    upper, lower = run
    if _FIGURES_RE.search(lower.text) and not _FIGURES_RE.search(upper.text) and not upper.main:
        return [upper, dataclasses.replace(lower, main=True)]
    return run

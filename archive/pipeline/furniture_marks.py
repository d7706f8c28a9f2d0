"""The lines a parser reads of a page, and the furniture taken out of them wherever it
stands: the running heads at the page's edges (``mastheads.find_furniture``), jump marks
(``jump_marks``), an advertisement's label and credits for the whole page (split out of
``mastheads``)."""

import itertools
import re

from archive.pagelabels import fold

from .jump_marks import jump_in, jump_out
from .mastheads import find_furniture

# An advertisement's label on a line of its own, anywhere on the page: （广告）, 【广告】, 广告.
# Credits for the whole page on a line of their own: （本版图片均由广州开发区提供）, 本版图片：新华社,
# （本版稿件由广州开发区提供）, 本版文字：王明, （本版图片除署名外均由X提供）, （本版图片均为资料图）.
_PAGE_CREDIT_RE = re.compile(
    r"^[（(]?本版(?:图片|照片|图|摄影|漫画|插图|稿件|文字|文图|图文|文章|内容|资料)"
    r"(?:[，,]?除署名外)?(?:均?由.{1,30}?提供|均?来自.{1,30}|均?为.{1,12}|\s*[:：].{1,30})[）)]?$"
)
_AD_LABEL_RE = re.compile(r"^\s*[（(【\[]?\s*广\s*告\s*[）)】\]]?\s*$")


# A classified notice's head (招　租, 招聘, 出售…), over its text and a contact number.
_CLASSIFIED_RE = re.compile(r"^(?:招租|出租|招聘|招商|出售|转让|求购|寻人启事|寻物启事|遗失声明|挂失声明)$")
_AD_CONTACT_RE = re.compile(r"(?:电话|热线|手机|联系方式|联系人)\s*[:：]?\s*\(?[\d\-－—]{3,}")
# How many lines an advertisement under its label or head may take, to a blank line.
_AD_LINES = 6


def _advertisements(out, lines):
    """The text set tight under an advertisement's label (``广告`` / ``…征订开始啦`` /
    ``订阅热线：11185``), and a classified notice (``招　租`` / its text / ``联系电话：…``), to
    the next blank line or the page's end: entries of kind ``ad``. A label over a blank line
    marks what follows as no story's, but the ad itself is not told from a story there."""
    entries = []
    for n, line in enumerate(out):
        s = "".join(line.split())
        if not s or len(s) > 4:  # (a label, 【广告】, or a notice's head, 寻人启事: four at most)
            continue
        label = "广告" in s and _AD_LABEL_RE.match(line)
        classified = not label and _CLASSIFIED_RE.match(s)
        if not (label or classified):
            continue
        block = list(itertools.takewhile(lambda k: out[k].strip(), range(n + 1, len(out))))
        if label and not block:
            block = _ad_to_the_end(out, n)
        if not block or len(block) > _AD_LINES:
            continue
        after = block[-1] + 1
        if classified and not any(_AD_CONTACT_RE.search(lines[k]) for k in block + [after] if k < len(lines)):
            continue
        entries += [{"line": k, "kind": "ad", "text": out[k].strip()} for k in ([] if label else [n]) + block]
    for entry in entries:
        out[entry["line"]] = ""
    return entries


# A line of running text: it ends a sentence, or is longer than an advertisement's line.
_SENTENCE_END_RE = re.compile(r"[。！？!?]\s*$")
_AD_LINE_MAX = 40


def _ad_to_the_end(out, n):
    """The lines under an advertisement's label set apart by blank lines, when they run to the
    page's end as an advertisement's lines do: a few, each short, none ending a sentence
    (``广告`` / ``第二十四届…博览会`` / ``展期：… 地点：…`` / ``欢迎参展``). A story's text under
    the label ends its sentences: then nothing."""
    # (the page's credits under it are furniture of their own: 本版图片均由…提供)
    block = [k for k in range(n + 1, len(out)) if out[k].strip() and not _PAGE_CREDIT_RE.match(out[k].strip())]
    if len(block) > _AD_LINES or any(
        len(out[k].strip()) > _AD_LINE_MAX or _SENTENCE_END_RE.search(out[k]) for k in block
    ):
        return []
    return block


def _fold_same_length(line):
    folded = fold(line)
    return folded if len(folded) == len(line) else line


def page_marks(lines, known_names=()):
    """The lines a parser should read, and the furniture taken out of them.

    Returns ``(lines, furniture, entries)``: ``lines`` with running heads blanked and jump
    marks cut out (line numbers unchanged), the ``Furniture`` read from the page's edges,
    and one entry per furniture line or mark, ``{"line", "kind", "text"}`` plus ``"page"``
    (the other page's code) for ``jump_out``/``jump_in``.
    """
    furniture = find_furniture(lines, known_names)
    out = list(lines)
    entries = []
    for n, kind in sorted(furniture.lines.items()):
        entries.append({"line": n, "kind": kind, "text": lines[n].strip()})
        out[n] = ""
    entries += _advertisements(out, lines)
    ads = "广告" in "\n".join(out)  # (a label is rare: looked for on such pages only)
    for n, line in enumerate(out):
        if "版" not in line:  # every jump mark and page credit names a page (版)
            if ads and "广告" in line and _AD_LABEL_RE.match(line):
                entries.append({"line": n, "kind": "ad", "text": line.strip()})
                out[n] = ""
            continue
        if "本版" in line and _PAGE_CREDIT_RE.match(line.strip()):
            entries.append({"line": n, "kind": "page_credit", "text": line.strip()})
            out[n] = ""
            continue
        probe = _fold_same_length(line)
        found = jump_out(probe)
        if found:
            page, (start, end) = found
            entries.append({"line": n, "kind": "jump_out", "text": line[start:end].strip(), "page": page.code})
            out[n] = line[:start]
            continue
        found = jump_in(probe)
        if found:
            page, (start, end) = found
            entries.append({"line": n, "kind": "jump_in", "text": line[start:end].strip(), "page": page.code})
            out[n] = line[end:]
    entries.sort(key=lambda e: e["line"])
    return out, furniture, entries

"""Furniture a page prints among its stories in other forms than ``among_stories``'s: an
app's or a QR code's prompt on a line of its own wherever it stands (``▶扫码下载南方+客户端，
看…``, ``【延伸阅读】打开南方+客户端，搜索…``), a glossary box closing a bilingual page
(``Word Bank 词汇`` over lines ``quantum industry park 量子产业园``) and a listed company's
paid disclosure notice (``证券代码：688321　证券简称：…　公告编号：…`` over its title, the board's
declaration, its numbered sections, ``特此公告``, the board's signature and the date).

None of them is a story's text or an article: the caller blanks what ``page_inserts`` finds and
keeps it on the page as furniture, so a prompt between two paragraphs neither becomes a
subhead nor cuts the paragraph, and a glossary's lines become no headlines.
"""

import re

# A prompt to an app or a QR code: a marker or a label first (▶, 【延伸阅读】), or a verb, then
# words that name the app, the download or the code.
_PROMPT_START = re.compile(
    r"^(?:[▶►→☞●]\s*|[【\[](?:延伸阅读|相关阅读|更多阅读|阅读更多|更多内容|相关链接|更多精彩)[】\]]\s*)?"
    r"(?:扫码|扫描|扫一扫|长按|打开|下载|点击|登录|关注)"
)
_PROMPT_OBJECT = re.compile(r"客户端|APP|App|app|二维码|扫码|公众号|视频号")
# A short prompt printed beside a QR code, the code's verb and a few words: 扫码阅读全文,
# 扫描二维码看视频, （扫一扫看视频）.
_QR_PROMPT_RE = re.compile(r"^[（(【]?(?:扫码|扫描二维码|扫描上方二维码|扫一扫|微信扫码)[\u4e00-\u9fff]{0,10}[）)】]?$")
# How long a prompt's line may be (a paragraph telling of an app is longer and ends a sentence).
_PROMPT_MAX = 50

# The label over a glossary box: Word Bank, Glossary, Vocabulary, 词汇, 生词, or an English and
# a Chinese one together (Word Bank 词汇).
_GLOSSARY_LABEL = re.compile(
    r"^(?:(?:Word\s*Bank|Glossary|Vocabulary|Key\s*Words|Words?\s*to\s*Know)\s*)?(?:词汇表?|生词|重点词汇|词语)?$",
    re.IGNORECASE,
)
# An entry of the box: an English term and its Chinese, either way round.
_GLOSSARY_ENTRY = re.compile(
    r"^(?:[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z'’\-]+){0,6}\s*[\u4e00-\u9fff（）()]{1,16}"
    r"|[\u4e00-\u9fff（）()]{1,16}\s*[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z'’\-]+){0,6})$"
)

# The head line of a listed company's disclosure notice: its code, with its short name or the
# notice's number on the same line.
_NOTICE_HEAD = re.compile(r"(?:证券|股票)代码\s*[:：]\s*\d{6}.*(?:(?:证券|股票)简称|公告编号)\s*[:：]")
# What a notice holds below its head: the board's declaration, the closing formula.
_NOTICE_BODY = re.compile(r"董事会|特此公告|公告编号")


def page_inserts(lines):
    """Entries ``{"line", "kind", "text"}`` for the app and QR code prompts (``qr_prompt``),
    glossary boxes (``glossary``) and disclosure notices
    (``disclosure``) among ``lines``."""
    out = []
    n = 0
    while n < len(lines):
        s = lines[n].strip()
        if not s:
            n += 1
            continue
        block = _notice(lines, n) or _glossary(lines, n)
        if block:
            kind, end = block
            out += [{"line": k, "kind": kind, "text": lines[k].strip()} for k in range(n, end) if lines[k].strip()]
            n = end
            continue
        if is_app_prompt(s) or (len(lines[n]) < 24 and "扫" in s and _QR_PROMPT_RE.match(s)):
            out.append({"line": n, "kind": "qr_prompt", "text": s})
        n += 1
    return out


def is_app_prompt(s: str) -> bool:
    """Is the line ``s`` (stripped) a prompt to an app or a QR code (above)?"""
    # (a sentence telling of an app, 打开政务服务客户端后，企业可…。, is a story's text)
    return (
        len(s) <= _PROMPT_MAX
        and bool(_PROMPT_START.match(s))
        and not re.search(r"[。！？!?]", s)
        and bool(_PROMPT_OBJECT.search(s))
    )


def _block_end(lines, start):
    """The line after the block of non-blank lines that starts at ``start``."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return end


def _notice(lines, n):
    """``("disclosure", end)`` when a disclosure notice's head is at ``n``: the notice runs to
    the blank line under it, and must hold a board's declaration or ``特此公告``."""
    if "代码" not in lines[n] or not _NOTICE_HEAD.search(lines[n]):
        return None
    end = _block_end(lines, n)
    if not any(_NOTICE_BODY.search(lines[k]) for k in range(n + 1, end)):
        return None
    return "disclosure", end


def _glossary(lines, n):
    """``("glossary", end)`` when a glossary's label is at ``n`` with at least one entry
    under it and nothing else down to the next blank line."""
    s = lines[n].strip()
    if len(s) > 30 or not _GLOSSARY_LABEL.match(s) or not re.search(r"[A-Za-z\u4e00-\u9fff]", s):
        return None
    end = _block_end(lines, n)
    entries = [lines[k].strip() for k in range(n + 1, end)]
    if not entries or not all(_GLOSSARY_ENTRY.match(e) for e in entries):
        return None
    return "glossary", end

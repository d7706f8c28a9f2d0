"""Estimating when a page was printed from what its text says, when no date is given.

- The page's year is the latest year its text reports on: explicit ``YYYY年`` mentions
  (future targets such as ``到2025年`` / ``2025年前`` left out) and anniversaries
  (``今年是新中国成立70周年`` -> 1949 + 70).  An anniversary beats plain mentions.
- News pegs dated without a year (``10月15-16日``, ``截至今年9月底``) are in the page's
  year; the latest of them gives the month (a page is printed after what it reports).
  Months of other years (``2021年11月``, ``去年3月``) and future dates (``将于今年8月1日起``,
  ``10月前``) are ignored.
All articles of a page share one estimate (one page, one issue); it carries
``estimated=True`` and the phrases it was read from.
"""

import datetime
import re

from .types import DateEstimate

# ``(?<![\d.])(19|20)\d\d年``, with the look-behind moved after the first digit so the
# regex engine can skip to a 1 or 2.
_YEAR_RE = re.compile(r"((?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{2})\s*年(?!代)")
_TARGET_BEFORE_RE = re.compile(r"(?:到|至|于|在|截至到)\s*$")
_TARGET_AFTER_RE = re.compile(r"^\s*年\s*(?:前|底前|以前|末前|之前)")
_ANNIVERSARIES = [
    (re.compile(r"今年是[^。，,]{0,12}?新中国成立\s*(\d{1,3})\s*周年"), 1949),
    (re.compile(r"今年是[^。，,]{0,12}?(?:中国共产党成立|建党)\s*(\d{1,3})\s*周年"), 1921),
    (re.compile(r"今年是[^。，,]{0,12}?改革开放\s*(\d{1,3})\s*周年"), 1978),
]
# A month phrase is ``(?:截至|截止)?(?:今年)?\s*(\d{1,2})\s*月`` + ``_MONTH_TAIL_RE``.
# ``_month_phrases`` finds each 月 with str.find and reads the digits and the optional
# lead-in backwards from it, giving the same matches as ``finditer`` with the whole
# pattern (``\d`` is str.isdecimal, ``\s`` str.isspace) without trying a regex at every
# character of the page.
_MONTH_TAIL_RE = re.compile(r"\s*(?:(\d{1,2})(?:\s*[-—至~]\s*\d{1,2})?\s*日|底|初|中旬|上旬|下旬)")
_MONTH_LEAD_RE = re.compile(r"(?:截至|截止)?(?:今年)?\s*")
_OTHER_YEAR_RE = re.compile(r"\d\s*年\s*$|[到至前]\s*$|去年|前年|明年|将")


def _month_phrases(text: str):
    """(start, month digits, phrase) of each month phrase, left to right, not overlapping."""
    last_end = 0  # end of the previous phrase
    pos = 0  # where to look for the next 月
    while True:
        m = text.find("月", pos)
        if m < 0:
            return
        pos = m + 1
        digits_end = m
        while digits_end > last_end and text[digits_end - 1].isspace():
            digits_end -= 1
        q = digits_end  # the phrase's digits: the last one or two of a run
        while q > max(last_end, digits_end - 2) and text[q - 1].isdecimal():
            q -= 1
        tail = _MONTH_TAIL_RE.match(text, pos) if q < digits_end else None
        if tail is None:
            continue
        j = q
        while j > last_end and text[j - 1].isspace():
            j -= 1
        start = q
        for p in range(max(last_end, j - 4), q + 1):
            if _MONTH_LEAD_RE.fullmatch(text, p, q):
                start = p
                break
        yield start, text[q:digits_end], text[start : tail.end()]
        last_end = pos = tail.end()


def page_year(text: str) -> tuple[int, str] | None:
    for regex, base in _ANNIVERSARIES:
        m = regex.search(text)
        if m:
            return base + int(m.group(1)), m.group(0)
    best = None
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        after = text[m.end(1) : m.end(1) + 6]
        if _TARGET_BEFORE_RE.search(before) or _TARGET_AFTER_RE.match(after):
            continue
        year = int(m.group(1))
        if best is None or year > best[0]:
            best = (year, text[m.start() : min(len(text), m.end() + 8)].strip())
    return best


def page_estimate(text: str) -> DateEstimate | None:
    year = page_year(text)
    if year is None:
        return None
    y, evidence = year
    months = []
    for start, digits, phrase in _month_phrases(text):
        month = int(digits)
        if not 1 <= month <= 12:
            continue
        before = text[max(0, start - 4) : start]
        end = start + len(phrase)
        # Skip months of another year (``2021年11月``, ``去年3月``) and future dates
        # (``将于今年8月1日起``, ``10月前``).
        if _OTHER_YEAR_RE.search(before) or text[end : end + 1] in "前起":
            continue
        months.append((month, phrase.strip()))
    if months:
        month, phrase = max(months)
        return DateEstimate(datetime.date(y, month, 1), "month", estimated=True, evidence=f"{evidence}; {phrase}")
    return DateEstimate(datetime.date(y, 1, 1), "year", estimated=True, evidence=evidence)

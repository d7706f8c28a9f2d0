"""Page labels as newspapers print them (第5版, 5版, A5, 第05版, 第五版) and the small
Chinese numbers in them. Pure; used by the models (a page's number from its label) and
the import pipeline (running heads, jump lines, file names)."""

import dataclasses
import re
import unicodedata

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
CN_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
CN_DIGIT = "〇○零一二三四五六七八九"


def cn_small_number(text):
    """1-99 written in Chinese numerals (五, 十二, 二十, 三十一) or digits; None if not."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


def fold(text):
    """Full-width digits and letters as ASCII (the raw text itself is never changed)."""
    return unicodedata.normalize("NFKC", text)


PAGE_LABEL = re.compile(
    rf"(?:第\s*(?P<sec1>[A-Z])?\s*(?P<n1>\d{{1,3}}|[{CN_DIGIT}十]{{1,3}})\s*版)"
    r"|(?:(?<![A-Za-z0-9])(?P<sec2>[A-Z])\s*(?P<n2>\d{1,2})\s*版?(?![A-Za-z0-9]))"
    r"|(?:(?<![\d.])(?P<n3>\d{1,2})\s*版)"
)


@dataclasses.dataclass(frozen=True)
class PageLabel:
    section: str
    number: int

    @property
    def code(self):
        """As a citation and a URL write it: 5, A5."""
        return f"{self.section}{self.number}"

    @property
    def label(self):
        """As a page label reads: 第5版, A5版."""
        return f"{self.section}{self.number}版" if self.section else f"第{self.number}版"


def parse_page_label(text):
    """``PageLabel`` of a page label as printed (第5版, 5版, A5, 第05版, A05版, 第五版), or None."""
    folded = fold(text or "").strip().upper()
    bare = re.fullmatch(r"([A-Z]?)0*(\d{1,3})", folded)  # a label given bare: 5, 05, A5
    if bare:
        return PageLabel(bare.group(1), int(bare.group(2))) if int(bare.group(2)) else None
    match = PAGE_LABEL.search(folded)
    if not match:
        return None
    section = match.group("sec1") or match.group("sec2") or ""
    raw = match.group("n1") or match.group("n2") or match.group("n3")
    number = cn_small_number(raw)
    if not number:
        return None
    return PageLabel(section, number)

"""Numbers as Chinese newspapers write them: ``4191.83``, ``1,152``, ``１２``, ``三百二十``,
``两千``, ``一百零五``, ``三点五``, and any of these with scaling words (``1.2万``,
``4191.83亿``, ``两千亿``, ``3千万``, bare ``万``/``亿`` after a qualifier: ``超亿元``).

Pure functions, exact ``Decimal`` arithmetic (``1.2万`` is exactly 12000).

Why not ``cn2an``: it is the well-kept library for this (``cn2an==0.5.24``) and would do
the Chinese-numeral half, but it is not a dependency of the project; the subset needed
here (numerals, 点 decimals, 万/亿 sections, scaling words after Arabic digits) is small
and is pinned down by property tests in ``tests/pipeline/test_numbers.py``.
"""

import re
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "点"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ARABIC_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


def scale_of(words: str) -> int:
    """``万`` -> 10^4, ``千万`` -> 10^7, ``万亿`` -> 10^12, ``""`` -> 1."""
    factor = 1
    for ch in words:
        if ch in BIG_UNITS:
            factor *= BIG_UNITS[ch]
        elif ch in SMALL_UNITS:
            factor *= SMALL_UNITS[ch]
        else:
            raise ValueError(f"not a scaling word: {words!r}")
    return factor


def _cn_section(text: str) -> int:
    """An integer below 10^4 in Chinese numerals: ``三千零五``, ``十二``, ``百``."""
    total = 0
    digit = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _cn_integer(text: str) -> int:
    """An integer in Chinese numerals with 万/亿 sections: ``三亿零五百万``, ``两千``.

    A string of digits alone (``二〇二〇``) is read digit by digit."""
    if text and all(ch in DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(DIGITS[ch]) for ch in text))
    total = 0
    section = ""
    # 万 closes the section since the last 亿.
    since_yi = 0
    for ch in text:
        if ch == "亿":
            value = (since_yi + _cn_section(section)) if section or since_yi else 1
            # The first 亿 scales everything before it (三万亿); a later one only its group
            # (一万亿零一亿 = 10^12 + 10^8).
            total = value * 10**8 if total == 0 else total + value * 10**8
            since_yi = 0
            section = ""
        elif ch == "万":
            value = _cn_section(section) if section else (0 if since_yi else 1)
            since_yi = (since_yi + value) * 10**4
            section = ""
        else:
            section += ch
    return total + since_yi + (_cn_section(section) if section else 0)


def parse_number(text: str) -> Decimal:
    """The value of a number as written, scaling words included.

    ``"4191.83亿"`` -> 419183000000, ``"1.2万"`` -> 12000, ``"三成"`` is not a number (成 is
    a unit), ``"百"`` -> 100, ``"两千亿"`` -> 200000000000, ``"三点五"`` -> 3.5, ``"万"`` -> 10000.
    Raises ValueError for anything else.
    """
    s = text.strip().replace(" ", "")
    if not s.isascii():
        s = s.translate(_FULLWIDTH)
    if not s:
        raise ValueError("empty number")
    m = _ARABIC_RE.match(s)
    if m:
        head = m.group().replace(",", "")
        rest = s[m.end() :]
        try:
            value = Decimal(head)
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only decimals
            raise ValueError(text) from exc
        return value * scale_of(rest)
    if "点" in s:
        whole, _, frac = s.partition("点")
        # The fraction runs up to the first scaling word: 三点五亿 = 3.5 x 10^8.
        k = 0
        while k < len(frac) and frac[k] in DIGITS:
            k += 1
        if k == 0 or not whole:
            raise ValueError(f"not a decimal: {text!r}")
        digits = "".join(str(DIGITS[ch]) for ch in frac[:k])
        return (Decimal(_cn_integer(whole)) + Decimal("0." + digits)) * scale_of(frac[k:])
    if not all(ch in CN_NUMERAL_CHARS for ch in s):
        raise ValueError(f"not a number: {text!r}")
    return Decimal(_cn_integer(s))


def to_chinese(n: int) -> str:
    """``n`` (0 <= n < 10^16) in Chinese numerals as newspapers write them: 12 -> 十二,
    105 -> 一百零五, 20000 -> 两万 is written 二万 here (both parse)."""
    if n == 0:
        return "零"
    names = "零一二三四五六七八九"

    def section(v: int) -> str:
        out = ""
        zero = False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = v // unit % 10
            if d:
                if zero and out:
                    out += "零"
                out += names[d] + name
                zero = False
            else:
                zero = True
        return out

    parts = []
    for scale, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"), (1, "")):
        v = n // scale % 10**4 if scale < 10**12 else n // scale
        if v:
            if parts and v < 1000 and parts[-1] != "零":
                parts.append("零")
            parts.append(section(v) + name)
        elif parts and parts[-1] != "零":
            parts.append("零")
    text = "".join(parts).rstrip("零")
    if text.startswith("一十"):
        text = text[1:]
    return text

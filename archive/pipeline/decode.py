"""Bytes of an uploaded page -> text, with the encoding recorded. Pure functions.

Chinese archives hold UTF-8 and GB18030/GBK (and the odd UTF-16) side by side. We try
the strict decoders in order of likelihood and fall back to charset-normalizer; text
that is mostly control characters or NUL bytes is refused as binary.
"""

import codecs
import re
import unicodedata

import charset_normalizer


class DecodeError(ValueError):
    """The bytes are not a text page we can read; ``str(exc)`` says why, in Chinese."""


BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text):
    controls = len(CONTROL_CHARS.findall(text))
    return "\x00" in text or controls > max(2, len(text) // 200)


def _plausible_chinese_text(text):
    """True if the decoded text is mostly Han characters, ASCII and CJK punctuation."""
    sample = text[:20000]
    good = 0
    for ch in sample:
        code = ord(ch)
        if ch.isascii() or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x4E00 <= code <= 0x9FFF:
            good += 1
        elif unicodedata.category(ch)[0] in "LPNSZ" and code < 0x2E80:
            good += 0.5
    return good >= 0.9 * len(sample)


def decode_page(data):
    """Return ``(text, encoding)`` for the raw bytes of a page, or raise DecodeError."""
    if not data or not data.strip():
        raise DecodeError("文件为空（empty file）")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"带 {encoding} 标记但无法解码（bad {encoding}）：{exc.reason}") from exc
            return _checked(text, encoding)
    if b"\x00" in data:
        raise DecodeError("二进制文件，不是文本（binary file: NUL bytes）")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("gbk", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_chinese_text(text):
            return _checked(text, encoding)
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _plausible_chinese_text(text):
            return _checked(text, best.encoding)
    raise DecodeError("无法识别文本编码，或不是文本文件（unknown encoding or binary file）")


def _checked(text, encoding):
    if not text.strip():
        raise DecodeError("文件为空（empty file）")
    if _looks_binary(text):
        raise DecodeError("含大量控制字符，像是二进制文件（binary file）")
    return text, encoding

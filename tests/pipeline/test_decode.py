import pytest

from archive.pipeline.decode import DecodeError, decode_page

SAMPLE = "佛山高新区：“干”字当头谱新篇\n\n▶ 本报特约通讯员 梁铁\n\n近日,佛山高新区召开的2020年工作总回顾……\n"


def test_it_decodes_utf8():
    assert decode_page(SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8")


def test_it_detects_gbk_and_records_it():
    sample = SAMPLE.replace("▶", "◎")  # ▶ is not in GBK
    text, encoding = decode_page(sample.encode("gbk"))
    assert text == sample
    assert encoding == "gbk"


def test_it_decodes_gb18030_when_gbk_cannot_hold_the_page():
    text, encoding = decode_page(SAMPLE.encode("gb18030"))
    assert text == SAMPLE
    assert encoding == "gb18030"


def test_it_falls_back_to_gb18030_for_characters_gbk_lacks():
    sample = SAMPLE + "𠀀㐀\n"  # CJK Extension B/A: only GB18030 encodes them
    text, encoding = decode_page(sample.encode("gb18030"))
    assert text == sample
    assert encoding == "gb18030"


def test_it_strips_a_utf8_bom_but_keeps_the_text():
    text, encoding = decode_page(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))
    assert text == SAMPLE
    assert encoding == "utf-8-sig"


def test_it_reads_utf16_with_a_bom():
    text, encoding = decode_page(SAMPLE.encode("utf-16"))
    assert text == SAMPLE
    assert encoding == "utf-16"


def test_it_keeps_crlf_line_endings_as_received():
    crlf = SAMPLE.replace("\n", "\r\n")
    assert decode_page(crlf.encode("utf-8"))[0] == crlf


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t "])
def test_it_refuses_an_empty_file(data):
    with pytest.raises(DecodeError, match="文件为空"):
        decode_page(data)


def test_it_refuses_a_binary_file():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(DecodeError, match="二进制"):
        decode_page(png)


def test_it_refuses_random_bytes_without_nul():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(DecodeError):
        decode_page(data)

"""A speck of OCR noise after a line's last full stop (``…订单增长两成。|``, ``。・``) does not
hide the sentence's end: the line ends its paragraph as it would without it, and the speck
stays in the text where it was printed (``lines.ends_sentence_under_speck``)."""

import pytest

from archive.pipeline.parse import parse_page

HEAD = ["江阴高新区特钢新材料产业提质增效", "", "▶ 本报记者 顾明远", ""]
FIRST = [
    "今年以来，江阴高新区特钢新材料产业",
    "保持平稳增长，一季度园区特钢企业实",
    "现产值286亿元，同比增长8.6%，高端",
    "产品订单增长两成。",
]
SECOND = [
    "为推动特钢产业向高端迈进，园区联合",
    "高校院所建设特钢新材料研究院，累计",
    "为企业解决技术难题120余项。",
]


@pytest.mark.parametrize("speck", ["|", "・"])
def test_a_speck_after_the_full_stop_still_ends_the_paragraph(gazetteer, speck):
    first = FIRST[:-1] + [FIRST[-1] + speck]
    lines = HEAD + [line for text in first + SECOND for line in (text, "")]
    page = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer)
    (a,) = page.articles
    assert a.paragraphs == ["".join(first), "".join(SECOND)]

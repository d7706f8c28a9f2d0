"""A page number printed alone (``7``) between two stories in the middle of a page - where
the OCR joined two printed pages, or read the folio between columns - is page furniture:
set apart after a sentence that ended and over the next story's heading, it is neither the
tail of the story above nor the kicker of the one below. A number under an open sentence
is still its tail, and numbers counting up over a story's sections are no page numbers."""

from archive.pipeline.parse import accounted_chars, parse_page

ABOVE = [
    "## 湖州莫干山高新区地理信息产业营收破百亿",
    "",
    "▶ 本报记者 许文澜",
    "",
    "今年前三季度,湖州莫干山高新区地理信息产业实现营收103亿元,同比增长17%。",
    "",
    "园区已集聚地理信息企业180余家,形成从数据采集到应用服务的完整链条。",
    "",
]
BELOW = [
    "",
    "## 宁波经开区港航服务业加快集聚",
    "",
    "▶ 本报记者 郑一帆",
    "",
    "近日,宁波经开区又有5家航运服务企业入驻,园区港航服务企业总数达到96家。",
]
PLAIN_BELOW = [
    "",
    "宁波经开区港航服务业加快集聚",
    "",
    "本报讯(记者 郑一帆)近日,宁波经开区又有5家航运服务企业入驻,园区港航服务企业总数达到96家。",
]


def test_a_bare_page_number_between_markdown_stories_is_furniture(gazetteer):
    text = "\n".join([*ABOVE, "", "7", *BELOW])
    page = parse_page(text, gazetteer=gazetteer)
    first, second = page.articles
    assert second.headline == "宁波经开区港航服务业加快集聚"
    assert second.kicker == ""
    assert "7" not in first.paragraphs
    assert {"kind": "page", "text": "7"} in [{"kind": e["kind"], "text": e["text"]} for e in page.furniture]
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_bare_page_number_over_a_plain_headline_is_furniture(gazetteer):
    lines = [ln.lstrip("#▶ ") for ln in ABOVE]
    text = "\n".join([*lines, "", "12", *PLAIN_BELOW])
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles][-1] == "宁波经开区港航服务业加快集聚"
    assert page.articles[-1].kicker == ""
    assert "12" in [e["text"] for e in page.furniture]


def test_a_number_under_an_open_sentence_is_its_tail(gazetteer):
    lines = ABOVE[:-2] + ["园区已集聚地理信息企业,形成完整链条的有", "", "7", *BELOW]
    page = parse_page("\n".join(lines), gazetteer=gazetteer)
    assert "7" not in [e["text"] for e in page.furniture]

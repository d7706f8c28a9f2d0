"""Test pages in a newspaper's shape, made from the fixture pages: a masthead on top, and the
first article of page 000 cut mid-sentence across pages 5 and 6 with jump marks."""

from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
PAPER = "中国高新技术产业导报"
CUT_LINE = 14  # a long paragraph line of page 000's first article
CUT_AT = 30


def fixture_text(prefix):
    (path,) = PAGES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def masthead(page, date="2020年10月19日 星期一", title="园区"):
    return [PAPER, date, f"第{page}版 {title}".strip(), "责任编辑：王伟  美术编辑：李丽", ""]


def with_masthead(text, page, **kwargs):
    return "\n".join(masthead(page, **kwargs)) + "\n" + text


def split_pages(prefix="000", out_mark="（下转第6版）", in_mark="（上接第5版）"):
    """(page 5 text, page 6 text): page 5 ends inside the first article's paragraph with a
    jump mark; page 6 opens with the continuation mark, the rest of the article and the
    other articles of the fixture page."""
    lines = fixture_text(prefix).split("\n")
    line = lines[CUT_LINE]
    page5 = masthead(5) + lines[:CUT_LINE] + [line[:CUT_AT] + out_mark]
    page6 = masthead(6, title="综合") + [in_mark + line[CUT_AT:]] + lines[CUT_LINE + 1 :]
    return "\n".join(page5), "\n".join(page6)

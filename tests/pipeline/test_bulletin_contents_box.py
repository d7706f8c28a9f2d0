"""A bulletin's head: the issuing office ``编`` over the date on one line, and the contents box
(``【本期要目】`` over its items' titles), whose titles are printed again below with their
numbers (``一、…``). Both are the page's furniture, never a kicker, headline or subtitle."""

from archive.pipeline.among_stories import among_stories
from archive.pipeline.parse import parse_page

PAGE = """园区建设简报
2025年第9期（总第121期）

嘉兴高新区管委会办公室编　　　　　　　　2025年9月30日

【本期要目】
园区召开三季度项目推进会
两个研发中心揭牌运行

一、园区召开三季度项目推进会
　　9月8日，园区召开三季度项目推进会，通报重点项目进度，部署四季度工作。

二、两个研发中心揭牌运行
　　9月18日，园区两家企业研发中心揭牌运行，将重点开展新材料和智能装备研发。
"""


def test_the_contents_box_whose_titles_come_again_numbered_is_furniture():
    lines = PAGE.split("\n")
    found = {e["line"] for e in among_stories(lines) if e["kind"] == "contents"}
    assert found == {5, 6, 7}


def test_the_bulletins_head_and_contents_make_no_kicker_or_headline():
    page = parse_page(PAGE)
    first = page.articles[0]
    assert (first.kicker, first.subtitle) == ("", "")
    assert first.headline.endswith("园区召开三季度项目推进会")
    assert "要目" not in first.headline
    texts = {e["text"].split()[0] for e in page.furniture}
    assert "嘉兴高新区管委会办公室编" in texts

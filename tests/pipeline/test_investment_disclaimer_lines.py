"""A business paper's investment disclaimer on a line of its own under the last story
(``（本版信息仅供参考，不构成投资建议）``) is the page's notice, not the story's last paragraph."""

from archive.pipeline.parse import parse_page

PAGE = """园区一家企业获评国家级专精特新“小巨人”
　　本报讯　（记者孙悦）某科技公司6月5日晚间公告，公司近日获评国家级专精特新“小巨人”企业。
　　公司表示，此次获评将进一步提升公司的品牌影响力。

（本版内容仅供参考，不构成投资建议）
"""


def test_a_disclaimer_under_the_last_story_is_the_pages_notice(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert art.paragraphs[-1].endswith("品牌影响力。")
    assert [e["kind"] for e in page.furniture if "投资建议" in e["text"]] == ["notice"]


def test_a_sentence_that_only_mentions_investment_advice_is_text(gazetteer):
    page = parse_page(
        PAGE.replace(
            "（本版内容仅供参考，不构成投资建议）", "　　分析人士认为，投资者应理性看待此类公告，审慎作出投资决策。"
        ),
        gazetteer=gazetteer,
    )
    assert page.articles[0].paragraphs[-1].startswith("分析人士认为")

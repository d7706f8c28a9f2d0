"""Captions printed between a story that has closed (its credits or signature after its
last sentence) and the next headline are the pictures of the story below them, as a
caption at the top of the page is: a closed story takes nothing more. Before, they were
given to the story above."""

from archive.pipeline.parse import accounted_chars, parse_page

INDENT = "\u3000\u3000"

PAGE = "\n".join(
    [
        "佳木斯高新区农机装备产业提速",
        INDENT + "今年以来，佳木斯高新区农机装备产业实现产值58亿元，同比增长12%。",
        INDENT + "园区将加快建设农机装备检验检测中心。",
        "（本报记者　郑春雷）",
        "图为园区一家企业生产的大马力拖拉机。",
        "图为技术人员调试智能播种机。",
        "绥化经开区：玉米“吃干榨净”",
        INDENT + "本报讯（记者　高文静）绥化经开区依托丰富的玉米资源，发展玉米精深加工，园区已集聚相关企业32家。",
        INDENT + "目前，园区玉米年加工能力达到600万吨。",
    ]
)


def test_captions_after_a_closed_story_go_to_the_story_below():
    page = parse_page(PAGE)
    above, below = page.articles
    assert above.captions == []
    assert [c.name for c in above.credits] == ["郑春雷"]
    assert below.headline == "绥化经开区：玉米“吃干榨净”"
    assert below.captions == ["图为园区一家企业生产的大马力拖拉机。", "图为技术人员调试智能播种机。"]
    assert below.paragraphs[0].startswith("绥化经开区依托") or below.paragraphs[0].startswith("本报讯")
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed


def test_a_signature_closing_the_last_paragraph_closes_the_story_too():
    text = PAGE.replace("中心。\n（本报记者　郑春雷）", "中心。　（郑春雷）")
    page = parse_page(text)
    assert page.articles[0].captions == []
    assert len(page.articles[1].captions) == 2


def test_captions_after_an_open_story_stay_with_it():
    text = PAGE.replace("（本报记者　郑春雷）\n", "")
    page = parse_page(text)
    assert page.articles[0].captions == ["图为园区一家企业生产的大马力拖拉机。", "图为技术人员调试智能播种机。"]

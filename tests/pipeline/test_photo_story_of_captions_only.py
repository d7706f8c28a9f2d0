"""A story printed under its own headline with no text but its pictures' captions (and the
photographer's credit) is a photo story: its captions are its text, a paragraph each, as
under a column of picture news (``briefs.photo_story``), and the photographer is its
reporter. Before, it came out as a headline with captions and no text."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = "\n\n".join(
    [
        "通辽经开区玉米生物产业扩能",
        "◎本报记者　包文华",
        "通辽经开区日前新增玉米生物发酵项目3个，总投资27亿元，建成后年新增产值40亿元。",
        "",
        "赤峰高新区：矿山装备“智”变",
        "图1：工人在装配车间组装智能掘进机。",
        "图2：无人驾驶矿卡在测试场进行性能测试。",
        "图3：技术人员通过远程平台监控设备运行。　本报记者　包文华摄",
        "",
        "乌海经开区氯碱化工延链",
        "本报讯　乌海经开区日前开工建设两个氯碱化工下游项目，总投资19亿元。　（田野）",
    ]
)


def test_a_headline_over_captions_only_is_a_photo_story():
    page = parse_page(PAGE)
    heads = [a.headline for a in page.articles]
    assert heads == ["通辽经开区玉米生物产业扩能", "赤峰高新区：矿山装备“智”变", "乌海经开区氯碱化工延链"]
    photos = page.articles[1]
    assert photos.paragraphs == [
        "图1：工人在装配车间组装智能掘进机。",
        "图2：无人驾驶矿卡在测试场进行性能测试。",
        "图3：技术人员通过远程平台监控设备运行。",
    ]
    assert photos.captions == []
    assert [c.name for c in photos.credits] == ["包文华"]
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed


def test_a_story_with_text_keeps_its_captions():
    page = parse_page(
        PAGE.replace(
            "赤峰高新区：矿山装备“智”变\n\n", "赤峰高新区：矿山装备“智”变\n\n赤峰高新区矿山装备企业加快智能化改造。\n\n"
        )
    )
    assert page.articles[1].captions[0] == "图1：工人在装配车间组装智能掘进机。"

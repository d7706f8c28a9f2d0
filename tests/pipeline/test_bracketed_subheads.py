"""A heading set in 【】 alone between two paragraphs of a story (``【人才引育 平台支撑】``),
over a paragraph that opens no story of its own (no dateline, no byline under it), is
that story's subhead, however little its section shares with the lead: a paper sets a
new story's headline without brackets, and a bracketed label opens a column only over a
title or a brief (``column_labels``). Before, on a markdown page, each such section whose
words differed from the lead became an article of its own."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = "\n".join(
    [
        "# 烟台高新区 | 海洋经济 | 蓝色引擎",
        "",
        "▶ 本报记者 孔德明",
        "",
        "清晨的烟台高新区海洋科技园里,科研船正准备出海作业。今年前三季度,园区海洋经济总产值同比增长16%。",
        "",
        "【人才引育 平台支撑】",
        "",
        "依托驻地高校院所,园区建成海洋领域省级以上研发平台28个,引进博士以上高层次人才260余人。",
        "",
        "【金融护航 资本赋能】",
        "",
        "一只规模10亿元的海洋产业基金日前设立,首批投向深远海养殖装备和海洋生物制品项目。",
        "",
        "",
        "## 日照经开区钢铁产业链延链补链",
        "",
        "本报讯(记者 宋雨晴)日照经开区日前集中签约钢铁精深加工项目9个,总投资64亿元。",
        "",
    ]
)


def test_bracketed_headings_inside_a_story_are_its_subheads():
    page = parse_page(PAGE)
    assert [a.headline for a in page.articles] == ["烟台高新区 | 海洋经济 | 蓝色引擎", "日照经开区钢铁产业链延链补链"]
    story = page.articles[0]
    assert "【人才引育 平台支撑】" in story.paragraphs
    assert "【金融护航 资本赋能】" in story.paragraphs
    assert len(story.paragraphs) == 5
    assert [c.name for c in story.credits] == ["孔德明"]
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed


def test_a_bracketed_label_over_a_title_still_opens_a_column():
    text = "\n".join(
        [
            "# 园区新闻",
            "",
            "本报讯(记者 宋雨晴)日照经开区日前集中签约钢铁精深加工项目9个,总投资64亿元。",
            "",
            "【园区观察】",
            "",
            "让产业链与创新链深度融合",
            "",
            "□ 本报评论员 孔德明",
            "",
            "产业链与创新链融合,是园区高质量发展的必由之路。",
        ]
    )
    page = parse_page(text)
    assert [a.headline for a in page.articles][-1] == "让产业链与创新链深度融合"
    assert page.articles[-1].column == "【园区观察】" or page.articles[-1].column == "园区观察"

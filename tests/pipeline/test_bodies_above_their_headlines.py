"""A story whose text starts above its headline: the page sets the headline, its subtitle
and its byline in the middle of the column, and the paragraphs above them are that story's.
A careful reader sees it by the park: the paragraphs at the end of the story above name the
park the headline below names, and neither that story's headline nor its text before them
does. Those paragraphs open the story below, in their order; a sentence the inset headline
cut (``…已`` / headline / byline / ``突破…``) is joined with nothing
(``bodies_above``)."""

from archive.pipeline.parse import parse_page

ABOVE = [
    "株洲高新区轨道交通装备产业产值增长一成",
    "",
    "本报讯（记者 彭慧） 今年一季度，株洲高新区轨道交通装备产业实现产值186亿元，同比增长10.4%。",
    "",
    "株洲高新区相关负责人表示，园区将加快建设轨道交通装备产业创新中心，推动产业链向高端延伸。",
    "",
]
EARLY = [
    "走进湘潭高新区一家风电装备企业的总装车间，一台台风电机组正在进行出厂前调试。",
    "",
    "这是湘潭高新区推动能源装备产业发展的一个缩影。近年来，园区风电装备产业链不断完善，",
]
HEAD = [
    "",
    "湘潭高新区：能源装备产业链加速成型",
    "",
    "▶ 本报记者 彭慧 通讯员 刘洋",
    "",
]
REST = [
    "配套企业已达到80余家。",
    "",
    "湘潭高新区还设立能源装备产业基金，支持企业开展关键零部件研发。",
    "",
]


def test_paragraphs_above_a_mid_column_headline_open_its_story(gazetteer):
    page = parse_page("\n".join(ABOVE + EARLY + HEAD + REST) + "\n", gazetteer=gazetteer)
    above, story = page.articles
    assert above.paragraphs[-1].startswith("株洲高新区相关负责人表示")
    assert story.headline == "湘潭高新区：能源装备产业链加速成型"
    assert story.paragraphs == [EARLY[0], EARLY[2] + REST[0], REST[2]]
    assert [c.name for c in story.credits] == ["彭慧", "刘洋"]


def test_a_story_that_names_the_park_before_stays_whole(gazetteer):
    # the story above is about the headline's park too: nothing moves
    above = [ABOVE[0].replace("株洲", "湘潭")] + ABOVE[1:]
    early = [EARLY[0], "", EARLY[2].rstrip("，") + "。"]
    page = parse_page("\n".join(above + early + HEAD + REST) + "\n", gazetteer=gazetteer)
    first, story = page.articles
    assert first.paragraphs[-1] == early[2]
    assert story.paragraphs[0] == REST[0]

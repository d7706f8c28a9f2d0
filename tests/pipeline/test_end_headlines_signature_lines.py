"""A page whose headlines are collected at its end (as 004), one story closed by its writer's
name in brackets on a line of its own (``（龚丽）``): the signature ends the story above it, it
does not open the next one. So the story under it, which has no credit of its own, takes the
byline the end list prints under its headline (``▶ 本报记者 冯振宇``)."""

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import column_with_blank_lines


def _column(paragraphs: list[str]) -> str:
    return column_with_blank_lines(paragraphs, 20)


PORT = [
    "记者从钦州高新区获悉，今年上半年园区港口物流企业完成货运量1200万吨，同比增长16%。",
    "钦州高新区相关负责人表示，园区将继续完善集疏运体系，力争全年货运量突破2500万吨。",
]
SEEDS = [
    "本报讯 近日，玉林高新区种业创新中心正式启用，首批入驻的9家企业涵盖水稻、蔬菜等育种领域。",
    "玉林高新区还联合广西大学建设育种实验室，为企业提供从选育到测试的一站式服务。",
]
GLASS = [
    "6月18日，梧州高新区举行新材料项目集中签约仪式，8个项目总投资达到46亿元，涉及光伏玻璃、特种纤维等。",
    "梧州高新区近年来围绕新材料产业精准招商，已集聚相关企业60余家，去年产值突破200亿元。",
]
HEADS = (
    "\n玉林高新区种业创新中心启用\n\n"
    "钦州高新区港口物流货运量增长16%\n\n"
    "梧州高新区新材料项目集中签约\n\n"
    "▶ 本报记者 韦成林\n"
)
PAGE = "▶ 黄小玲\n\n" + _column(PORT) + _column(SEEDS) + "（蒙丽）\n\n" + _column(GLASS) + HEADS


def test_a_signature_line_closes_the_story_above_and_the_end_byline_goes_to_its_headline(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
    by_head = {a.headline: [c.name for c in a.credits] for a in page.articles}
    assert by_head == {
        "钦州高新区港口物流货运量增长16%": ["黄小玲"],
        "玉林高新区种业创新中心启用": ["蒙丽"],
        "梧州高新区新材料项目集中签约": ["韦成林"],
    }

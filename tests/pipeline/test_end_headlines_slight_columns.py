"""A page whose headlines are collected at its end (as 004): a lasting change of column of two
characters (16 to 14) cuts a body when the list has more headlines than the clearer
changes give bodies."""

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import column_with_blank_lines as _column

HARBOUR = [
    "近日，钦州高新区港口物流园二期工程正式投入使用，新增集装箱堆场面积12万平方米，年吞吐能力提升至80万标准箱。",
    "钦州高新区相关负责人介绍，港口物流园二期引入智能闸口和无人集卡，集装箱进出港时间缩短一半以上。",
    "下一步，钦州高新区将加快建设港口物流信息平台，推动港口物流与临港产业深度融合发展。",
]
SUGAR = [
    "走进崇左高新区的糖业循环经济产业园，甘蔗渣被加工成环保餐具，糖蜜被制成酵母和生物肥料，一根甘蔗吃干榨净。",
    "“过去甘蔗渣只能烧掉，现在每吨能多卖好几百元。”一家糖企负责人说，循环利用让企业的利润提高了两成。",
    "目前，崇左高新区已集聚糖业循环经济企业26家，甘蔗综合利用率达到百分之九十五以上，形成了完整的产业链条。",
]
BATTERY = [
    "在玉林高新区一家动力电池企业的生产车间里，机械臂有序挥舞，一块块电芯经过检测后下线，发往各地整车企业。",
    "新能源电池是玉林高新区重点培育的产业。近年来，玉林高新区引进正极材料、隔膜、电解液等配套企业十余家。",
    "“原材料在园区内就能配齐，物流成本下降了不少。”一家电池企业负责人说，企业今年的订单已经排到了年底。",
]
TEA = [
    "日前，贺州高新区茶产业融合发展示范园开园，园区集茶叶种植、加工、研发和文旅体验于一体，总投资8亿元。",
    "贺州高新区相关负责人表示，示范园建成后，将带动周边5000余户茶农增收，打造区域茶产业发展新高地。",
    "据介绍，示范园已引进茶叶精深加工企业7家，开发茶饮料、茶食品等新产品30余个。",
]
HEADS = (
    "▶ 梁宇\n\n"
    "钦州高新区港口物流园二期投入使用\n\n"
    "崇左高新区糖业循环经济吃干榨净\n\n"
    "玉林高新区新能源电池产业链加速成型\n\n"
    "贺州高新区茶产业融合发展示范园开园\n"
)
PAGE = _column(HARBOUR, 23) + _column(SUGAR, 16) + _column(BATTERY, 14) + _column(TEA, 19) + HEADS


def test_a_lasting_change_of_two_characters_cuts_a_body_when_headlines_are_left_over(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
    assert [(a.headline, a.paragraphs[0][:6]) for a in page.articles] == [
        ("钦州高新区港口物流园二期投入使用", "近日，钦州高"),
        ("崇左高新区糖业循环经济吃干榨净", "走进崇左高新"),
        ("玉林高新区新能源电池产业链加速成型", "在玉林高新区"),
        ("贺州高新区茶产业融合发展示范园开园", "日前，贺州高"),
    ]

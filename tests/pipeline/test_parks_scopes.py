"""Parks named the ways roundups and other papers name them (lists sharing one suffix,
国家级经开区), and figures about something larger than a park (the nation's zones, a
province, a city, a 新区) left without one."""

import pytest

from archive.pipeline.figures import extract_figures
from archive.pipeline.types import ParkMention


def keys(mentions):
    return [m.key[0] if m.verified else m.name for m in mentions]


def test_parks_listed_before_one_shared_suffix_are_each_found(gazetteer):
    found = gazetteer.find_mentions(
        "苏州工业园区以及昆山、江宁、南京、镇江、淮安经济技术开发区等6家国家级经开区榜上有名。"
    )
    assert keys(found) == [
        "苏州工业园区",
        "昆山经济技术开发区",
        "江宁经济技术开发区",
        "南京经济技术开发区",
        "镇江经济技术开发区",
        "淮安经济技术开发区",
    ]


def test_parks_listed_before_a_counted_shared_suffix_are_each_found(gazetteer):
    found = gazetteer.find_mentions("武汉东湖、襄阳、宜昌等7个国家高新区完成工业总产值7498亿元。")
    assert keys(found) == ["武汉东湖新技术开发区", "襄阳高新技术产业开发区", "宜昌高新技术产业开发区"]


def test_a_listed_place_that_is_no_park_of_the_suffix_is_left_alone(gazetteer):
    assert keys(gazetteer.find_mentions("北京、上海、广州等城市的高新区")) == []


def test_a_zone_written_as_its_city_and_国家级经开区_is_found(gazetteer):
    assert keys(gazetteer.find_mentions("长沙国家级经开区和郑州国家经开区")) == [
        "长沙经济技术开发区",
        "郑州经济技术开发区",
    ]


def test_a_provinces_zones_as_a_whole_are_no_park(gazetteer):
    assert keys(gazetteer.find_mentions("潍坊高新区蝉联山东省高新区第2位。")) == ["潍坊高新技术产业开发区"]


PRIMARY = ParkMention(key="k", name="绵阳高新技术产业开发区", count=3, primary=True)


def test_a_figure_of_the_nations_zones_belongs_to_no_park(gazetteer):
    text = "1-5月，国家高新区实现营业收入12.35万亿元。218家国家级经开区实现地区生产总值10.5万亿元。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [(f.text, f.park) for f in figs] == [("12.35万亿元", ""), ("218家", ""), ("10.5万亿元", "")]


def test_a_figure_of_the_whole_city_province_or_a_new_area_belongs_to_no_park(gazetteer):
    text = "2014年全市实现地区生产总值1579.9亿元。全省高新技术企业达1552家。上海浦东新区32个项目开工。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", "", ""]


def test_a_parks_share_of_its_city_is_still_the_parks(gazetteer):
    figs = extract_figures("园区营业收入占全市的30%，同比增长12%。", gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == [PRIMARY.name, PRIMARY.name]


def test_a_sentence_going_on_without_a_subject_is_about_the_one_before(gazetteer):
    text = "2012—2023年，国家高新区生产总值年均增速12%。2023年，实现工业增加值9.2万亿元。园区新增企业5家。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", "", PRIMARY.name]


def test_a_figure_of_parks_listed_and_counted_as_a_group_belongs_to_none_of_them(gazetteer):
    text = "武汉东湖、襄阳、宜昌等7个国家高新区完成工业总产值7498亿元。湖北省27个高新技术产业园区完成产值12210亿元。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [(f.text, f.park) for f in figs] == [("7个", ""), ("7498亿元", ""), ("27个", ""), ("12210亿元", "")]


def test_a_list_of_cities_before_another_parks_name_lists_no_parks(gazetteer):
    found = gazetteer.find_mentions("科技局分别与在北京、上海、深圳的协同创新中心武汉临空港经开区签约。")
    assert keys(found) == ["武汉临空港经济技术开发区"]


def test_a_listed_place_that_needs_its_city_finds_it_in_the_article(gazetteer):
    sentence = "东湖、襄阳、宜昌等7个国家高新区完成工业总产值7498亿元。"
    article = "湖北省科技厅日前发布数据。" + sentence
    assert keys(gazetteer.find_mentions(sentence, context=article))[0] == "武汉东湖新技术开发区"
    assert "武汉东湖新技术开发区" not in keys(gazetteer.find_mentions(sentence, context="日前发布数据。" + sentence))


def test_each_park_named_in_one_sentence_keeps_its_own_figures(gazetteer):
    text = "2021年，青岛经开区地区生产总值达3200亿元，烟台经开区规上工业总产值突破4000亿元。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [(f.text, f.park) for f in figs] == [
        ("3200亿元", "青岛经济技术开发区"),
        ("突破4000亿元", "烟台经济技术开发区"),
    ]


def test_a_clause_after_a_semicolon_keeps_the_sentences_scope(gazetteer):
    text = "1-5月，国家高新区实现营业收入12.35万亿元；净利润7265亿元，同比增长8.78%。园区新增企业5家。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", "", "", PRIMARY.name]


@pytest.mark.parametrize(
    "text",
    [
        "中关村、济南高新区等10余家国家高新区营业收入超过8000亿元。",
        "苏州工业园区、宁波大榭开发区等5个区域上半年实现工业总产值1609.31亿元。",
        "2021年，全部参评开发区实际使用外资同比增长13.9%。",
    ],
)
def test_parks_counted_roughly_or_as_areas_or_all_of_them_are_a_group(gazetteer, text):
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert figs[-1].park == ""


@pytest.mark.parametrize(
    "text, park",
    [
        ("2022年郑州市建成区面积774.32平方公里。", ""),
        ("2021年以来，包头市调整更新权责6835项。", ""),
        ("郑州市副市长表示，园区今年新增企业120家。", PRIMARY.name),
        ("郑州市委书记调研时指出，园区营收增长10%。", PRIMARY.name),
    ],
)
def test_a_figure_of_a_city_named_with_shi_belongs_to_no_park(gazetteer, text, park):
    assert extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])[0].park == park


@pytest.mark.parametrize(
    "text, written",
    [
        ("此次商务部对全国230家国家级经开区进行考核评价。", "230家"),
        ("商务部公布考核结果，江苏9家国家级经开区跻身30强。", "9家"),
    ],
)
def test_a_count_of_parks_of_a_level_inside_a_clause_belongs_to_no_park(gazetteer, text, written):
    figs = {f.text: f for f in extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])}
    assert figs[written].park == ""


def test_a_figure_of_chinas_enterprises_belongs_to_no_park(gazetteer):
    text = "2023年中国独角兽企业共有375家。其中，国家高新区的独角兽企业数量达216家。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", ""]


def test_a_sentence_naming_the_nations_zones_anywhere_is_about_them(gazetteer):
    text = "独角兽企业分布的国家高新区从12个增加至32个。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", ""]


def test_a_parks_rank_among_the_nations_zones_is_still_the_parks(gazetteer):
    text = "在全国国家高新区综合评价中，该区排名第18位，营业收入增长12%。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == [PRIMARY.name]


def test_a_sentence_after_one_about_the_nations_zones_keeps_their_scope(gazetteer):
    text = (
        "今年前三季度，全国219家国家级经开区实现进出口总额4.4万亿元。"
        "实际使用外资和外商投资企业再投资为372亿美元，同比增长3%。"
    )
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == ["", "", "", ""]


def test_parks_listed_before_respectively_each_get_their_figure_and_their_sum_none(gazetteer):
    text = (
        "昆山经开区、苏州工业园区、张家港经开区实际使用外资分别为12.4亿美元、18.6亿美元和6.3亿美元，"
        "合计占全省国家级经开区的34%。"
    )
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [(f.text, f.park) for f in figs] == [
        ("12.4亿美元", "昆山经济技术开发区"),
        ("18.6亿美元", "苏州工业园区"),
        ("6.3亿美元", "张家港经济技术开发区"),
        ("34%", ""),
    ]


def test_a_park_set_against_the_nations_average_keeps_its_figure(gazetteer):
    text = "研发经费支出占营业收入的比重达到5.2%，高出全国高新区平均水平0.6个百分点。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [f.park for f in figs] == [PRIMARY.name, PRIMARY.name]


def test_a_city_named_after_an_occasion_is_the_citys_not_the_parks(gazetteer):
    text = "开幕式上，绵阳市集中签约项目128个，总投资1560亿元。会上，绵阳市签约项目56个。"
    figs = extract_figures(text, gazetteer=gazetteer, parks=[PRIMARY])
    assert [(f.text, f.park) for f in figs] == [("128个", ""), ("1560亿元", ""), ("56个", "")]

"""Key figures in the phrasing of the torch centre's statistics and of provincial roundups
(国家高新区 in aggregate, 全省高新区): parks counted before what they did, taxes paid as
上缴税额, and a share of a long named whole."""

from archive.pipeline.figures import extract_figures

from .conftest import by_text


def test_parks_counted_before_a_scope_word_are_parks_not_the_enterprises_after_them():
    figs = by_text("2020年，169家国家高新区中属于高技术产业的企业达90129家。")
    assert (figs["169家"].metric, figs["169家"].metric_class) == ("国家高新区", "其他")
    assert (figs["90129家"].metric, figs["90129家"].metric_class) == ("企业", "企业数")


def test_parks_counted_before_a_verb_are_parks():
    figs = by_text("88家国家高新区上报统计的企业总计5.96万家。")
    assert figs["88家"].metric == "国家高新区"
    assert figs["5.96万家"].metric_class == "企业数"


def test_a_park_word_opening_a_counted_compound_is_no_park_count():
    (f,) = extract_figures("新引进30家园区企业。")
    assert (f.metric, f.metric_class) == ("企业", "企业数")


def test_taxes_paid_written_as_shangjiao_shui_e_are_taxes():
    figs = by_text("实现出口总额3000亿美元，上缴税额6613亿元，实缴税额120亿元。")
    assert figs["6613亿元"].metric_class == "税收"
    assert figs["120亿元"].metric_class == "税收"
    assert figs["3000亿美元"].metric_class == "进出口"


def test_a_share_of_a_long_named_whole_is_named_by_it():
    figs = by_text("园区聚集了70%的国家制造业创新中心、80%的全国重点实验室。")
    assert (figs["70%"].metric, figs["70%"].metric_class) == ("国家制造业创新中心", "占比")
    assert figs["80%"].metric_class == "占比"


def test_the_parks_a_ranking_is_among_are_no_key_figure():
    assert [f.text for f in extract_figures("园区在全省99个开发区中排名第一。")] == []
    assert [f.text for f in extract_figures("在全国169家国家高新区综合评价中，排名第18位。")] == []
    assert [f.text for f in extract_figures("在参评的56家园区中位居全省首位，营收增长12%。")] == ["12%"]


def test_a_count_before_an_amount_counts_the_noun_before_it_not_the_amount():
    figs = by_text("由某控股集团有限公司投资8亿元的电池项目等8个总投资59亿元的项目集中签约。")
    assert (figs["8个"].metric, figs["8个"].metric_class) == ("项目", "项目数")
    assert figs["59亿元"].metric_class == "投资"


def test_a_total_named_only_zonge_after_projects_counted_is_their_investment():
    figs = by_text("集中签约、开工项目共计134个，总额超1100亿元。")
    assert (figs["超1100亿元"].metric, figs["超1100亿元"].metric_class) == ("总额", "投资")


def test_a_range_with_its_scaling_word_written_twice_is_one_figure():
    figs = extract_figures("项目计划总投资80亿至120亿元，达产后可带动就业2万至2.5万人。")
    assert [(f.text, f.value, f.unit, f.base_value, f.approx, f.metric) for f in figs] == [
        ("80亿至120亿元", "80亿至120", "亿元", 8e9, "range", "总投资"),
        ("2万至2.5万人", "2万至2.5万", "人", 20000.0, "range", "就业"),
    ]


def test_a_range_whose_ends_have_different_scaling_words_reads_its_low_end_at_its_own_scale():
    (f,) = extract_figures("单个项目给予5000万—1亿元的支持。")
    assert (f.text, f.value, f.unit, f.base_value, f.approx) == ("5000万—1亿元", "5000万—1", "亿元", 5e7, "range")

"""Key figures in the phrasing of the torch centre's statistics and of provincial roundups
(国家高新区 in aggregate, 全省高新区): parks counted before what they did, taxes paid as
上缴税额, and a share of a long named whole."""

from archive.pipeline.figures import extract_figures


def by_text(text, **kw):
    return {f.text: f for f in extract_figures(text, **kw)}


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

"""Paragraphs and headlines of fixture articles re-set in narrow columns (``layouts.relayout``:
a blank line after every line, no ``#`` marks), one behaviour of ``reflow`` per test."""

import pytest

from archive.pipeline.classify import classify, measure_widths
from archive.pipeline.lines import display_width
from archive.pipeline.parse import parse_page
from archive.pipeline.reflow import page_lines, set_by_width

from .conftest import article, page_text
from .layouts import relayout, wrap


def narrow(parsed, gazetteer, prefix, width, indent=""):
    text = relayout(page_text(prefix), parsed[prefix], width, marks=False, indent=indent)
    return parse_page(text, gazetteer=gazetteer)


def paragraphs(a) -> list[str]:
    return [b.text for b in a.blocks if b.kind == "p"]


def test_a_mark_hung_past_the_column_does_not_widen_it(parsed, gazetteer):
    # Width 10: a third of the lines hang a comma or full stop in an eleventh cell; a full
    # line ending ``张曦说。`` is still full, so the paragraph goes on below it.
    a = article(narrow(parsed, gazetteer, "000", 10), "济宁高新区")
    assert any("院财务处处长张曦说。今年以来" in p for p in paragraphs(a))


def test_a_full_headline_shaped_line_inside_a_paragraph_carries_it_on(parsed, gazetteer):
    # ``合性国家科学中心摆在`` has no punctuation, but the lines above it are the same
    # paragraph: the short ``首位,加快引`` under it is its next fragment, not a headline.
    a = article(narrow(parsed, gazetteer, "002", 10), "重庆高新区")
    assert any("摆在首位,加快引进高端研发平台" in p for p in paragraphs(a))


def test_a_cut_off_quotation_leads_no_chain_of_headlines(parsed, gazetteer):
    # ``乌鲁木齐市相关负责人`` / ``表示:“与`` stop where the page cut the article off; the
    # open quotation is no headline, so neither is the line above it.
    a = article(narrow(parsed, gazetteer, "000", 10), "打通向西开放")
    assert a.blocks[-1].kind == "p"
    assert a.blocks[-1].text == "乌鲁木齐市相关负责人表示:“与"


def test_an_opening_quote_starts_no_paragraph_where_paragraphs_are_indented(parsed, gazetteer):
    # Width 40 puts ``“八个建议”`` at the start of a line after ``…管控措施。``; the page
    # indents its paragraphs and this line has no indent, so the paragraph goes on.
    a = article(narrow(parsed, gazetteer, "001", 40, indent="\u3000\u3000"), "贵阳高新区")
    assert any("的管控措施。“八个建议”" in p for p in paragraphs(a))


def test_an_unindented_headline_over_an_indented_paragraph_is_a_subhead(parsed, gazetteer):
    # ``打造内陆沿边开放高地`` fills a 10-character column under a full line that ends a
    # sentence; the paragraph under it is indented and it is not.
    a = article(narrow(parsed, gazetteer, "000", 10, indent="\u3000\u3000"), "打通向西开放")
    assert ("subhead", "打造内陆沿边开放高地") in [(b.kind, b.text) for b in a.blocks]


def test_two_lines_without_a_blank_between_them_are_one_subhead(parsed, gazetteer):
    # A blank line follows every line of the page but one: ``提升平台创新承载力`` /
    # ``设置重点奖补政策``, a subhead broken over two lines under a finished paragraph.
    a = article(narrow(parsed, gazetteer, "001", 10), "佛山高新区")
    assert ("subhead", "提升平台创新承载力 设置重点奖补政策") in [(b.kind, b.text) for b in a.blocks]


def test_a_headline_of_two_phrases_under_a_cut_off_paragraph_is_no_tail_of_it(parsed, gazetteer):
    # The page cut ``…“500米、一刻钟”便民服务`` off mid-sentence; the shorter line under
    # it is two phrases side by side over a column name and a byline: a headline.
    page = narrow(parsed, gazetteer, "003", 40, indent="\u3000\u3000")
    a = article(page, "把握重大机遇")
    assert (a.headline, a.column) == ("把握重大机遇 向科技创新强市迈进", "科技厅局长话创新")


def test_a_fragment_under_a_full_open_line_is_no_kicker_of_the_headline_below(parsed, gazetteer):
    # ``…帮助企业联系库房、托`` / ``盘，并协调交管大队帮`` / ``助企`` stop where the page cut
    # the paragraph off, right above the next article's headline and byline.
    page = narrow(parsed, gazetteer, "003", 10, indent="\u3000\u3000")
    assert article(page, "浙江诸暨").kicker == ""
    assert any(
        p.endswith(
            "并协调交管大队帮助企业办理运输通行证，解决了企业1万多吨产品仓储存放、托盘短缺、产品运输的燃眉之急。"
        )
        for p in paragraphs(page.articles[0])
    )


def test_two_equally_wide_open_lines_are_one_column_whatever_the_columns_around(parsed, gazetteer):
    # At width 21 page 004's sidebar is set narrower than the columns around it; its
    # lines are short for their neighbourhood, yet as wide as each other: one column,
    # whose first paragraph goes with the sidebar's headline, not the article above.
    page = narrow(parsed, gazetteer, "004", 21)
    assert paragraphs(article(page, "“想不到乌鲁木齐"))[0].startswith("金秋时节，瓜果飘香。")
    assert not any("金秋时节" in p for p in paragraphs(page.articles[0]))


def test_a_quoted_term_after_a_full_line_goes_on_with_the_paragraph(parsed, gazetteer):
    # Width 40, no indents: ``…的管控措施。`` fills its line and ``“八个建议”主要围绕…``
    # opens the next with a quoted term, not a quotation of speech: the same paragraph.
    a = article(narrow(parsed, gazetteer, "001", 40), "贵阳高新区")
    assert any("的管控措施。“八个建议”" in p for p in paragraphs(a))


def test_a_quotation_of_speech_after_a_full_line_starts_a_paragraph(parsed, gazetteer):
    # Width 19, no indents: ``…取得明显效果。`` fills its line and ``“我们先后开展…``
    # opens a quotation of speech.
    a = article(narrow(parsed, gazetteer, "000", 19), "潍坊高新区")
    assert any(p.startswith("“我们先后开展高新技术企业倍增") for p in paragraphs(a))


def test_a_paragraph_opener_after_a_full_line_starts_a_paragraph(parsed, gazetteer):
    # Width 17, no indents: ``…完成工商注册登记。`` fills its line and ``据了解,该平台…``
    # opens the next: attribution opens a paragraph, it does not go on with one.
    a = article(narrow(parsed, gazetteer, "000", 17), "武汉东湖")
    assert any(p.startswith("据了解,该平台由中交中保") for p in paragraphs(a))


def test_a_headline_shaped_line_wider_than_its_column_after_a_paragraph_is_a_subhead(parsed, gazetteer):
    # Width 21: ``以更加开放生态汇聚高端人才，厚植第一资源优势`` is a character wider than
    # every line of the column around it and ends in no hanging mark: set across the column.
    a = article(narrow(parsed, gazetteer, "003", 21), "把握重大机遇")
    assert ("subhead", "以更加开放生态汇聚高端人才，厚植第一资源优势") in [(b.kind, b.text) for b in a.blocks]


def test_a_line_of_the_form_of_a_series_of_subheads_is_one_however_wide_its_column(parsed, gazetteer):
    # Width 24: ``以更坚决决心推进关键核心技术攻关，推动技术产品化`` fills its column under a full
    # line that ends a sentence; three subheads of the story read by their width share
    # its form (``以更…，…``, 22-23 characters).
    subheads = [b.text for b in article(parsed["003"], "把握重大机遇").blocks if b.kind == "subhead"]
    a = article(narrow(parsed, gazetteer, "003", 24), "把握重大机遇")
    assert [b.text for b in a.blocks if b.kind == "subhead"] == subheads
    assert len(subheads) == 5 and len("以更坚决决心推进关键核心技术攻关，推动技术产品化") == 24


def test_a_cut_fragment_joined_under_a_full_line_goes_back_to_the_paragraph_it_continues(parsed, gazetteer):
    # Width 15: the fragment ``业办理运输通行证，…`` runs on from ``…“城市合伙人”。``, a
    # full line; it continues ``…协调交管大队帮助企``, the paragraph the 诸暨 article cut.
    for indent in ("", "\u3000\u3000"):
        paras = paragraphs(article(narrow(parsed, gazetteer, "003", 15, indent), "打造“包你满意”"))
        assert any(p.endswith("拿出最大诚意服务“城市合伙人”。") for p in paras)
        assert any("协调交管大队帮助企业办理运输通行证" in p for p in paras)


def test_a_paragraph_joined_under_a_cut_fragment_stays_where_it_was(parsed, gazetteer):
    # Width 40: ``2021年以来，…`` runs on from the fragment's full last line; the fragment
    # goes back to its paragraph, the paragraph under it stays on its own.
    paras = paragraphs(article(narrow(parsed, gazetteer, "003", 40), "打造“包你满意”"))
    assert any(p.startswith("2021年以来，包头市持续推动减税降费") for p in paras)
    assert any(p.endswith("产品运输的燃眉之急。") and p.startswith("疫情期间") for p in paras)


def test_a_line_ending_in_a_count_without_its_unit_is_the_paragraphs_last_line(parsed, gazetteer):
    # Width 15: ``总规模200`` is left on a line of its own under ``…方面的投资。`` (a full
    # line) and over the next headline; a count with no unit is a phrase the page cut, no
    # kicker.
    a = article(narrow(parsed, gazetteer, "000", 15, "\u3000\u3000"), "泰州医药高新区")
    assert a.kicker == ""
    assert paragraphs(article(narrow(parsed, gazetteer, "000", 15), "武汉东湖"))[-1].endswith("投资。总规模200")


def test_a_story_set_narrower_under_a_wide_one_is_measured_in_its_own_column():
    # Six lines of a 24-cell column, then a story in a 16-cell one: a window of twelve
    # lines across the change would call its lines short (paragraph ends, headlines).
    wide = ["甲，" + "甲" * 10] * 5 + ["甲" * 6 + "。"]
    narrow_lines = ["乙，" + "乙" * 6] * 7 + ["乙" * 3 + "。"]
    lines = classify(wide + narrow_lines)
    measure_widths(lines, narrow=True)
    assert [ln.width for ln in lines[6:13]] == [16] * 7
    assert lines[0].width == 24


def test_a_story_set_narrower_is_measured_in_whole_characters_though_its_lines_hold_half_width_quotes():
    # Five of its first six lines hold a half-width quote and fall half a cell short of the
    # 16-cell column (15): the column is 16 still, so a line of 14 ending a sentence is a
    # character short of it (004 at width 32: ``…“含金量”非常高。`` then a paragraph).
    wide = ["甲，" + "甲" * 10] * 5 + ["甲" * 6 + "。"]
    narrow_lines = ["乙" * 6 + "。"] + ["乙，“" + "乙" * 5] * 5 + ["乙，" + "乙" * 6] * 2
    lines = classify(wide + narrow_lines)
    measure_widths(lines, narrow=True)
    assert [ln.dw for ln in lines[6:9]] == [14, 15, 15]
    assert lines[6].width == 16


def test_latin_letters_and_digits_count_half_a_character_in_a_column():
    # Width 10: ``2020年园区产值达4191.`` holds 16 characters where the lines around it
    # hold 10-12, but a digit is half a character wide, so it fills the same column: it
    # is the paragraph's first line, not a heading set across the column.
    text = (
        "2020年园区产值达4191.83亿元，增长12.5%，税收258.6亿元，增长8.3%，"
        "新增企业1024家，其中高新技术企业达到了五百家。全区研发投入持续加大，"
        "2021年预计投入超过36.5亿元，占比达到3.25%，同比提高0.45个百分点。"
    )
    page = "潍坊高新区经济稳中向好\n\n本报讯 记者 王明\n\n" + "\n\n".join(wrap(text, 10)) + "\n"
    (a,) = parse_page(page).articles
    assert [(b.kind, b.text) for b in a.blocks] == [("p", text)]


# A story set by width in a column of 12 CJK cells (24 half-width cells), digits counting
# half: its lines fill 23 or 24, and the first paragraph's last line (``…优化。``) 22.
_BY_WIDTH = [
    "高新区今年引进项目共136",
    "个，总投资共计达到128亿",
    "元，比去年同期增长了15%",
    "以上，外资项目312个，新",
    "增就业岗位共计超过了320",
    "个，带动上下游企业145家",
    "落户，人才公寓投用了850",
    "套，营商环境持续优化。",
    "2020年，园区净增高新技术",
    "企业252家，连续两年净增",
    "超过200家。",
]


def _page(lines: list[str]) -> str:
    return "\n\n".join(["# 高新区项目建设提速", "本报记者 王明", *lines]) + "\n"


def test_a_line_a_cell_short_ends_its_paragraph_where_a_digit_would_have_fitted_on_it(gazetteer):
    # ``2020年…``'s first digit would have fitted on the line above (22 + 1 of 23 measured):
    # had the paragraph gone on, it would have started there.
    assert [display_width(s) for s in _BY_WIDTH[:8]] == [23] * 7 + [22]
    (a,) = parse_page(_page(_BY_WIDTH), gazetteer=gazetteer).articles
    assert [p[-7:] for p in paragraphs(a)] == ["环境持续优化。", "超过200家。"]


def test_a_page_cut_by_a_count_of_characters_is_not_measured_by_half_cells():
    # The same story cut every 12 characters: its lines with digits are short of the
    # column though full, so a line a cell short there says nothing.
    text = "".join(_BY_WIDTH)
    by_count = [text[k : k + 12] for k in range(0, len(text), 12)]
    for lines, by_width in ((_BY_WIDTH, True), (by_count, False)):
        page, narrow = page_lines(_page(lines).split("\n"))
        assert narrow and set_by_width(page) is by_width


# A story set by width in a column of 12 CJK cells, a subhead two cells short of it.
_SECTIONS = [
    "今年以来，园区新签约项目共有36个，总投资达到了128亿元，比去年同期增长了一倍多。",
    "目前，园区已有高新技术企业252家，科技型中小企业超过了400家，创新主体不断壮大。",
    "打造内陆沿边开放高地",
    "随着创新驱动发展战略深入实施，园区在2021年引进人才1200名，产业集聚效应持续显现。",
    "同时，园区新建孵化器12个，孵化面积达到35万平方米，在孵企业超过了600家。",
    "下一步，园区将继续优化营商环境，力争到2025年高新技术企业突破500家。",
]


def _set(indent: str) -> list[str]:
    """``_SECTIONS`` set at 12 cells, each paragraph's first line indented by ``indent``
    and the indent then lost (as OCR drops it)."""
    out = []
    for p in _SECTIONS:
        out += [p] if "，" not in p else [s.lstrip("\u3000") for s in wrap(indent + p, 12)]
    return out


def test_a_headline_shaped_line_two_cells_short_over_a_paragraph_is_a_subhead_where_paragraphs_start_flush(gazetteer):
    # Every paragraph's first line fills the column: a line two cells short of it and of
    # the line under it is no paragraph's first line.
    lines = _set("")
    assert display_width("打造内陆沿边开放高地") == 2 * 12 - 4
    (a,) = parse_page(_page(lines), gazetteer=gazetteer).articles
    assert [b.kind for b in a.blocks] == ["p", "p", "subhead", "p", "p", "p"]


def test_a_headline_shaped_line_a_character_short_after_a_short_last_line_is_a_subhead_where_paragraphs_start_flush(
    gazetteer,
):
    # Set at 11 cells: a paragraph's first line would have taken ``随`` from the line under
    # it, so a line a character short after a paragraph's short last line is none.
    lines = [s for p in _SECTIONS for s in wrap(p, 11)]
    assert display_width("打造内陆沿边开放高地") == 2 * 11 - 2 and lines[7] == "主体不断壮大。"
    (a,) = parse_page(_page(lines), gazetteer=gazetteer).articles
    assert [b.kind for b in a.blocks] == ["p", "p", "subhead", "p", "p", "p"]


def test_a_first_line_two_cells_short_stays_in_its_paragraph_where_ocr_dropped_the_indents(gazetteer):
    # Set with two-cell indents that OCR dropped: every paragraph's first line is two
    # cells short, ``随着创新驱动发展战略`` (no punctuation) among them.
    lines = _set("\u3000\u3000")
    assert "随着创新驱动发展战略" in lines and display_width("随着创新驱动发展战略") == 2 * 12 - 4
    (a,) = parse_page(_page(lines), gazetteer=gazetteer).articles
    assert "随着创新驱动发展战略深入实施，" in "".join(paragraphs(a))
    assert not any(b.kind == "subhead" and b.text.startswith("随着") for b in a.blocks)


# A story set by width in a column of 10 CJK cells, paragraphs flush: a subhead exactly as
# wide as the column, under a full line that ends a sentence.
_AS_WIDE = [
    "今年以来，园区新签约项目36个，总投资128亿元。",
    "目前，园区已有高新技术企业252家，科技型中小企业400多家，创新主体不断壮大。",
    "同时，园区新建孵化器12个，孵化面积35万平方米，带动就业近万人，在孵企业超过六百家。",
    "打造内陆沿边开放高地",
    "随着创新驱动发展战略和区域协调发展战略在园区的深入实施与持续推进，园区在2021年引进人才1200名。",
    "下一步，园区将继续优化营商环境，力争到2025年高新技术企业突破500家。",
]


def _as_wide(sections: list[str]) -> list[str]:
    lines = [part for p in sections for part in wrap(p, 10)]
    assert [display_width(s) for s in lines[10:13]] == [20, 20, 20]  # 在孵企业… / 打造… / 随着…
    return lines


def test_a_subhead_as_wide_as_its_column_is_one_where_read_on_its_sentence_would_open_too_long(gazetteer):
    # Nothing of the layout tells it from the paragraph's next line; read on, the sentence
    # under it would open with 44 characters without a mark (running text: at most 37 of
    # 423 sentences on the fixture pages), without it with 34.
    (a,) = parse_page(_page(_as_wide(_AS_WIDE)), gazetteer=gazetteer).articles
    assert [b.kind for b in a.blocks] == ["p", "p", "p", "subhead", "p", "p"]
    assert a.blocks[3].text == "打造内陆沿边开放高地"


def test_a_sentence_opening_as_wide_as_the_column_under_a_full_line_goes_on_where_its_clause_is_ordinary(gazetteer):
    # The same line opening a sentence whose first clause runs 35 characters: running text.
    sentence = "打造内陆沿边开放高地是园区在新时代推进高水平对外开放的重要任务和长期目标，今年引进人才1200名。"
    (a,) = parse_page(_page(_as_wide([*_AS_WIDE[:3], sentence, _AS_WIDE[5]])), gazetteer=gazetteer).articles
    assert not any(b.kind == "subhead" for b in a.blocks)
    assert sentence in "".join(paragraphs(a))


SUBHEADS_SET_TIGHT = [
    "方案提出，深入推进开发区协同发展，促进开发区深化改革、创新发展，努力把开发区建设成为高质量发展的重要载体。"
    "各区要结合实际制定具体措施，确保各项任务落到实处。",
    "二、重点任务",
    "方案明确了五项重点任务：一是优化开发区形态和布局，二是加快开发区转型升级，三是全面深化开发区体制改革。",
    "三、保障措施",
    "方案要求，各区人民政府要切实加强对开发区工作的领导，市有关部门要加强统筹协调和指导服务，形成工作合力。",
]


@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_paragraphs_first_line_set_tight_under_its_subhead_is_not_part_of_it(gazetteer, blank_lines):
    lines = ["# 我市出台方案促进开发区改革创新发展", "", "本报记者 陈忠", "", "一、总体要求"]
    for text in SUBHEADS_SET_TIGHT:
        body = wrap(text, 17)
        lines += [x for ln in body for x in ([ln, ""] if blank_lines and len(body) > 1 else [ln])]
    (a,) = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    subheads = [b.text for b in a.blocks if b.kind == "subhead"]
    assert subheads == ["一、总体要求", "二、重点任务", "三、保障措施"]
    assert [b.text[:6] for b in a.blocks if b.kind == "p"] == ["方案提出，深", "方案明确了五", "方案要求，各"]


def test_a_label_and_its_colon_over_a_marked_headline_is_its_kicker(gazetteer):
    text = (
        "盐城盐都：\n\n# 追“新”逐“绿”集聚发展新动能\n\n□本报记者 徐明泽\n\n中科院计算所、清华大学等院所的身影随处可见。"
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert (a.kicker, a.headline) == ("盐城盐都：", "追“新”逐“绿”集聚发展新动能")
    assert [b.text for b in a.blocks] == ["中科院计算所、清华大学等院所的身影随处可见。"]


def test_a_bulleted_heading_in_a_narrow_column_is_a_subhead_of_its_story(gazetteer):
    body1 = "7月28日，考察团一行来到常州生命健康产业园，管委会有关负责人详细介绍了产业园的发展现状和规划愿景。"
    body2 = "据介绍，该产业园是常州建设国家创新型科技园区的重要组成部分，2010年获批省级特色产业园区。"
    body3 = "园区围绕专业化、规模化、生态化、国际化的发展目标，不断完善研发孵化、检验检测等公共服务平台。"
    lines = ["# 常州生命健康产业园集聚项目总投资超150亿元", "", "本报记者 周锦华", ""]
    for part in (body1, "■ 从省级园区到特色基地", body2, "■ 全力打造优质平台", body3):
        for ln in wrap(part, 13) if not part.startswith("■") else [part]:
            lines += [ln, ""]
    (a,) = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert [b.text for b in a.blocks if b.kind == "subhead"] == ["从省级园区到特色基地", "全力打造优质平台"]
    assert [b.text[:4] for b in a.blocks if b.kind == "p"] == ["7月28", "据介绍，", "园区围绕"]


WIDE_HEAD = (
    "苏锡通科技产业园区：推动区域协同发展的示范园区\n\n科技日报记者 刘园园 崔爽\n\n"
    "不仅如此，园区处于上海、苏州、南\n\n通核心三角的中心位置，是南通、苏\n\n州、无锡三市跨江联动、推动区域协\n\n"
    "同发展的示范园区。\n\n苏锡通园区着力构建以智能装备、电\n\n子信息、生命健康以及现代服务业为\n\n主导的产业体系。\n\n"
    "协同创新的“种子”在这里“开花结果”\n\n"
    "8月，在位于天津市宝坻区京津中关\n\n村科技城的中科拜克现代化宠物生物\n\n制品生产基地，两条生产线正在赶制\n\n"
    "订单，一批批产品刚下产线就被打包\n\n发出。\n\n"
    "“一条是利用基因工程技术生产的宠\n\n物专用重组细胞因子生产线，另一条\n\n是我们自主研发的广谱、长效、安全\n\n"
    "的宠物专用消毒剂生产线。”陈黄实\n\n向记者介绍。\n"
)


def test_a_heading_as_wide_as_the_column_over_a_storys_lead_is_a_heading(gazetteer):
    page = parse_page(WIDE_HEAD, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "苏锡通科技产业园区：推动区域协同发展的示范园区",
        "协同创新的“种子”在这里“开花结果”",
    ]
    assert page.articles[1].blocks[0].text.startswith("8月，在位于")


def test_a_number_broken_over_two_column_lines_leaves_one_paragraph(gazetteer):
    text = (
        "乐山高新区 总部经济聚集区建设加速推进\n\n本报讯（记者 张斯炜）8月22\n\n"
        "日，记者从乐山高新区了解到，上\n\n半年，乐山高新区完成营业收入10\n\n"
        "2.3亿元，同比增长52.8%。其中，\n\n规上工业增加值同比增长21.5%。\n"
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.paragraphs == [
        "8月22日，记者从乐山高新区了解到，上半年，乐山高新区完成营业收入102.3亿元，同比增长52.8%。"
        "其中，规上工业增加值同比增长21.5%。"
    ]


def test_closing_credits_the_column_broke_end_the_story(gazetteer):
    text = (
        "滨海新区新增孵化面积160万平方米\n\n本报讯 今年以来，滨海新区不断\n\n加大孵育载体建设支持力度，科技\n\n"
        "型中小企业发展环境不断优化。今\n\n年共有19个新建孵化载体投入使用，\n\n新增孵化面积160万平方米。（记\n\n"
        "者 曹宝艳）\n\n河北省高新区全链条孵化器建设\n\n近日，石家庄天山科技工业园运营\n\n"
        "服务中心、石家庄日中天科技企业\n\n孵化器有限公司2家孵化器被授予\n\n省级科技企业孵化器。\n"
    )
    a, b = parse_page(text, gazetteer=gazetteer).articles
    assert a.paragraphs[-1].endswith("新增孵化面积160万平方米。")
    assert [c.name for c in a.credits] == ["曹宝艳"]
    assert b.headline == "河北省高新区全链条孵化器建设"

"""``explain``: each line's part in the parsed page, and why (``import_pages --explain``)."""

from archive.pipeline.explain import explain, format_decisions

from .conftest import page_text
from .layouts import relayout, wrap

HEADLINE = "潍坊高新区创新服务手段 助力科研攻关"
LEAD = "本报讯（记者 孔令帅）今年以来，潍坊高新区科技局全力以专业化科技服务助力企业科研攻关，成效明显。"
SECOND = "截至目前，全区已有高新技术企业三百余家，数量居全市前列。"


def roles(decisions):
    return [(d.role, d.article) for d in decisions]


def test_it_names_the_headline_the_paragraphs_and_the_article_each_line_went_to(gazetteer):
    text = "\n".join([HEADLINE, LEAD, SECOND]) + "\n"
    decisions = explain(text, gazetteer=gazetteer)
    assert roles(decisions) == [("标题", 1), ("正文", 1), ("正文", 1)]
    assert "电头" in decisions[1].why and "本报讯（记者 孔令帅）" in decisions[1].why


def test_it_says_why_a_column_fragment_was_joined_with_the_line_above(gazetteer):
    body = wrap(LEAD, 14) + wrap(SECOND, 14) + wrap(LEAD[11:], 14)
    text = "\n\n".join([HEADLINE, *body]) + "\n"
    decisions = explain(text, gazetteer=gazetteer)
    joined = [d for d in decisions if d.role == "接上行"]
    assert joined and all(d.article == 1 for d in joined)
    assert "排满本栏" in joined[0].why


def test_every_line_of_a_fixture_page_is_explained_once(gazetteer):
    text = page_text("003")
    decisions = explain(text, gazetteer=gazetteer)
    shown = [n for n, line in enumerate(text.split("\n")) if line.strip()]
    assert [d.line for d in decisions] == shown
    assert {d.role for d in decisions} >= {"标题", "署名", "正文", "小标题", "图片说明"}
    assert len(format_decisions(decisions).splitlines()) == len(shown)


def test_an_end_mark_on_a_line_of_its_own_is_shown_as_furniture(gazetteer):
    text = "\n".join([HEADLINE, LEAD, SECOND, "（完）"]) + "\n"
    decisions = explain(text, gazetteer=gazetteer)
    assert roles(decisions) == [("标题", 1), ("正文", 1), ("正文", 1), ("版面信息", None)]
    assert "结束标记" in decisions[-1].why


def test_it_says_a_paragraph_opener_after_a_full_line_starts_a_paragraph(gazetteer):
    # The lead's last line fills the 14-character column and ends a sentence; the page
    # does not indent, so ``据了解，`` is what shows the next paragraph.
    first = LEAD + "全区科技型中小企业已有六百余家，稳居全市首位。"
    body = wrap(first, 14) + wrap("据了解，" + SECOND, 14) + wrap(LEAD[11:], 14)
    text = "\n\n".join([HEADLINE, *body]) + "\n"
    decisions = explain(text, gazetteer=gazetteer)
    opener = next(d for d in decisions if d.text.startswith("据了解"))
    assert opener.role == "正文"
    assert "连接语" in opener.why and "据了解" in opener.why


def test_it_says_a_fragment_the_layout_moved_went_back_to_the_paragraph_it_continues(gazetteer):
    decisions = explain(page_text("003"), gazetteer=gazetteer)
    fragment = next(d for d in decisions if d.text.startswith("业办理运输通行证"))
    assert fragment.role == "接上行" and "残段" in fragment.why


def test_it_says_a_line_ending_in_a_cut_number_is_the_paragraphs_last_line(gazetteer, parsed):
    text = relayout(page_text("000"), parsed["000"], 14, marks=False, indent="\u3000\u3000")
    cut = next(d for d in explain(text, gazetteer=gazetteer) if d.text == "总规模200")
    assert cut.role == "接上行" and "不带单位的数字" in cut.why


def test_it_says_a_line_wider_than_its_column_is_a_heading_set_across_it(gazetteer, parsed):
    text = relayout(page_text("003"), parsed["003"], 21, marks=False)
    subhead = next(d for d in explain(text, gazetteer=gazetteer) if d.text.startswith("以更加开放生态"))
    assert subhead.role == "小标题" and "宽于本栏" in subhead.why


def test_it_says_a_subhead_as_wide_as_its_column_would_make_the_sentence_under_it_open_too_long(gazetteer, parsed):
    text = relayout(page_text("000"), parsed["000"], 10, marks=False)
    subhead = next(d for d in explain(text, gazetteer=gazetteer) if d.text == "打造内陆沿边开放高地")
    assert subhead.role == "小标题" and "无标点" in subhead.why


def test_it_says_a_subhead_a_character_short_of_its_column_is_no_paragraphs_first_line(gazetteer, parsed):
    text = relayout(page_text("000"), parsed["000"], 11, marks=False)
    subhead = next(d for d in explain(text, gazetteer=gazetteer) if d.text == "打造内陆沿边开放高地")
    assert subhead.role == "小标题" and "短于本栏一格" in subhead.why


def test_it_says_a_subhead_as_wide_as_its_column_has_the_form_of_the_pages_other_subheads(gazetteer, parsed):
    text = relayout(page_text("003"), parsed["003"], 24, marks=False)
    subhead = next(d for d in explain(text, gazetteer=gazetteer) if d.text.startswith("以更坚决决心"))
    assert subhead.role == "小标题" and "同一格式" in subhead.why


def test_an_advertisements_label_and_the_pages_picture_credits_are_explained():
    text = "园区新闻标题\n\n本报记者 王明\n\n正文第一句，园区发展很快。\n\n（广告）\n\n（本版图片均由园区提供）\n"
    out = format_decisions(explain(text))
    assert "广告标记" in out and "本版图片署名" in out


def test_a_dashed_subtitle_is_explained_as_the_subtitle():
    text = "高新区里的“硬科技”\n——西安高新区打造硬科技创新高地纪实\n\n本报记者 史俊斌\n\n6月的西安，处处涌动着创新的热潮。\n"
    (sub,) = [d for d in explain(text) if d.text.startswith("——")]
    assert (sub.role, sub.article) == ("副题", 1)


def test_explain_says_why_a_picture_under_picture_news_is_a_story_and_why_a_line_is_a_column(gazetteer):
    from .test_briefs import PHOTO_NEWS

    decided = explain(PHOTO_NEWS, gazetteer=gazetteer)
    assert decided[0].role == "栏目" and decided[0].why.startswith("图片新闻一类的栏目名")
    stories = [d for d in decided if d.why.startswith("“图片新闻”栏下的一张图片")]
    assert [d.article for d in stories] == [1, 2, 3]


def test_it_says_a_numbered_item_after_a_colon_starts_a_paragraph(gazetteer):
    text = f"{HEADLINE}\n\n本报讯 园区出台新政，措施包括：\n\n1.设立产业引导基金；\n\n2.给予租金补贴。\n"
    item = next(d for d in explain(text, gazetteer=gazetteer) if d.text.startswith("2."))
    assert item.role == "正文" and "序号" in item.why


def test_it_says_a_photographers_credit_is_the_pictures_not_a_byline(gazetteer):
    text = "\n".join([HEADLINE, LEAD, "园区一家企业的生产车间。", "本报记者 王明摄", SECOND]) + "\n"
    credit = next(d for d in explain(text, gazetteer=gazetteer) if d.text == "本报记者 王明摄")
    assert (credit.role, credit.article) == ("图片说明", 1)
    assert "摄影署名：王明" in credit.why

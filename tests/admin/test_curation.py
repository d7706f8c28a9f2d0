"""Split, merge and move-unplaced: no text lost or doubled; bylines and tags follow."""

from collections import Counter

import pytest

from archive import curation
from archive.models import Article, ArticlePark, Byline, SourcePage

IGNORED = set(" \t\r\n#")


def chars(*texts):
    return Counter(c for text in texts for c in text if c not in IGNORED)


def page_text(page):
    """Every printed character on the page's articles plus its unplaced fragments."""
    page = SourcePage.objects.get(pk=page.pk)
    texts = [curation.article_text(a) for a in Article.objects.filter(source_page=page)]
    return chars(*texts, *page.unplaced)


def test_it_splits_at_a_subhead_which_becomes_the_new_headline(articles, page):
    before = page_text(page)
    original = articles["donghu"]

    new = curation.split_article(original, 1)

    original.refresh_from_db()
    assert new.headline == "创新驱动"
    assert original.body == "东湖高新区今年新增科技企业3000家，同比增长两成。"
    assert new.body == "武汉东湖高新区持续推进改革，企业活力不断增强。"
    assert page_text(page) == before
    assert original.editor_touched and new.editor_touched
    assert new.status == Article.Status.REVIEW


def test_it_places_the_new_article_right_after_the_original_and_renumbers(articles, page):
    new = curation.split_article(articles["donghu"], 1)

    order = list(Article.objects.filter(source_page=page).order_by("order_on_page").values_list("pk", "order_on_page"))
    assert order == [
        (articles["donghu"].pk, 1),
        (new.pk, 2),
        (articles["baotou"].pk, 3),
        (articles["xinshi"].pk, 4),
    ]


def test_split_copies_bylines_keeps_printed_byline_and_captions_on_the_first_part(articles):
    original = articles["donghu"]
    new = curation.split_article(original, 2, headline="改革持续推进")

    assert [(b.reporter.name, b.role) for b in new.bylines.all()] == [("于大勇", Byline.Role.STAFF)]
    assert new.byline == "" and new.captions == ""
    original.refresh_from_db()
    assert original.byline == "本报记者 于大勇"
    assert original.captions == "图片来源:东湖高新区管委会"


def test_split_recounts_park_tags_in_each_part(articles, parks):
    original = articles["donghu"]
    new = curation.split_article(original, 2, headline="改革持续推进")

    first_tags = {t.park_id: (t.mentions, t.is_primary) for t in original.park_tags.all()}
    new_tags = {t.park_id: (t.mentions, t.is_primary) for t in new.park_tags.all()}
    # 东湖高新区 in the headline, first paragraph and caption; 武汉东湖高新区 (counted once) in the second part.
    assert first_tags == {parks["donghu"].pk: (3, True)}
    assert new_tags == {parks["donghu"].pk: (1, True)}


def test_split_gives_a_part_naming_no_park_the_original_primary(articles, parks):
    original = articles["baotou"]
    new = curation.split_article(original, 1, headline="产值")

    assert [(t.park_id, t.mentions, t.is_primary) for t in new.park_tags.all()] == [(parks["baotou"].pk, 0, True)]


def test_split_needs_a_headline_unless_the_part_starts_with_a_subhead(articles, page):
    before = page_text(page)
    with pytest.raises(curation.CurationError):
        curation.split_article(articles["baotou"], 1)
    with pytest.raises(curation.CurationError):
        curation.split_article(articles["baotou"], 0, headline="x")
    with pytest.raises(curation.CurationError):
        curation.split_article(articles["baotou"], 2, headline="x")
    assert page_text(page) == before
    assert Article.objects.count() == 3


def test_it_merges_articles_in_page_order_into_the_first(articles, page, parks, reporters):
    before = page_text(page)

    merged = curation.merge_articles([articles["xinshi"], articles["donghu"], articles["baotou"]])

    assert merged.pk == articles["donghu"].pk
    assert page_text(page) == before
    assert Article.objects.filter(source_page=page).count() == 1
    texts = [b["text"] for b in merged.blocks]
    assert texts.index("包头稀土高新区新材料产业集聚") < texts.index("新市高新区举办创业大赛")
    assert merged.byline == "本报记者 于大勇 本报讯(记者 刘琴)"
    assert merged.flags == ["repeated_text"]
    assert merged.editor_touched


def test_merge_unions_bylines_and_tags_with_one_primary(articles, parks, reporters):
    Byline.objects.create(article=articles["baotou"], reporter=reporters["于大勇"], role=Byline.Role.STAFF, order=1)
    ArticlePark.objects.create(article=articles["baotou"], park=parks["donghu"], mentions=3)

    merged = curation.merge_articles([articles["donghu"], articles["baotou"]])

    credits = [(b.reporter.name, b.role) for b in merged.bylines.order_by("order")]
    assert credits == [("于大勇", Byline.Role.STAFF), ("刘琴", Byline.Role.STAFF)]
    tags = {t.park_id: (t.mentions, t.is_primary) for t in merged.park_tags.all()}
    assert tags == {parks["donghu"].pk: (5, True), parks["baotou"].pk: (1, False)}


def test_merge_closes_the_gap_in_page_order(articles, page):
    curation.merge_articles([articles["donghu"], articles["baotou"]])

    orders = list(
        Article.objects.filter(source_page=page).order_by("order_on_page").values_list("order_on_page", flat=True)
    )
    assert orders == [1, 2]


def test_merge_keeps_the_deleted_articles_in_history(articles):
    baotou_pk = articles["baotou"].pk
    curation.merge_articles([articles["donghu"], articles["baotou"]])

    last = Article.history.filter(id=baotou_pk).latest("history_date")
    assert last.history_type == "-"
    assert last.headline == "包头稀土高新区新材料产业集聚"


def test_merge_needs_two_articles(articles):
    with pytest.raises(curation.CurationError):
        curation.merge_articles([articles["donghu"]])


def test_split_then_merge_restores_the_text(articles, page):
    before = page_text(page)
    original = articles["donghu"]
    new = curation.split_article(original, 1)
    curation.merge_articles([original, new])
    assert page_text(page) == before


def test_it_moves_unplaced_fragments_into_an_article(articles, page):
    before = page_text(page)

    article = curation.move_unplaced(page, [0], articles["xinshi"])

    page.refresh_from_db()
    assert page.unplaced == []
    assert article.paragraphs[-1] == "残缺的一行文字"
    assert article.editor_touched
    assert page_text(page) == before


def test_it_moves_only_the_chosen_fragments_in_page_order(articles, page):
    page.unplaced = ["甲片段", "乙片段", "丙片段"]
    page.save()
    before = page_text(page)

    article = curation.move_unplaced(page, [2, 0], articles["xinshi"])

    page.refresh_from_db()
    assert page.unplaced == ["乙片段"]
    assert article.paragraphs[-2:] == ["甲片段", "丙片段"]
    assert page_text(page) == before


def test_it_refuses_to_move_fragments_to_another_pages_article(articles, page):
    other = SourcePage.objects.create(file_name="b.txt", sha256="1" * 64, raw_text="x", unplaced=["片段"])
    with pytest.raises(curation.CurationError):
        curation.move_unplaced(other, [0], articles["xinshi"])
    with pytest.raises(curation.CurationError):
        curation.move_unplaced(page, [5], articles["xinshi"])

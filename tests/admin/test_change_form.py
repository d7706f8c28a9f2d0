"""The article editor: fields, inlines, the raw page with this article marked, view on site."""

from django.urls import reverse

from archive.admin.display import marked_lines
from archive.models import Article, ArticlePark

from .conftest import RAW_PAGE
from .forms import article_form_data


def change_url(article):
    return reverse("admin:archive_article_change", args=[article.pk])


def test_the_raw_page_marks_exactly_this_articles_lines(articles):
    lines = RAW_PAGE.splitlines()
    marked = {lines[i] for i in marked_lines(RAW_PAGE, articles["donghu"])}

    assert marked == {
        "### 东湖高新区打造光谷科创大走廊",
        "▶ 本报记者 于大勇",
        "东湖高新区今年新增科技企业",
        "3000家，同比增长两成。",
        "#### 创新驱动",
        "武汉东湖高新区持续推进改革，",
        "企业活力不断增强。",
        "图片来源:东湖高新区管委会",
    }


def test_a_short_line_is_only_marked_next_to_a_marked_line(articles):
    article = Article(headline="残缺", body="没有关系的正文。")
    assert marked_lines(RAW_PAGE, article) == set()


def test_the_change_form_shows_fields_inlines_and_marked_raw_page(editor_client, articles):
    response = editor_client.get(change_url(articles["baotou"]))

    assert response.status_code == 200
    text = response.text
    assert 'name="headline"' in text and 'name="body"' in text and 'name="captions"' in text
    assert 'name="bylines-0-reporter"' in text and 'name="park_tags-0-park"' in text
    assert "<mark" in text and "包头稀土高新区稀土新材料产业链不断延伸。</mark>" in text
    assert "<mark" not in text.split("东湖高新区今年新增科技企业")[0].split('class="raw-page"')[-1]
    assert "确认推测日期并保存" in text  # its date is an estimate
    assert "拆分文章" in text


def test_saving_in_the_admin_marks_the_article_as_editor_work(editor_client, articles, editor):
    article = articles["donghu"]
    response = editor_client.post(change_url(article), article_form_data(article, headline="新标题"))

    assert response.status_code == 302, response.context["errors"] if response.context else response
    article.refresh_from_db()
    assert article.headline == "新标题"
    assert article.editor_touched
    assert article.history.latest().history_user == editor


def test_the_confirm_date_button_clears_the_estimate(editor_client, articles):
    article = articles["baotou"]
    editor_client.post(change_url(article), article_form_data(article, _confirm_date="1"))
    article.refresh_from_db()
    assert not article.date_estimated and article.editor_touched


def test_the_primary_park_can_move_to_a_new_tag_in_one_save(editor_client, articles, parks):
    article = articles["donghu"]
    data = article_form_data(article)
    data.pop("park_tags-0-is_primary")
    data.update(
        {
            "park_tags-TOTAL_FORMS": 2,
            "park_tags-1-article": article.pk,
            "park_tags-1-park": parks["baotou"].pk,
            "park_tags-1-mentions": 0,
            "park_tags-1-is_primary": "on",
        }
    )
    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302
    assert ArticlePark.objects.get(article=article, is_primary=True).park == parks["baotou"]


def test_two_primary_parks_are_refused(editor_client, articles, parks):
    article = articles["donghu"]
    data = article_form_data(article)
    data.update(
        {
            "park_tags-TOTAL_FORMS": 2,
            "park_tags-1-article": article.pk,
            "park_tags-1-park": parks["baotou"].pk,
            "park_tags-1-mentions": 0,
            "park_tags-1-is_primary": "on",
        }
    )
    response = editor_client.post(change_url(article), data)

    assert response.status_code == 200
    assert "每篇文章只能有一个主要园区" in response.text
    assert article.park_tags.count() == 1


def test_view_on_site_only_for_published_articles(editor_client, articles):
    article = articles["donghu"]
    assert "viewsitelink" not in editor_client.get(change_url(article)).text

    article.status = Article.Status.PUBLISHED
    article.save()
    response = editor_client.get(change_url(article))
    assert "viewsitelink" in response.text
    assert article.get_absolute_url() in response.text


def test_split_view_splits_at_the_chosen_paragraph(editor_client, articles):
    url = reverse("admin:archive_article_split", args=[articles["donghu"].pk])
    form = editor_client.get(url)
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.text

    response = editor_client.post(url, {"at": "1", "headline": ""})

    assert response.status_code == 302
    new = Article.objects.get(headline="创新驱动")
    assert new.order_on_page == 2


def test_split_view_explains_a_missing_headline(editor_client, articles):
    url = reverse("admin:archive_article_split", args=[articles["baotou"].pk])
    response = editor_client.post(url, {"at": "1", "headline": ""})
    assert response.status_code == 200
    assert "请为拆出的新文章填写标题" in response.text
    assert Article.objects.count() == 3


def test_move_unplaced_view(editor_client, articles, page):
    url = reverse("admin:archive_sourcepage_unplaced", args=[page.pk])
    form = editor_client.get(url)
    assert form.status_code == 200 and "残缺的一行文字" in form.text

    response = editor_client.post(url, {"fragments": ["0"], "article": articles["xinshi"].pk})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.unplaced == []
    assert Article.objects.get(pk=articles["xinshi"].pk).paragraphs[-1] == "残缺的一行文字"


def test_the_source_page_shows_raw_text_fragments_warnings_and_articles(editor_client, articles, page):
    response = editor_client.get(reverse("admin:archive_sourcepage_change", args=[page.pk]))

    assert response.status_code == 200
    text = response.text
    assert '<pre class="raw-page">' in text
    assert "残缺的一行文字" in text and "页面末尾有无法归位的文字" in text
    assert reverse("admin:archive_article_change", args=[articles["baotou"].pk]) in text
    assert 'name="raw_text"' not in text  # never editable

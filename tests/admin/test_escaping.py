"""Every text the admin shows is escaped: headlines, bodies, captions, names, raw pages."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import Article, ArticlePark, Byline, Newspaper, Park, Reporter, SourcePage

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(2)>'
PAYLOAD = SCRIPT + ATTR
# For fields too short for the whole payload (a province holds 20 characters; PostgreSQL
# enforces that): an unclosed script tag is just as dangerous.
SHORT = "<script>alert(3)"


@pytest.fixture
def hostile(db):
    page = SourcePage.objects.create(
        file_name=f"{PAYLOAD}.txt",
        sha256="e" * 64,
        raw_text=f"# 标题{PAYLOAD}\n\n正文{PAYLOAD}\n\n说明{PAYLOAD}\n",
        newspaper=Newspaper.objects.create(name=f"报{PAYLOAD}"),
        page_label=f"版{SCRIPT}",
        unplaced=[f"片段{PAYLOAD}"],
        warnings=[f"提示{PAYLOAD}"],
    )
    article = Article.objects.create(
        source_page=page,
        order_on_page=1,
        headline=f"标题{PAYLOAD}",
        kicker=f"引题{PAYLOAD}",
        subtitle=f"副题{PAYLOAD}",
        column=f"栏目{PAYLOAD}",
        byline=f"署名{PAYLOAD}",
        body=f"正文{PAYLOAD}\n\n## 小标题{PAYLOAD}\n\n第三段",
        captions=f"说明{PAYLOAD}",
        flags=[f"flag{PAYLOAD}"],
        date_evidence=f"依据{PAYLOAD}",
        date_estimated=True,
        published_on="2020-01-01",
        date_precision="year",
    )
    park = Park.objects.create(
        name=f"园区{PAYLOAD}", short_name=f"简称{PAYLOAD}", aliases=f"别名{PAYLOAD}", province=f"省{SHORT}"
    )
    reporter = Reporter.objects.create(name=f"记者{SCRIPT}")
    Byline.objects.create(article=article, reporter=reporter)
    ArticlePark.objects.create(article=article, park=park, is_primary=True)
    return {"page": page, "article": article, "park": park, "reporter": reporter}


def assert_escaped(response):
    assert response.status_code == 200
    assert SCRIPT not in response.text and "<script>alert(" not in response.text
    assert "<img src=x" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_the_changelist_escapes_everything(editor_client, hostile):
    assert_escaped(editor_client.get(reverse("admin:archive_article_changelist")))


def test_the_change_form_and_raw_page_escape_everything(editor_client, hostile):
    response = editor_client.get(reverse("admin:archive_article_change", args=[hostile["article"].pk]))
    assert_escaped(response)
    assert "<mark" in response.text  # the marked lines are escaped too


def test_the_source_page_escapes_raw_text_fragments_and_warnings(editor_client, hostile):
    assert_escaped(editor_client.get(reverse("admin:archive_sourcepage_change", args=[hostile["page"].pk])))
    assert_escaped(editor_client.get(reverse("admin:archive_sourcepage_changelist")))
    assert_escaped(editor_client.get(reverse("admin:archive_sourcepage_unplaced", args=[hostile["page"].pk])))


def test_park_and_reporter_pages_escape_names(editor_client, hostile):
    assert_escaped(editor_client.get(reverse("admin:archive_park_changelist")))
    assert_escaped(editor_client.get(reverse("admin:archive_park_change", args=[hostile["park"].pk])))
    assert_escaped(editor_client.get(reverse("admin:archive_reporter_changelist")))


def test_intermediate_pages_and_history_escape_everything(editor_client, hostile):
    article = hostile["article"]
    action_page = editor_client.post(
        reverse("admin:archive_article_changelist"), {"action": "set_column", ACTION_CHECKBOX_NAME: [article.pk]}
    )
    assert_escaped(action_page)
    assert_escaped(editor_client.get(reverse("admin:archive_article_split", args=[article.pk])))
    assert_escaped(editor_client.get(reverse("admin:archive_article_history", args=[article.pk])))

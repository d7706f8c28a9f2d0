"""Importing pages from the admin: the same pipeline as import_pages, one line per file."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from archive.models import Article, SourcePage

PAGES = Path(settings.BASE_DIR) / "fixtures" / "pages"
PAGE_000 = PAGES / "000_b91e9d17d41253cb.txt"
PAGE_001 = PAGES / "001_1180e4d859a6c566.txt"
IMPORT = reverse("admin:archive_sourcepage_import")


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="text/plain")


def post(client, files, **fields):
    data = {"newspaper": "中国高新技术产业导报", "issue_date": "2020-10-19", "page_label": "第4版", **fields}
    return client.post(IMPORT, {**data, "files": files})


def rows(response):
    return {row["file_name"]: row for row in response.context["results"]}


def test_the_import_form_is_linked_from_the_page_list_and_has_csrf(editor_client):
    changelist = editor_client.get(reverse("admin:archive_sourcepage_changelist"))
    assert IMPORT in changelist.text

    response = editor_client.get(IMPORT)
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.text
    assert "csrfmiddlewaretoken" in response.text


def test_it_imports_good_files_and_lists_their_articles(editor_client, db):
    response = post(editor_client, [upload(PAGE_000), upload(PAGE_001)])

    assert response.status_code == 200
    result = rows(response)
    assert {r["status"] for r in result.values()} == {"imported"}
    page = SourcePage.objects.get(file_name=PAGE_000.name)
    assert page.newspaper.name == "中国高新技术产业导报"
    assert page.issue.date == datetime.date(2020, 10, 19)
    assert (page.page_section, page.page_number) == ("", 4)
    assert page.issue_date == datetime.date(2020, 10, 19)
    assert page.page_label == "第4版"
    assert page.raw_text == PAGE_000.read_text(encoding="utf-8")
    articles = list(page.articles.all())
    assert articles and all(a.status == Article.Status.IMPORTED for a in articles)
    for article in articles:
        assert reverse("admin:archive_article_change", args=[article.pk]) in response.text


def test_publish_checkbox_publishes_the_imported_articles(editor_client, db):
    post(editor_client, [upload(PAGE_000)], publish="on")
    statuses = set(Article.objects.values_list("status", flat=True))
    assert statuses == {Article.Status.PUBLISHED}


def test_a_bad_file_gets_its_own_line_and_the_good_ones_import(editor_client, db):
    binary = SimpleUploadedFile("scan.txt", bytes(range(256)) * 40, content_type="text/plain")
    empty = SimpleUploadedFile("empty.txt", b"", content_type="text/plain")
    word = SimpleUploadedFile("page.docx", b"PK\x03\x04", content_type="application/octet-stream")

    response = post(editor_client, [binary, upload(PAGE_000), empty, word])

    result = rows(response)
    assert result[PAGE_000.name]["status"] == "imported"
    for name in ("scan.txt", "empty.txt", "page.docx"):
        assert result[name]["status"] == "failed" and result[name]["error"], name
    assert "只接受 .txt" in result["page.docx"]["error"]
    assert SourcePage.objects.count() == 1


def test_a_duplicate_is_reported_and_not_imported_twice(editor_client, db):
    post(editor_client, [upload(PAGE_000)])
    count = Article.objects.count()

    response = post(editor_client, [upload(PAGE_000, name="copy.txt")])

    assert rows(response)["copy.txt"]["status"] == "duplicate"
    assert "重复" in response.text
    assert SourcePage.objects.count() == 1 and Article.objects.count() == count


def test_a_file_over_the_size_limit_is_refused(editor_client, db, settings):
    settings.ARCHIVE_MAX_PAGE_BYTES = 1000
    response = post(editor_client, [upload(PAGE_000), SimpleUploadedFile("small.txt", "小".encode() * 10)])

    result = rows(response)
    assert result[PAGE_000.name]["status"] == "failed"
    assert "文件过大" in result[PAGE_000.name]["error"]
    assert not SourcePage.objects.filter(file_name=PAGE_000.name).exists()


def test_too_many_files_are_refused_as_a_whole(editor_client, db, settings):
    settings.ARCHIVE_MAX_UPLOAD_FILES = 1
    response = post(editor_client, [upload(PAGE_000), upload(PAGE_001)])

    assert response.status_code == 200
    assert response.context["results"] is None
    assert "一次最多上传 1 个文件" in response.text
    assert SourcePage.objects.count() == 0


def test_more_files_than_django_accepts_is_a_bad_request(editor_client, db, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    files = [SimpleUploadedFile(f"{i}.txt", b"x") for i in range(3)]
    response = post(editor_client, files)
    assert response.status_code == 400
    assert SourcePage.objects.count() == 0


@pytest.mark.parametrize(
    "sent, stored",
    [
        ("../../etc/evil.txt", "evil.txt"),
        ("..\\..\\windows\\evil2.txt", "evil2.txt"),
        ("/abs/path/evil3.txt", "evil3.txt"),
    ],
)
def test_client_file_names_are_reduced_to_a_label(editor_client, db, tmp_path, sent, stored):
    boundary = "----archiveboundary"
    body = (
        (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="files"; filename="{sent}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + PAGE_001.read_bytes()
        + (
            f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="newspaper"\r\n\r\n报\r\n--{boundary}--\r\n'
        ).encode()
    )

    response = editor_client.generic("POST", IMPORT, body, content_type=f"multipart/form-data; boundary={boundary}")

    assert response.status_code == 200
    page = SourcePage.objects.get()
    assert page.file_name == stored
    assert not (Path(settings.BASE_DIR).parent / "etc" / "evil.txt").exists()


def test_display_name_strips_directories_and_control_characters():
    from archive.admin.forms import display_name

    assert display_name("..\\a/b\x00c.txt") == "bc.txt"
    assert display_name("..") == "未命名.txt"
    assert display_name("") == "未命名.txt"


def test_the_import_form_enforces_csrf(editor, db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(IMPORT, {"files": [upload(PAGE_000)]})
    assert response.status_code == 403
    assert SourcePage.objects.count() == 0

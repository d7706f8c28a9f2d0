"""An editor's day in a real browser: log in, import a page, review, publish, see it live.

Debian's Chromium (never a downloaded browser) via Playwright, against pytest-django's
live server. Screenshots go to ``test-artifacts/editor-flow/`` (gitignored).
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User

from archive.models import Article, SourcePage
from archive.signals import EDITOR_GROUP

from .conftest import open_tab

# Playwright's sync API runs an event loop in this thread; the ORM calls here are test
# setup and checks, not async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "editor-flow"
FIXTURE_PAGE = Path(settings.BASE_DIR) / "fixtures" / "pages" / "001_1180e4d859a6c566.txt"
PASSWORD = "editor-flow-passphrase-2020"

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_tab(chromium, live_server, transactional_db):
    user = User.objects.create_user("bianji", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context, tab = open_tab(chromium, live_server.url, {"width": 1280, "height": 900})
    yield tab
    context.close()


def shoot(tab, step):
    tab.screenshot(path=ARTIFACTS / f"{step}.png", full_page=True)


def test_an_editor_imports_reviews_and_publishes_a_page(editor_tab):
    tab = editor_tab

    # Log in.
    tab.goto("/admin/")
    tab.fill("#id_username", "bianji")
    tab.fill("#id_password", PASSWORD)
    tab.click("input[type=submit]")
    tab.wait_for_selector("#content-main")
    shoot(tab, "01-dashboard")

    # Import a fixture page through the upload form, linked from the page list.
    tab.goto("/admin/archive/sourcepage/")
    tab.click("text=导入版面")
    tab.set_input_files("input[name=files]", str(FIXTURE_PAGE))
    tab.fill("#id_newspaper", "中国高新技术产业导报")
    tab.fill("#id_issue_date", "2020-10-19")
    tab.fill("#id_page_label", "第4版")
    shoot(tab, "02-import-form")
    tab.click("input[type=submit][value=导入]")
    tab.wait_for_selector("#import-results")
    shoot(tab, "03-import-results")

    page = SourcePage.objects.get(file_name=FIXTURE_PAGE.name)
    article = page.articles.order_by("order_on_page").first()
    assert article is not None and article.status == Article.Status.IMPORTED
    assert tab.locator("#import-results").get_by_text(FIXTURE_PAGE.name).count() == 1

    assert tab.locator("#import-results a", has_text=article.headline).count() == 1

    # The review queue lists the new articles; open one. Its text is marked on the raw page.
    tab.goto("/admin/archive/article/?status__exact=imported")
    assert tab.locator("#result_list tbody tr").count() == page.articles.count()
    shoot(tab, "04-review-queue")
    tab.locator("#result_list a", has_text=article.headline).first.click()
    tab.wait_for_selector("#article_form")
    assert tab.locator("pre.raw-page mark").count() > 0
    assert tab.locator(".viewsitelink").count() == 0  # not public yet
    shoot(tab, "05-article-form")

    # Publish it and save.
    tab.select_option("#id_status", "published")
    tab.click("input[name=_continue]")
    tab.wait_for_selector(".messagelist")
    shoot(tab, "06-published")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.editor_touched

    # "View on site" leads to the public article page.
    link = tab.locator(".viewsitelink")
    assert link.count() == 1
    assert link.get_attribute("href").endswith(f"/articles/{article.pk}/")
    tab.goto(f"/articles/{article.pk}/")
    assert tab.locator("h1").first.inner_text().strip() == article.headline
    shoot(tab, "07-public-article")

    csp_errors = [e for e in tab.console_errors if re.search(r"Content Security Policy|Refused to", e)]
    assert csp_errors == []

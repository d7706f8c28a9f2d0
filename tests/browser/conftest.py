"""Browser tests: Debian's Chromium (never a downloaded browser) driven by Playwright
against pytest-django's live server. Run them alone with ``pytest -m browser``.

Screenshots go to ``test-artifacts/browser/`` (gitignored).
"""

import datetime
import os
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run
# next to it. The ORM calls here are test setup, not async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
EXTRA_URUMQI_ARTICLES = 25  # enough for a second page on the park page


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real browser (Chromium) against a live server")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_tab(browser, base_url, viewport):
    """A tab in a fresh context that records console errors (CSP violations land there)."""
    context = browser.new_context(viewport=viewport, base_url=base_url, locale="zh-CN")
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda exc: tab.console_errors.append(str(exc)))
    return context, tab


@pytest.fixture(params=list(VIEWPORTS))
def page(request, chromium, live_server):
    """A fresh tab at the named viewport."""
    context, tab = open_tab(chromium, live_server.url, VIEWPORTS[request.param])
    tab.viewport_name = request.param
    yield tab
    context.close()


@pytest.fixture
def shoot(request, page):
    """``shoot("step")`` saves a full-page screenshot named after the test, viewport and step."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = request.node.originalname

    def shoot(step):
        page.screenshot(path=ARTIFACTS / f"{name}-{page.viewport_name}-{step}.png", full_page=True)

    return shoot


@pytest.fixture
def archive(transactional_db):
    """The gazetteer and the five fixture pages, published and indexed, plus enough extra
    articles about 乌鲁木齐高新区 to page through."""
    from archive.models import Article, ArticlePark, Park
    from search import indexing

    indexing.clear()
    call_command("load_parks", verbosity=0)
    call_command("import_pages", "fixtures/pages", "--publish", verbosity=0)
    urumqi = Park.objects.get(slug="wulumuqi-gxq")
    for i in range(EXTRA_URUMQI_ARTICLES):
        article = Article.objects.create(
            headline=f"乌鲁木齐高新区动态第{i + 1}期",
            body=f"乌鲁木齐高新区第{i + 1}期园区动态。\n\n## 项目建设\n\n新引进企业{i + 3}家。",
            status=Article.Status.PUBLISHED,
            published_on=datetime.date(2018, 1, 1) + datetime.timedelta(days=7 * i),
        )
        ArticlePark.objects.create(article=article, park=urumqi, is_primary=True, mentions=3)
    indexing.process_queue()
    yield urumqi
    indexing.clear()


def assert_fits(page):
    """No horizontal scrolling: the page is as wide as the viewport."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width}px wide"


def assert_one_h1(page):
    assert page.locator("h1").count() == 1, page.url

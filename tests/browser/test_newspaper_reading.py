"""A reader browses as in a newspaper archive: titles -> calendar -> issue -> page -> article,
and copies the article's citation."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.conftest import assert_fits, assert_one_h1
from tests.newspaper_pages import PAPER, split_pages


@pytest.fixture
def newspaper_archive(transactional_db, tmp_path):
    call_command("load_parks", verbosity=0)
    for name, text in zip(["p5.txt", "p6.txt"], split_pages(), strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
    call_command("import_pages", str(tmp_path), "--publish", "--jobs", "1", verbosity=0)


@pytest.fixture
def reader(chromium, live_server):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url, locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    tab = context.new_page()
    errors = []
    tab.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    tab.console_errors = errors
    yield tab
    context.close()


def test_a_reader_goes_from_the_calendar_to_an_article_and_copies_its_citation(reader, newspaper_archive):
    page = reader
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="报纸").click()
    expect(page.locator("h1")).to_have_text("报纸")
    page.get_by_role("link", name=f"《{PAPER}》").click()
    page.get_by_role("link", name="2020年").click()
    expect(page.locator("h1")).to_have_text("2020年")
    assert_fits(page)
    page.screenshot(path="test-artifacts/newspaper-1-calendar.png", full_page=True)

    page.get_by_role("link", name="2020年10月19日的一期").click()
    expect(page).to_have_url(re.compile(r"/newspapers/[a-z-]+/2020-10-19/$"))
    expect(page.locator(".issue-page h2")).to_have_text(["第5版 园区", "第6版 综合"])
    page.screenshot(path="test-artifacts/newspaper-2-issue.png", full_page=True)

    page.locator(".issue-page h2 a").first.click()
    expect(page).to_have_url(re.compile(r"/2020-10-19/5/$"))
    expect(page.locator(".raw-page__furniture").first).to_contain_text(PAPER)
    assert_one_h1(page)
    page.screenshot(path="test-artifacts/newspaper-3-page.png", full_page=True)

    page.locator("a.raw-page__article").first.click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    headline = page.locator("h1").inner_text()
    expect(page.locator(".story__source")).to_contain_text("第5版")
    expect(page.locator(".story__source")).to_contain_text("第6版")

    page.get_by_role("button", name="复制引文").click()
    expect(page.locator(".cite__status")).to_have_text("已复制。")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{headline}[N]. {PAPER}, 2020-10-19(5)." or copied.endswith(
        f"{headline}[N]. {PAPER}, 2020-10-19(5)."
    )
    assert copied.startswith("于大勇. ")
    page.screenshot(path="test-artifacts/newspaper-4-article.png", full_page=True)
    assert page.console_errors == []
